import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales';
import type { ContentLink, PageModel } from '../app/page-model';
import type { PlaceSummary } from '../features/near-me/place-types';
import {
  EASY_READ_PREFIX,
  summariseService,
  type ContentPage,
  type SiteContent,
} from './content/load-content';
import { checkModel, journeyStepModels } from './journey-pages';
import { formatDate } from '../i18n/format-date';

/** Pages made by the app itself rather than from a Markdown file. */
export const APP_PAGES = [
  '',
  'helplines',
  'search',
  'my-tools',
  'settings',
  'near-me',
  'show',
  'easy-read',
] as const;

/** Services the near-me page names: the refuge routes, and the national lines for each nation. */
export const NEAR_ME_SERVICES = [
  'national-domestic-abuse-helpline',
  'live-fear-free',
  'rape-crisis-england-wales',
  'nhs-find-a-sarc',
  'scotland-domestic-abuse-helpline',
  'rape-crisis-scotland',
  'northern-ireland-domestic-sexual-abuse-helpline',
];

const linkTo = ({ slug, title, summary, contentLocale }: ContentPage): ContentLink => ({
  slug,
  title,
  summary,
  contentLocale,
});

/** Links to pages, A to Z by title in the locale's own order. */
const alphabetical = (pages: ContentPage[], locale: string): ContentLink[] =>
  [...pages].sort((a, b) => a.title.localeCompare(b.title, locale)).map(linkTo);

/**
 * Lists every page of the site, in every locale, as the models the prerender renders.
 * Pure: content in, page models out.
 */
export function listSitePages(
  content: SiteContent,
  placesFor: (locale: string) => PlaceSummary[] = () => [],
): PageModel[] {
  const allLocales = LOCALES.map((locale) => locale.code);
  const pages: PageModel[] = [];
  for (const locale of allLocales) {
    const contentPages = content.pagesByLocale.get(locale) ?? [];
    const servicesById = new Map(
      content.services.map((service) => [service.id, summariseService(service, locale)]),
    );
    const page = (slug: string, body: PageModel['body']): PageModel => ({
      locale,
      slug,
      locales: allLocales,
      body,
    });

    pages.push(
      page('', {
        kind: 'home',
        guides: contentPages.filter((p) => p.kind === 'guide' && !p.parent).map(linkTo),
      }),
    );
    const bySlug = new Map(contentPages.map((p) => [p.slug, p]));
    const easyReadOf = (slug: string) => bySlug.get(`${EASY_READ_PREFIX}${slug}`);
    pages.push(
      page('helplines', {
        kind: 'helplines',
        services: [...servicesById.values()],
        easyRead: easyReadOf('helplines')?.slug ?? null,
      }),
    );
    pages.push(
      page('easy-read', {
        kind: 'easy-read-index',
        pages: alphabetical(
          contentPages.filter((p) => p.kind === 'easy-read'),
          locale,
        ),
      }),
    );
    pages.push(page('my-tools', { kind: 'my-tools', services: [...servicesById.values()] }));
    pages.push(page('settings', { kind: 'settings' }));
    pages.push(
      page('near-me', {
        kind: 'near-me',
        places: placesFor(locale),
        services: NEAR_ME_SERVICES.flatMap((id) => servicesById.get(id) ?? []),
      }),
    );
    pages.push(
      page('search', {
        kind: 'search',
        pages: alphabetical(contentPages, locale),
      }),
    );
    pages.push(
      page('show', {
        kind: 'show',
        guides: alphabetical(
          contentPages.filter((p) => p.kind === 'guide'),
          locale,
        ),
      }),
    );
    // Journeys and checks link to guide pages and to each other by slug.
    const links = new Map<string, ContentLink>(contentPages.map((p) => [p.slug, linkTo(p)]));
    for (const check of content.checks) {
      const model = checkModel(check, locale);
      links.set(check.slug, {
        slug: check.slug,
        title: model.title.text,
        summary: model.summary.text,
        contentLocale: model.title.lang,
      });
    }
    for (const { slug, step } of journeyStepModels(content.journeys, locale, links, servicesById)) {
      pages.push(page(slug, { kind: 'journey-step', step }));
    }
    for (const check of content.checks) {
      pages.push(
        page(check.slug, {
          kind: 'check',
          check: checkModel(check, locale),
          services: check.services.flatMap((id) => servicesById.get(id) ?? []),
          pages: check.pages.flatMap((slug) => links.get(slug) ?? []),
        }),
      );
    }
    const titles = new Map(contentPages.map((p) => [p.slug, p.title]));
    const englishBySlug = new Map(
      (content.pagesByLocale.get(DEFAULT_LOCALE) ?? []).map((p) => [p.slug, p]),
    );
    for (const content of contentPages) {
      const easyRead = content.kind === 'easy-read';
      pages.push(
        page(content.slug, {
          kind: 'content',
          format: easyRead ? 'easy-read' : 'standard',
          otherVersion: easyRead
            ? content.slug.slice(EASY_READ_PREFIX.length)
            : (easyReadOf(content.slug)?.slug ?? null),
          title: content.title,
          summary: content.summary,
          reviewed: content.reviewed,
          contentLocale: content.contentLocale,
          translationStatus: content.translationStatus ?? null,
          html: content.html,
          parent: content.parent
            ? { slug: content.parent, title: titles.get(content.parent) ?? '' }
            : null,
          services: content.services.flatMap((id) => servicesById.get(id) ?? []),
          sources: content.sources,
          dateLabels: Object.fromEntries(
            [content.reviewed, ...content.sources.map((source) => source.checked)].map((date) => [
              date,
              formatDate(date, locale),
            ]),
          ),
          keyPoints: keyPointsFor(content, englishBySlug.get(content.slug)),
        }),
      );
    }
    pages.push(page('404', { kind: 'not-found' }));
  }
  return pages;
}

/** A guide's key points in its own language, or the English ones until they are translated. */
function keyPointsFor(
  page: ContentPage,
  english: ContentPage | undefined,
): { lines: string[]; lang: string } | null {
  if (page.kind !== 'guide') return null;
  if (page.keyPoints) return { lines: page.keyPoints, lang: page.contentLocale };
  return english?.keyPoints ? { lines: english.keyPoints, lang: DEFAULT_LOCALE } : null;
}
