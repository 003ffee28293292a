import { dateTimeFormat } from './intl-formats';

/** Formats an ISO date (YYYY-MM-DD) for the reader's locale, e.g. '27 November 2026'. */
export function formatDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  // Noon UTC, formatted in UTC: the calendar day as written, with no time-zone data to load.
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
