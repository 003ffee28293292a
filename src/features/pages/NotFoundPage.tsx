import { useT } from '../../i18n/use-t';
import { pathFor } from '../../app/paths';

export function NotFoundPage({ locale }: { locale: string }) {
  const t = useT();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <ul>
        <li>
          <a href={pathFor(locale, '')}>{t('nav.home')}</a>
        </li>
        <li>
          <a href={pathFor(locale, 'helplines')}>{t('nav.helplines')}</a>
        </li>
      </ul>
    </>
  );
}
