import { LOCALES } from '../i18n/locales';
import type { PageModel, ServiceSummary } from '../app/page-model';
import type { SiteContent } from './content/load-content';

/** Pages made by the app itself rather than from a Markdown file. */
export const APP_PAGES = ['', 'helplines'] as const;

/**
 * Lists every page of the site, in every locale, as the models the prerender renders.
 * Pure: content in, page models out.
 */
export function listSitePages(content: SiteContent): PageModel[] {
  const allLocales = LOCALES.map((locale) => locale.code);
  const pages: PageModel[] = [];
  for (const locale of allLocales) {
    const contentPages = content.pagesByLocale.get(locale) ?? [];
    const services: ServiceSummary[] = content.services.map((service) => ({
      id: service.id,
      name: service.name,
      summary: service.summary[locale] ?? service.summary.en ?? '',
      contacts: service.contacts,
    }));
    pages.push({
      locale,
      slug: '',
      locales: allLocales,
      body: {
        kind: 'home',
        guides: contentPages
          .filter((page) => page.kind === 'guide')
          .map(({ slug, title, summary, contentLocale }) => ({
            slug,
            title,
            summary,
            contentLocale,
          })),
      },
    });
    pages.push({
      locale,
      slug: 'helplines',
      locales: allLocales,
      body: { kind: 'helplines', services },
    });
    for (const page of contentPages) {
      pages.push({
        locale,
        slug: page.slug,
        locales: allLocales,
        body: {
          kind: 'content',
          title: page.title,
          summary: page.summary,
          reviewed: page.reviewed,
          contentLocale: page.contentLocale,
          html: page.html,
        },
      });
    }
    pages.push({ locale, slug: '404', locales: allLocales, body: { kind: 'not-found' } });
  }
  return pages;
}
