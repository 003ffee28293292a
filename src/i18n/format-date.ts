/** Formats an ISO date (YYYY-MM-DD) for the reader's locale, e.g. '27 November 2026'. */
export function formatDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  // Noon UTC keeps the calendar day the same in every time zone.
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/London' }).format(
    date,
  );
}
