import { useT } from '../../i18n/use-t';
import type { PageBody } from '../../app/page-model';
import { formatDate } from '../../i18n/format-date';
import { LiveServiceCards } from '../helplines/LiveServiceCards';
import { StaffTools } from '../staff/StaffTools';
import { Handout } from '../staff/Handout';
import { EasyReadLink } from '../easy-read/EasyReadLink';
import { EasyCallCards } from '../easy-read/EasyCallCards';

type ContentBody = Extract<PageBody, { kind: 'content' }>;

const dateLabel = (page: ContentBody, date: string, locale: string) =>
  page.dateLabels[date] ?? formatDate(date, locale);

/**
 * A page compiled from content/<locale>/<slug>.md: a notice when it fell back to English,
 * the words, the services that can help (with their numbers), and where the facts came from.
 * An easy read page has bigger words with a picture on each line, and its numbers big.
 */
export function ContentPage({
  locale,
  slug,
  page,
}: {
  locale: string;
  slug: string;
  page: ContentBody;
}) {
  const t = useT();
  const fellBack = page.contentLocale !== locale;
  const wordsLang = fellBack ? page.contentLocale : undefined;
  const easyRead = page.format === 'easy-read';
  return (
    <article class={easyRead ? 'easy-read' : undefined}>
      {fellBack && <p class="notice">{t('content.notTranslated')}</p>}
      {page.translationStatus && page.translationStatus !== 'reviewed' && (
        <p class="notice notice--quiet">{t('content.draftNotice')}</p>
      )}
      <h1 lang={wordsLang}>{page.title}</h1>
      <p class="lead" lang={wordsLang}>
        {page.summary}
      </p>
      {page.otherVersion !== null && (
        <EasyReadLink
          locale={locale}
          slug={page.otherVersion}
          to={easyRead ? 'full-page' : 'easy-read'}
        />
      )}
      {/* Compiled from Markdown at build time, where raw HTML is rejected. */}
      <div
        class="prose"
        lang={wordsLang}
        data-content-body=""
        dangerouslySetInnerHTML={{ __html: page.html }}
      />
      {page.services.length > 0 && (
        <section class="who-can-help" aria-labelledby="who-can-help">
          <h2 id="who-can-help">{t(easyRead ? 'easyRead.numbers' : 'content.whoCanHelp')}</h2>
          {easyRead ? (
            <EasyCallCards locale={locale} services={page.services} />
          ) : (
            <LiveServiceCards locale={locale} services={page.services} />
          )}
        </section>
      )}
      {page.sources.length > 0 && (
        <details class="sources page-sources">
          <summary>{t('content.sources')}</summary>
          <ul>
            {page.sources.map((source) => (
              <li key={source.url}>
                <a href={source.url} rel="noreferrer noopener">
                  {source.title ?? source.url}
                </a>{' '}
                ({new URL(source.url).hostname},{' '}
                {t('content.checkedOn', { date: dateLabel(page, source.checked, locale) })})
              </li>
            ))}
          </ul>
        </details>
      )}
      <p class="reviewed">
        {t('content.lastReviewed', { date: dateLabel(page, page.reviewed, locale) })}
      </p>
      {page.keyPoints && (
        <>
          <StaffTools locale={locale} slug={slug} />
          <Handout
            locale={locale}
            title={page.title}
            summary={page.summary}
            lang={wordsLang}
            keyPoints={page.keyPoints}
            services={page.services}
          />
        </>
      )}
    </article>
  );
}
