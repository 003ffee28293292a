/**
 * What one prerendered page needs to render. The build makes these from content/; the
 * browser reads the same object back from the page (see read-page-model.ts) to hydrate.
 */
import type { ServiceSummary, Source } from '../features/helplines/service-types';
import type { PlaceSummary } from '../features/near-me/place-types';

export type { ServiceContact, ServiceSummary, Source } from '../features/helplines/service-types';

export interface ContentLink {
  slug: string;
  title: string;
  summary: string;
  /** The locale the title and summary are in (English when not translated yet). */
  contentLocale: string;
}

export type PageBody =
  | { kind: 'home'; guides: ContentLink[] }
  | { kind: 'helplines'; services: ServiceSummary[] }
  | { kind: 'search'; pages: ContentLink[] }
  | { kind: 'my-tools'; services: ServiceSummary[] }
  | { kind: 'settings' }
  | {
      kind: 'near-me';
      places: PlaceSummary[];
      /** National services the page names: refuge routes, and lines for Scotland and Northern Ireland. */
      services: ServiceSummary[];
    }
  | {
      kind: 'content';
      title: string;
      summary: string;
      reviewed: string;
      /** The locale the words are actually in: English when a translation is missing. */
      contentLocale: string;
      /** How far a translation has been checked; null for English pages and fallbacks. */
      translationStatus: 'machine-draft' | 'human-draft' | 'reviewed' | null;
      /** Compiled, sanitised HTML from Markdown. Never sent as data: read from the DOM. */
      html: string;
      /** The hub page this page belongs to ('' when it hangs off the home page). */
      parent: { slug: string; title: string } | null;
      services: ServiceSummary[];
      sources: Source[];
    }
  | { kind: 'not-found' };

export interface PageModel {
  locale: string;
  /** '' for home; the page slug otherwise; '404' for the not-found page. */
  slug: string;
  /** Locales this page exists in (the language picker links to these). */
  locales: string[];
  body: PageBody;
}
