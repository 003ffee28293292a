import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { findLocale } from '../../i18n/locales';
import { pathFor } from '../../app/paths';

/**
 * Links to this same page in every other language, each in its own name and script. A
 * disclosure keeps ten names from filling a phone's header, and works without JavaScript.
 * The summary also says 'Language' in English, for someone who cannot read the current one.
 * Languages this device already holds offline are marked, so nobody picks one that will not open.
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
  const [offline, setOffline] = useState<Set<string>>(new Set());
  useEffect(() => {
    if (typeof caches === 'undefined') return;
    // Precached pages are stored as '/cy/index.html?__WB_REVISION__=…'; pages kept on
    // first visit as '/pl/'. Either means the language opens offline.
    const isKept = async (home: string) =>
      Boolean(
        (await caches.match(home, { ignoreSearch: true })) ??
        (await caches.match(`${home}index.html`, { ignoreSearch: true })),
      );
    void Promise.all(others.map(async (code) => ((await isKept(pathFor(code, ''))) ? code : null)))
      .then((found) => setOffline(new Set(found.filter((code): code is string => code !== null))))
      .catch(() => undefined);
  }, [locale]);
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
                {offline.has(code) && (
                  <span class="offline-mark" data-offline={code}>
                    {' '}
                    ({t('nav.availableOffline')})
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </nav>
    </details>
  );
}
