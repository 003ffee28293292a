import { useT } from '../i18n/use-t';

export function SkipLink() {
  const t = useT();
  return (
    <a class="skip-link" href="#main">
      {t('site.skipToContent')}
    </a>
  );
}
