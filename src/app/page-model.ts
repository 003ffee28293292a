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

/** Words and the locale they are in: English stands in until a translation exists. */
export interface Words {
  text: string;
  lang: string;
}

/** One step of a 'three ways in' journey: a question with answers, or where to go now. */
export interface JourneyStepModel {
  id: string;
  /** The journey it belongs to. */
  root: 'me' | 'someone' | 'work';
  /** The question before this step, for the back link; null for a journey's first step. */
  parent: { slug: string } | null;
  question?: Words;
  options?: { label: Words; slug: string }[];
  say?: Words;
  page?: ContentLink;
  services?: ServiceSummary[];
}

/** An 'Is this OK?' check, with its words resolved to one locale. */
export interface CheckModel {
  slug: string;
  audience: 'adult' | 'teen';
  title: Words;
  summary: Words;
  intro: Words;
  questions: { id: string; text: Words; weight: 'concern' | 'danger' }[];
  results: { danger: Words; concern: Words; none: Words };
}

export type PageBody =
  | { kind: 'home'; guides: ContentLink[] }
  | { kind: 'helplines'; services: ServiceSummary[]; easyRead: string | null }
  /** /easy-read/: every easy read page. */
  | { kind: 'easy-read-index'; pages: ContentLink[] }
  | { kind: 'search'; pages: ContentLink[] }
  | { kind: 'my-tools'; services: ServiceSummary[] }
  | { kind: 'settings' }
  | { kind: 'journey-step'; step: JourneyStepModel }
  /** 'Show to a client': the guides staff can choose from. */
  | { kind: 'show'; guides: ContentLink[] }
  | { kind: 'check'; check: CheckModel; services: ServiceSummary[]; pages: ContentLink[] }
  | {
      kind: 'near-me';
      places: PlaceSummary[];
      /** National services the page names: refuge routes, and lines for Scotland and Northern Ireland. */
      services: ServiceSummary[];
    }
  | {
      kind: 'content';
      /** 'easy-read': short lines, each with a picture, and numbers shown big (see easy-read/). */
      format: 'standard' | 'easy-read';
      /** The slug of the other version: a page's easy read, or the full page an easy read simplifies. */
      otherVersion: string | null;
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
      /**
       * The page's dates (review, sources checked) as its language writes them, formatted at
       * build time: making a date formatter cost a slow phone about 100 ms of start-up.
       */
      dateLabels: Record<string, string>;
      /** The key advice for the printable handout (guides only); English until translated. */
      keyPoints: { lines: string[]; lang: string } | null;
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
