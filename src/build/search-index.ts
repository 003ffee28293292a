import MiniSearch from 'minisearch';
import type { ContentPage } from './content/load-content';
import type { CheckFile } from './content/schema';
import { searchIndexOptions, type SearchDocument } from '../features/search/search-index-options';
import { checkModel } from './journey-pages';

/** A guide or info page as a search document. */
export function pageDocument(page: ContentPage): SearchDocument {
  return {
    id: page.slug,
    title: page.title,
    summary: page.summary,
    headings: page.headings,
    text: page.text,
    kind: 'page',
  };
}

/** An 'Is this OK?' check as a search document, so 'is my relationship ok' finds it. */
export function checkDocument(check: CheckFile, locale: string): SearchDocument {
  const model = checkModel(check, locale);
  return {
    id: check.slug,
    title: model.title.text,
    summary: model.summary.text,
    headings: '',
    text: [model.intro.text, ...model.questions.map((question) => question.text.text)].join(' '),
    kind: 'check',
  };
}

/** Builds one locale's search index as JSON, for the browser to load and search on the device. */
export function buildSearchIndex(documents: SearchDocument[], locale: string): string {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions(locale));
  index.addAll(documents);
  return JSON.stringify(index);
}
