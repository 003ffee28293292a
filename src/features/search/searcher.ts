import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS, searchIndexOptions, type SearchDocument } from './search-index-options';
import { expandQuery } from './search-terms';

export interface SearchHit {
  slug: string;
  title: string;
  summary: string;
}

export type Searcher = (query: string) => SearchHit[];

const MAX_RESULTS = 15;
/** A pasted essay is cut to this: no one searches with more, and fuzzy matching a huge word would hang. */
export const MAX_QUERY_LENGTH = 200;
/** Results scoring under this share of the best one are noise from fuzzy and prefix matches. */
const MIN_SHARE_OF_TOP_SCORE = 0.15;

/** Makes a search function from a locale's index JSON. Runs entirely on the device. */
export function createSearcher(indexJson: string, locale: string): Searcher {
  const index = MiniSearch.loadJSON<SearchDocument>(indexJson, searchIndexOptions(locale));
  return (typed) => {
    const query = typed.slice(0, MAX_QUERY_LENGTH);
    if (query.trim() === '') return [];
    const results = index.search(expandQuery(query, locale), SEARCH_OPTIONS);
    const threshold = (results[0]?.score ?? 0) * MIN_SHARE_OF_TOP_SCORE;
    return results
      .filter((result) => result.score >= threshold)
      .slice(0, MAX_RESULTS)
      .map((result) => ({
        slug: result.id as string,
        title: result.title as string,
        summary: result.summary as string,
      }));
  };
}

/**
 * Fetches this locale's index from the app's own origin (the service worker has it
 * offline). The URL never carries the query: searching happens after the download.
 */
export async function loadSearcher(locale: string): Promise<Searcher> {
  const response = await fetch(`/search/${locale}.json`);
  if (!response.ok) throw new Error(`Search index for ${locale}: HTTP ${response.status}`);
  return createSearcher(await response.text(), locale);
}
