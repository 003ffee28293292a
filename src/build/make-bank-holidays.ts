/**
 * Writes content/data/bank-holidays.json from the rules in bank-holidays.ts. Run with
 * `npm run bank-holidays` when extending the years; the tests check the file still matches
 * the rules and the dates GOV.UK and others published.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bankHolidays, type HolidayRegion } from '../features/helplines/bank-holidays';

export const FIRST_YEAR = 2025;
export const LAST_YEAR = 2032;
const REGIONS: HolidayRegion[] = ['england-and-wales', 'scotland', 'northern-ireland'];

export function bankHolidayTable() {
  const years: Record<string, Record<HolidayRegion, string[]>> = {};
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    years[year] = Object.fromEntries(
      REGIONS.map((region) => [region, bankHolidays(year, region)]),
    ) as Record<HolidayRegion, string[]>;
  }
  return {
    note: 'Made from the statutory rules by src/build/make-bank-holidays.ts. One-off changes by royal proclamation are not predicted: check GOV.UK each year.',
    sources: [
      {
        url: 'https://legislation.gov.uk/ukpga/1971/80',
        title: 'Banking and Financial Dealings Act 1971',
        checked: '2026-11-27',
        strength: 'official',
      },
      {
        url: 'https://www.legislation.gov.uk/asp/2007/2/section/1/data.xht?view=snippet&wrap=true',
        title: "St Andrew's Day Bank Holiday (Scotland) Act 2007, section 1",
        checked: '2026-11-27',
        strength: 'official',
      },
      {
        url: 'https://www.mountainviewsurgery.co.uk/page1.aspx?p=3&t=3',
        title: 'Northern Ireland holidays 2026, as published by a GP surgery (cross-check)',
        checked: '2026-11-27',
        strength: 'secondary',
      },
    ],
    years,
  };
}

if (process.argv[1]?.endsWith('make-bank-holidays.ts')) {
  const file = resolve(import.meta.dirname, '../../content/data/bank-holidays.json');
  writeFileSync(file, `${JSON.stringify(bankHolidayTable(), null, 2)}\n`);
  console.log(`Wrote ${file}`);
}
