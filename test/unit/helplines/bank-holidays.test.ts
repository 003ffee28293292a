import { describe, expect, it } from 'vitest';
import table from '../../../content/data/bank-holidays.json';
import { bankHolidays, easterSunday } from '../../../src/features/helplines/bank-holidays';

describe('bank holidays', () => {
  it('finds Easter Sunday', () => {
    expect(easterSunday(2025).toISOString().slice(0, 10)).toBe('2025-04-20');
    expect(easterSunday(2026).toISOString().slice(0, 10)).toBe('2026-04-05');
    expect(easterSunday(2030).toISOString().slice(0, 10)).toBe('2030-04-21');
  });

  it('matches the 2026 dates published for England and Wales and for Northern Ireland', () => {
    expect(bankHolidays(2026, 'england-and-wales')).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(bankHolidays(2026, 'northern-ireland')).toEqual([
      '2026-01-01',
      '2026-03-17',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-07-13',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
  });

  it('follows the Scottish rules: 2 January, first Monday in August, St Andrew’s Day, no Easter Monday', () => {
    expect(bankHolidays(2027, 'scotland')).toEqual([
      '2027-01-01',
      '2027-01-04',
      '2027-03-26',
      '2027-05-03',
      '2027-05-31',
      '2027-08-02',
      '2027-11-30',
      '2027-12-27',
      '2027-12-28',
    ]);
  });

  it('moves weekend holidays to the next free weekday, in order', () => {
    // 2022: Christmas on Sunday, Boxing Day Monday → 26 and 27 December.
    expect(bankHolidays(2022, 'england-and-wales').slice(-2)).toEqual(['2022-12-26', '2022-12-27']);
    // 2022 in Scotland: 1 January Saturday and 2 January Sunday → Monday 3 and Tuesday 4.
    expect(bankHolidays(2022, 'scotland').slice(0, 2)).toEqual(['2022-01-03', '2022-01-04']);
  });

  it('ships a table through at least 2030 that matches the rules', () => {
    const years = Object.keys(table.years).map(Number);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2030);
    for (const year of years) {
      const regions = table.years[String(year) as keyof typeof table.years];
      expect(regions['england-and-wales']).toEqual(bankHolidays(year, 'england-and-wales'));
      expect(regions.scotland).toEqual(bankHolidays(year, 'scotland'));
      expect(regions['northern-ireland']).toEqual(bankHolidays(year, 'northern-ireland'));
    }
    expect(table.sources.length).toBeGreaterThan(0);
  });
});
