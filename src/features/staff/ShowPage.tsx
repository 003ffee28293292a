import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { pathFor } from '../../app/paths';
import type { ContentLink } from '../../app/page-model';
import { LOCALES, getLocale } from '../../i18n/locales';
import { loadGuide, type LoadedGuide } from './load-guide';
import { ShareByQr } from './ShareByQr';

type Column = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; guide: LoadedGuide };

/**
 * 'Show to a client': a guide in the client's language beside the same guide in the staff
 * member's, in large text (stacked on a phone). One tap on a language switches the client's
 * side. The pages come from the app's own origin (offline from the cache where kept); which
 * page is open lives in the address's #fragment, which is never sent anywhere.
 */
export function ShowPage({ locale, guides }: { locale: string; guides: ContentLink[] }) {
  const t = useT();
  const [slug, setSlug] = useState('');
  const [clientLocale, setClientLocale] = useState('');
  const [mine, setMine] = useState<Column | null>(null);
  const [theirs, setTheirs] = useState<Column | null>(null);

  useEffect(() => {
    const fromHash = decodeURIComponent(location.hash.slice(1));
    if (guides.some((guide) => guide.slug === fromHash)) setSlug(fromHash);
  }, []);

  useEffect(() => show(slug, locale, setMine), [slug]);
  useEffect(() => show(slug, clientLocale, setTheirs), [slug, clientLocale]);

  return (
    <div class="show-mode">
      <h1>{t('show.title')}</h1>
      <p>{t('show.intro')}</p>
      <label for="show-page">{t('show.page')}</label>
      <select
        id="show-page"
        value={slug}
        onChange={(event) => {
          setSlug(event.currentTarget.value);
          history.replaceState(null, '', `#${event.currentTarget.value}`);
        }}
      >
        <option value="">{t('show.choosePage')}</option>
        {guides.map((guide) => (
          <option key={guide.slug} value={guide.slug}>
            {guide.title}
          </option>
        ))}
      </select>
      <fieldset class="show-languages">
        <legend>{t('show.clientLanguage')}</legend>
        {LOCALES.map((option) => (
          <button
            key={option.code}
            type="button"
            class="tool-tab"
            lang={option.code}
            dir={option.dir}
            aria-pressed={clientLocale === option.code}
            onClick={() => setClientLocale(option.code)}
          >
            {option.endonym}
          </button>
        ))}
      </fieldset>
      {slug && (
        <div class="show-columns">
          <ShowColumn heading={t('show.theirs')} column={theirs} code={clientLocale} />
          <ShowColumn heading={t('show.yours')} column={mine} code={locale} />
        </div>
      )}
      {slug && clientLocale && (
        <section aria-labelledby="show-share">
          <h2 id="show-share">{t('staff.qrHeading')}</h2>
          <ShareByQr slug={slug} clientLocale={clientLocale} />
        </section>
      )}
      <p>
        <a href={pathFor(locale, 'for-professionals')}>{t('show.back')}</a>
      </p>
    </div>
  );
}

function show(slug: string, code: string, set: (column: Column | null) => void) {
  if (!slug || !code) {
    set(null);
    return;
  }
  let current = true;
  set({ state: 'loading' });
  loadGuide(code, slug).then(
    (guide) => current && set({ state: 'ready', guide }),
    () => current && set({ state: 'failed' }),
  );
  return () => {
    current = false;
  };
}

function ShowColumn({
  heading,
  column,
  code,
}: {
  heading: string;
  column: Column | null;
  code: string;
}) {
  const t = useT();
  if (!column || !code) return null;
  const language = getLocale(code);
  return (
    <section class="show-column" aria-label={`${heading}: ${language.endonym}`}>
      <p class="show-column-label">
        {heading}: <span lang={code}>{language.endonym}</span>
      </p>
      {column.state === 'loading' && <p role="status">{t('show.loading')}</p>}
      {column.state === 'failed' && <p role="alert">{t('show.failed')}</p>}
      {column.state === 'ready' && (
        <article lang={column.guide.lang} dir={getLocale(column.guide.lang).dir}>
          <h2>{column.guide.title}</h2>
          <p class="lead">{column.guide.summary}</p>
          {/* Our own compiled and sanitised Markdown, from this origin's prerendered page. */}
          <div class="prose" dangerouslySetInnerHTML={{ __html: column.guide.html }} />
        </article>
      )}
    </section>
  );
}
