import MiniSearch from 'minisearch';
import type { ContentPage } from './content/load-content';
import { searchIndexOptions, type SearchDocument } from '../features/search/search-index-options';

/** Builds one locale's search index as JSON, for the browser to load and search on the device. */
export function buildSearchIndex(pages: ContentPage[], locale: string): string {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions(locale));
  index.addAll(
    pages.map((page) => ({
      id: page.slug,
      title: page.title,
      summary: page.summary,
      headings: page.headings,
      text: page.text,
    })),
  );
  return JSON.stringify(index);
}
