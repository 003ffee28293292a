import { useT } from '../../i18n/use-t';
import { findLocale } from '../../i18n/locales';
import { pathFor } from '../../app/paths';

/** Links to this same page in every other language it exists in, each in its own name. */
export function LanguagePicker({
  locale,
  slug,
  locales,
}: {
  locale: string;
  slug: string;
  locales: string[];
}) {
  const t = useT();
  const others = locales.filter((code) => code !== locale);
  if (others.length === 0) return null;
  return (
    <nav class="language-picker" aria-label={t('nav.language')}>
      <ul>
        {others.map((code) => {
          const info = findLocale(code);
          return (
            <li key={code}>
              <a href={pathFor(code, slug)} lang={code} hreflang={code} dir={info?.dir}>
                {info?.endonym ?? code}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
