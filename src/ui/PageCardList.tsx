import { pathFor } from '../app/paths';

/** A page to link to as a card: its title and summary, and their language if not the page's. */
export interface PageCard {
  slug: string;
  title: string;
  summary: string;
  contentLocale?: string;
}

/** Guides as a list of big link cards: the home page, search results, a check's reading. */
export function PageCardList({ locale, pages }: { locale: string; pages: PageCard[] }) {
  return (
    <ul class="card-list">
      {pages.map((page) => (
        <li key={page.slug}>
          <a
            class="card"
            href={pathFor(locale, page.slug)}
            lang={
              page.contentLocale && page.contentLocale !== locale ? page.contentLocale : undefined
            }
          >
            <span class="card-title">{page.title}</span>
            <span class="card-summary">{page.summary}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
