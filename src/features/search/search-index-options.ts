import type { Options } from 'minisearch';
import { processTerm } from './search-terms';

/** One document in a locale's search index. */
export interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  headings: string;
  text: string;
}

/** MiniSearch options: the build indexes and the browser loads with exactly these. */
export function searchIndexOptions(locale: string): Options<SearchDocument> {
  return {
    fields: ['title', 'summary', 'headings', 'text'],
    storeFields: ['title', 'summary'],
    processTerm: (term) => processTerm(term, locale),
  };
}

/** Ranking: a match in the title counts most, then headings and the summary. */
export const SEARCH_OPTIONS = {
  boost: { title: 4, headings: 2, summary: 2 },
  fuzzy: (term: string) => (term.length > 4 ? 0.25 : term.length > 3 ? 1 : 0),
  prefix: (term: string) => term.length > 2,
  combineWith: 'OR',
} as const;
