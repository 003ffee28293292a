/**
 * UK bank holidays by the rules of the Banking and Financial Dealings Act 1971 (Schedule 1),
 * the St Andrew's Day Bank Holiday (Scotland) Act 2007, and the usual royal proclamations
 * (New Year's Day, early May, Boxing Day, and a substitute weekday for any holiday that
 * falls at a weekend). One-off changes made by proclamation cannot be predicted: the
 * bundled table (content/data/bank-holidays.json) is made from these rules and checked
 * against published dates in the tests.
 */
export type HolidayRegion = 'england-and-wales' | 'scotland' | 'northern-ireland';

/** Easter Sunday (Gregorian), by the anonymous ('Meeus/Jones/Butcher') algorithm. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const isWeekend = (date: Date) => date.getUTCDay() === 0 || date.getUTCDay() === 6;

/** The first given weekday (0 = Sunday … 6 = Saturday) of a month. */
function firstWeekday(year: number, month: number, weekday: number): Date {
  const first = utc(year, month, 1);
  return addDays(first, (weekday - first.getUTCDay() + 7) % 7);
}

/** The last given weekday of a month. */
function lastWeekday(year: number, month: number, weekday: number): Date {
  const last = utc(year, month + 1, 0);
  return addDays(last, -((last.getUTCDay() - weekday + 7) % 7));
}

/**
 * Fixed-date holidays that fall at a weekend move to the next weekday that is not already a
 * holiday, in date order (so Christmas on a Saturday gives Monday 27 and Tuesday 28).
 */
function withSubstitutes(fixed: Date[], movable: Date[]): string[] {
  const taken = new Set(movable.map(iso));
  for (const date of [...fixed].sort((a, b) => a.getTime() - b.getTime())) {
    let day = date;
    while (isWeekend(day) || taken.has(iso(day))) day = addDays(day, 1);
    taken.add(iso(day));
  }
  return [...taken].sort();
}

export function bankHolidays(year: number, region: HolidayRegion): string[] {
  const easter = easterSunday(year);
  const goodFriday = addDays(easter, -2);
  const earlyMay = firstWeekday(year, 5, 1);
  const spring = lastWeekday(year, 5, 1);
  const christmas = [utc(year, 12, 25), utc(year, 12, 26)];
  switch (region) {
    case 'england-and-wales':
      return withSubstitutes(
        [utc(year, 1, 1), ...christmas],
        [goodFriday, addDays(easter, 1), earlyMay, spring, lastWeekday(year, 8, 1)],
      );
    case 'northern-ireland':
      return withSubstitutes(
        [utc(year, 1, 1), utc(year, 3, 17), utc(year, 7, 12), ...christmas],
        [goodFriday, addDays(easter, 1), earlyMay, spring, lastWeekday(year, 8, 1)],
      );
    case 'scotland':
      return withSubstitutes(
        [utc(year, 1, 1), utc(year, 1, 2), utc(year, 11, 30), ...christmas],
        [goodFriday, earlyMay, spring, firstWeekday(year, 8, 1)],
      );
  }
}

export function regionOf(
  nation: 'england' | 'wales' | 'scotland' | 'northern-ireland',
): HolidayRegion {
  return nation === 'scotland' || nation === 'northern-ireland' ? nation : 'england-and-wales';
}
