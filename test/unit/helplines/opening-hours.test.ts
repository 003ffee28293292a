import { describe, expect, it } from 'vitest';
import { openingStatus } from '../../../src/features/helplines/opening-hours';
import { toLondonMoment } from '../../../src/features/helplines/london-time';
import type { OpeningHours } from '../../../src/features/helplines/service-types';

const sources = [
  { url: 'https://example.org/', checked: '2026-11-27', strength: 'primary' as const },
];
const weekdays9to5: OpeningHours = {
  schedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }],
  bankHolidays: 'closed',
  sources,
};
const eveningsToMidnight: OpeningHours = {
  schedule: [{ days: ['fri', 'sat'], open: '19:00', close: '02:00' }],
  sources,
};
const noBankHolidays = () => false;
/** London wall-clock time for an instant given in UTC. */
const at = (utc: string) => toLondonMoment(new Date(utc));

describe('toLondonMoment', () => {
  it('uses GMT in winter and BST in summer', () => {
    expect(at('2026-01-15T12:00:00Z')).toEqual({
      date: '2026-01-15',
      weekday: 'thu',
      minutes: 12 * 60,
    });
    expect(at('2026-07-15T12:00:00Z')).toEqual({
      date: '2026-07-15',
      weekday: 'wed',
      minutes: 13 * 60,
    });
  });

  it('changes the date at London midnight, not UTC midnight', () => {
    expect(at('2026-07-15T23:30:00Z')).toEqual({ date: '2026-07-16', weekday: 'thu', minutes: 30 });
  });
});

describe('openingStatus', () => {
  it('says always for a 24/7 line and unknown when no hours are sourced', () => {
    expect(
      openingStatus({ schedule: 'always', sources }, at('2026-12-25T03:00:00Z'), () => true),
    ).toEqual({
      state: 'always',
    });
    expect(openingStatus(undefined, at('2026-12-25T03:00:00Z'), noBankHolidays)).toEqual({
      state: 'unknown',
    });
  });

  it('is open on a weekday afternoon and says when it closes', () => {
    expect(openingStatus(weekdays9to5, at('2026-11-25T14:00:00Z'), noBankHolidays)).toEqual({
      state: 'open',
      closesAt: { date: '2026-11-25', time: '17:00', dayOffset: 0 },
    });
  });

  it("after Friday's close, next opens on Monday morning", () => {
    expect(openingStatus(weekdays9to5, at('2026-11-27T17:00:00Z'), noBankHolidays)).toEqual({
      state: 'closed',
      opensAt: { date: '2026-11-30', time: '09:00', dayOffset: 3 },
    });
  });

  it('handles hours that run past midnight, from either side of it', () => {
    // Friday 27 November 2026, 23:00 → open until 02:00 on Saturday.
    expect(openingStatus(eveningsToMidnight, at('2026-11-27T23:00:00Z'), noBankHolidays)).toEqual({
      state: 'open',
      closesAt: { date: '2026-11-28', time: '02:00', dayOffset: 1 },
    });
    // Saturday 01:30 is still Friday night's opening.
    expect(
      openingStatus(eveningsToMidnight, at('2026-11-28T01:30:00Z'), noBankHolidays).state,
    ).toBe('open');
    // Sunday 01:30 is Saturday night's; Sunday 03:00 is closed until Friday.
    expect(
      openingStatus(eveningsToMidnight, at('2026-11-29T01:30:00Z'), noBankHolidays).state,
    ).toBe('open');
    expect(openingStatus(eveningsToMidnight, at('2026-11-29T03:00:00Z'), noBankHolidays)).toEqual({
      state: 'closed',
      opensAt: { date: '2026-12-04', time: '19:00', dayOffset: 5 },
    });
  });

  it('is closed on a bank holiday, and opens on the next working day', () => {
    // Monday 28 December 2026 is the Boxing Day substitute in England and Wales.
    const holidays = new Set(['2026-12-25', '2026-12-28']);
    expect(
      openingStatus(weekdays9to5, at('2026-12-28T10:00:00Z'), (date) => holidays.has(date)),
    ).toEqual({
      state: 'closed',
      opensAt: { date: '2026-12-29', time: '09:00', dayOffset: 1 },
    });
    // The same hours marked as open on bank holidays are open.
    expect(
      openingStatus({ ...weekdays9to5, bankHolidays: 'open' }, at('2026-12-28T10:00:00Z'), (date) =>
        holidays.has(date),
      ).state,
    ).toBe('open');
  });

  it('stays right on the Sunday the clocks go forward (29 March 2026)', () => {
    const sundays: OpeningHours = {
      schedule: [{ days: ['sun'], open: '09:00', close: '17:00' }],
      sources,
    };
    // 08:30 UTC is 09:30 BST: open. A clock read in UTC would say closed.
    expect(openingStatus(sundays, at('2026-03-29T08:30:00Z'), noBankHolidays).state).toBe('open');
    // 16:30 UTC is 17:30 BST: closed.
    expect(openingStatus(sundays, at('2026-03-29T16:30:00Z'), noBankHolidays).state).toBe('closed');
  });

  it('stays right on the Sunday the clocks go back (25 October 2026)', () => {
    const sundays: OpeningHours = {
      schedule: [{ days: ['sun'], open: '09:00', close: '17:00' }],
      sources,
    };
    // 08:30 UTC is 08:30 GMT: not open yet, opens at 09:00 today.
    expect(openingStatus(sundays, at('2026-10-25T08:30:00Z'), noBankHolidays)).toEqual({
      state: 'closed',
      opensAt: { date: '2026-10-25', time: '09:00', dayOffset: 0 },
    });
    expect(openingStatus(sundays, at('2026-10-25T16:30:00Z'), noBankHolidays).state).toBe('open');
  });
});

describe('toLondonMoment against the Europe/London time zone', () => {
  // The app works out British Summer Time itself (see london-time.ts); Intl is the reference.
  const reference = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const fromIntl = (when: Date) => {
    const parts = Object.fromEntries(
      reference.formatToParts(when).map((part) => [part.type, part.value]),
    );
    return {
      date: `${parts.year}-${parts.month}-${parts.day}`,
      weekday: parts.weekday?.toLowerCase(),
      minutes: Number(parts.hour) * 60 + Number(parts.minute),
    };
  };

  it('agrees every 15 minutes from 2024 to 2035, across every clock change', () => {
    const mismatches: string[] = [];
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2036, 0, 1); time += 15 * 60_000) {
      const when = new Date(time);
      const ours = toLondonMoment(when);
      const theirs = fromIntl(when);
      if (
        ours.date !== theirs.date ||
        ours.weekday !== theirs.weekday ||
        ours.minutes !== theirs.minutes
      )
        mismatches.push(when.toISOString());
    }
    expect(mismatches).toEqual([]);
  });

  it('moves the clocks at 01:00 UTC on the last Sundays of March and October', () => {
    expect(at('2026-03-29T00:59:00Z').minutes).toBe(59);
    expect(at('2026-03-29T01:00:00Z').minutes).toBe(2 * 60);
    expect(at('2026-10-25T00:59:00Z').minutes).toBe(60 + 59);
    expect(at('2026-10-25T01:00:00Z').minutes).toBe(60);
  });
});
