import { useT } from '../../i18n/use-t';
import { findLocale } from '../../i18n/locales';
import { pathFor } from '../../app/paths';

/**
 * Links to this same page in every other language, each in its own name and script. A
 * disclosure keeps ten names from filling a phone's header, and works without JavaScript.
 * The summary also says 'Language' in English, for someone who cannot read the current one.
 */
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
  const label = t('nav.language');
  return (
    <details class="language-picker">
      <summary>
        {label}
        {label !== 'Language' && (
          <span lang="en" dir="ltr">
            {' '}
            · Language
          </span>
        )}
      </summary>
      <nav aria-label={label}>
        <ul>
          {others.map((code) => {
            const info = findLocale(code);
            return (
              <li key={code}>
                <a
                  href={pathFor(code, slug)}
                  lang={code}
                  hreflang={code}
                  dir={info?.dir}
                  data-language={code}
                >
                  {info?.endonym ?? code}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    </details>
  );
}
