import type { Options } from 'minisearch';
import { processTerm } from './search-terms';

/** One document in a locale's search index. */
export interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  headings: string;
  text: string;
  /** 'check' for an 'Is this OK?' check: short, so it would outrank the guide on shared words. */
  kind: 'page' | 'check';
}

/** MiniSearch options: the build indexes and the browser loads with exactly these. */
export function searchIndexOptions(locale: string): Options<SearchDocument> {
  return {
    fields: ['title', 'summary', 'headings', 'text'],
    storeFields: ['title', 'summary', 'kind'],
    processTerm: (term) => processTerm(term, locale),
  };
}

/** Ranking: a match in the title counts most, then headings and the summary. */
export const SEARCH_OPTIONS = {
  boost: { title: 4, headings: 2, summary: 2 },
  // Typos are forgiven in words of a normal length; a very long 'word' is matched exactly.
  fuzzy: (term: string) =>
    term.length > 30 ? 0 : term.length > 4 ? 0.25 : term.length > 3 ? 1 : 0,
  prefix: (term: string) => term.length > 2,
  combineWith: 'OR',
  // A guide explains; a check only asks. On the same words, the guide comes first.
  boostDocument: (_id: unknown, _term: string, stored?: Record<string, unknown>) =>
    stored?.kind === 'check' ? 0.6 : 1,
} as const;
