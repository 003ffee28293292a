import type { Day } from './service-types';

/** A moment as a clock on a wall in London shows it: the calendar date, weekday and minute. */
export interface LondonMoment {
  /** YYYY-MM-DD */
  date: string;
  weekday: Day;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

const WEEKDAY_ORDER = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const HOUR = 3_600_000;

/** The last Sunday of a month (0-based), at 01:00 UTC, as milliseconds since 1970. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * Converts an instant to London wall-clock time. Helplines publish their hours in UK local
 * time, so comparing in wall-clock terms stays right across the two clock changes.
 *
 * The UK rule (the Summer Time Order 2002): clocks go forward at 01:00 UTC on the last Sunday
 * of March and back at 01:00 UTC on the last Sunday of October. Worked out here rather than
 * with Intl and the 'Europe/London' zone, because loading zone data cost a slow phone about
 * 150 ms while the helplines page started; a unit test checks it against Intl hour by hour.
 */
export function toLondonMoment(now: Date): LondonMoment {
  const instant = now.getTime();
  const year = now.getUTCFullYear();
  const summer = instant >= lastSundayAtOneUtc(year, 2) && instant < lastSundayAtOneUtc(year, 9);
  const wallClock = new Date(instant + (summer ? HOUR : 0));
  return {
    date: wallClock.toISOString().slice(0, 10),
    weekday: WEEKDAY_ORDER[wallClock.getUTCDay()] ?? 'mon',
    minutes: wallClock.getUTCHours() * 60 + wallClock.getUTCMinutes(),
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
  return WEEKDAY_ORDER[index] ?? 'mon';
}
