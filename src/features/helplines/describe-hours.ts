import type { Day, OpeningHours } from './service-types';

const WEEK: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Runs of days that follow each other: [mon, tue, wed, fri] → [[mon, wed], [fri, fri]]. */
function dayRuns(days: Day[]): [Day, Day][] {
  const sorted = WEEK.filter((day) => days.includes(day));
  const runs: [Day, Day][] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && WEEK.indexOf(day) === WEEK.indexOf(last[1]) + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
}

/**
 * Opening hours in words, for print: 'every day, 24 hours' or 'Monday to Friday 09:00–17:00'.
 * `words` supplies the translated glue ('always', 'to') and the day names ('Monday',
 * 'Dydd Llun'), so the logic stays pure and testable.
 */
export function describeHours(
  hours: OpeningHours,
  words: { always: string; to: string; days: Record<Day, string> },
): string {
  if (hours.schedule === 'always') return words.always;
  return hours.schedule
    .map((rule) => {
      const days = dayRuns(rule.days)
        .map(([first, last]) =>
          first === last
            ? words.days[first]
            : `${words.days[first]} ${words.to} ${words.days[last]}`,
        )
        .join(', ');
      const close = rule.close === '24:00' ? '00:00' : rule.close;
      return `${days} ${rule.open}–${close}`;
    })
    .join('; ');
}
