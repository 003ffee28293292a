import type { OpeningHours } from './service-types';
import { addDaysToDate, weekdayOf, type LondonMoment } from './london-time';

/** When something next happens, in London wall-clock terms. */
export interface ClockPoint {
  date: string;
  /** 'HH:MM' */
  time: string;
  /** Days after today: 0 today, 1 tomorrow … */
  dayOffset: number;
}

export type OpeningStatus =
  | { state: 'always' }
  | { state: 'open'; closesAt: ClockPoint }
  | { state: 'closed'; opensAt: ClockPoint | null }
  | { state: 'unknown' };

const MINUTES_PER_DAY = 1440;
/** Look this far ahead for the next opening: past a long bank-holiday weekend. */
const DAYS_AHEAD = 8;

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * Whether a service is open at `now`, when it closes, or when it next opens. Pure: the
 * caller passes London wall-clock time and the bank holiday check for the service's nation.
 * Hours that say nothing about bank holidays are treated as closed on them, so the app never
 * says a line is open when it may not be.
 */
export function openingStatus(
  hours: OpeningHours | undefined,
  now: LondonMoment,
  isBankHoliday: (date: string) => boolean,
): OpeningStatus {
  if (!hours) return { state: 'unknown' };
  if (hours.schedule === 'always') return { state: 'always' };

  // Every opening from yesterday (it may run past midnight) to a week ahead, as minutes
  // counted from the start of today.
  const intervals: { start: number; end: number }[] = [];
  for (let offset = -1; offset <= DAYS_AHEAD; offset++) {
    const date = addDaysToDate(now.date, offset);
    if (isBankHoliday(date) && hours.bankHolidays !== 'open') continue;
    const weekday = weekdayOf(date);
    for (const rule of hours.schedule) {
      if (!rule.days.includes(weekday)) continue;
      const open = toMinutes(rule.open);
      const close = toMinutes(rule.close);
      const start = offset * MINUTES_PER_DAY + open;
      intervals.push({
        start,
        end: offset * MINUTES_PER_DAY + (close > open ? close : close + MINUTES_PER_DAY),
      });
    }
  }
  intervals.sort((a, b) => a.start - b.start);

  const current = intervals.find(
    (interval) => interval.start <= now.minutes && now.minutes < interval.end,
  );
  if (current) {
    // Join back-to-back openings (Friday into Saturday) so 'closes at' is the real close.
    let end = current.end;
    for (const next of intervals) if (next.start <= end && next.end > end) end = next.end;
    return { state: 'open', closesAt: clockPoint(now.date, end) };
  }
  const next = intervals.find((interval) => interval.start > now.minutes);
  return { state: 'closed', opensAt: next ? clockPoint(now.date, next.start) : null };
}

function clockPoint(today: string, minutesFromToday: number): ClockPoint {
  const dayOffset = Math.floor(minutesFromToday / MINUTES_PER_DAY);
  const minutes = minutesFromToday - dayOffset * MINUTES_PER_DAY;
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { date: addDaysToDate(today, dayOffset), time, dayOffset };
}
