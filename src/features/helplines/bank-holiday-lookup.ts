import table from '../../../content/data/bank-holidays.json';
import { regionOf } from './bank-holidays';
import type { Nation } from './service-types';

/** Whether a date (YYYY-MM-DD) is a bank holiday in a nation, from the bundled table. */
export function isBankHoliday(nation: Nation, date: string): boolean {
  const regions = table.years[date.slice(0, 4) as keyof typeof table.years];
  return regions?.[regionOf(nation)].includes(date) ?? false;
}
