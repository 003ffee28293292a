import type { Day } from './service-types';

/** A moment as a clock on a wall in London shows it: the calendar date, weekday and minute. */
export interface LondonMoment {
  /** YYYY-MM-DD */
  date: string;
  weekday: Day;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

const WEEKDAYS: Record<string, Day> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

const londonFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * Converts an instant to London wall-clock time. Helplines publish their hours in UK local
 * time, so comparing in wall-clock terms stays right across the two clock changes.
 */
export function toLondonMoment(now: Date): LondonMoment {
  const parts = Object.fromEntries(
    londonFormat.formatToParts(now).map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS[parts.weekday ?? 'Mon'] ?? 'mon',
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Calendar arithmetic on YYYY-MM-DD dates (no time zones involved). */
export function addDaysToDate(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days))
    .toISOString()
    .slice(0, 10);
}

export function weekdayOf(date: string): Day {
  const [year, month, day] = date.split('-').map(Number);
  const index = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).getUTCDay();
  return (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[index] ?? 'mon';
}
