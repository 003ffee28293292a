/**
 * The service data the browser sees: content/services/*.yaml after validation, with its
 * words resolved to one locale. Build-time validation lives in src/build/content/schema.ts;
 * these types are what that schema produces, kept free of build-only imports.
 */
export interface Source {
  url: string;
  title?: string;
  checked: string;
  strength: 'primary' | 'official' | 'secondary';
}

export type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface HoursRule {
  days: Day[];
  /** Europe/London wall-clock time, 'HH:MM'. */
  open: string;
  /** 'HH:MM'; '24:00' is midnight; at or before `open` means it runs past midnight. */
  close: string;
}

export interface OpeningHours {
  schedule: 'always' | HoursRule[];
  bankHolidays?: 'open' | 'closed';
  sources: Source[];
}

export interface CallCost {
  free: boolean;
  showsOnBill?: boolean;
  sources: Source[];
}

interface ContactBase {
  hours?: OpeningHours;
  sources: Source[];
}

export type ServiceContact =
  | (ContactBase & { kind: 'phone'; number: string; cost?: CallCost })
  | (ContactBase & { kind: 'text'; number: string; message?: string; cost?: CallCost })
  | (ContactBase & { kind: 'chat' | 'web'; url: string })
  | (ContactBase & { kind: 'email'; address: string });

export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';

export interface ServiceSummary {
  id: string;
  name: string;
  summary: string;
  /** The locale `summary` and `whatHappens` are in (English until translated). */
  summaryLocale: string;
  nations: Nation[];
  topics: string[];
  for?: { groups: string[]; minAge?: number; maxAge?: number; sources: Source[] };
  languages?: {
    spoken: string[];
    /**
     * The same languages named in the page's language ('Polish', 'Pwyleg'), resolved at build
     * time: loading language names cost a slow phone about 100 ms of start-up.
     */
    spokenNames: string[];
    interpreters?: boolean;
    bsl?: boolean;
    textRelay?: boolean;
    sources: Source[];
  };
  whatHappens?: string;
  whatHappensSources?: Source[];
  contacts: ServiceContact[];
}
