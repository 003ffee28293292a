import { useT } from '../../i18n/use-t';
import type { PageBody } from '../../app/page-model';
import { formatDate } from '../../i18n/format-date';

type ContentBody = Extract<PageBody, { kind: 'content' }>;

/** A page compiled from content/<locale>/<slug>.md, with a notice when it fell back to English. */
export function ContentPage({ locale, page }: { locale: string; page: ContentBody }) {
  const t = useT();
  const fellBack = page.contentLocale !== locale;
  return (
    <article lang={fellBack ? page.contentLocale : undefined}>
      {fellBack && (
        <p class="notice" lang={locale}>
          {t('content.notTranslated')}
        </p>
      )}
      <h1>{page.title}</h1>
      <p class="lead">{page.summary}</p>
      {/* Compiled from Markdown at build time, where raw HTML is rejected. */}
      <div class="prose" data-content-body="" dangerouslySetInnerHTML={{ __html: page.html }} />
      <p class="reviewed" lang={locale}>
        {t('content.lastReviewed', { date: formatDate(page.reviewed, locale) })}
      </p>
    </article>
  );
}
