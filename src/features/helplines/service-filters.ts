import type { Nation, ServiceSummary } from './service-types';
import { openingStatus, type OpeningStatus } from './opening-hours';
import type { LondonMoment } from './london-time';

export interface ServiceFilters {
  /** A topic id, or '' for any. */
  topic: string;
  /** A group id (see GROUPS in the content schema), or '' for anyone. */
  group: string;
  nation: Nation | 'all';
  openNow: boolean;
}

export const NO_FILTERS: ServiceFilters = { topic: '', group: '', nation: 'all', openNow: false };

/** The nation to show first for a language: Welsh readers are most likely to be in Wales. */
export function defaultNation(locale: string): Nation {
  return locale === 'cy' ? 'wales' : 'england';
}

/** The best status across a service's ways of contact (a 24/7 chat beats a 9–5 phone line). */
export function serviceStatus(
  service: ServiceSummary,
  now: LondonMoment,
  isBankHoliday: (nation: Nation, date: string) => boolean,
  nation: Nation,
): OpeningStatus {
  const holidays = (date: string) => isBankHoliday(nation, date);
  const statuses = service.contacts
    .filter((contact) => contact.kind !== 'web')
    .map((contact) => openingStatus(contact.hours, now, holidays));
  return statuses.sort((a, b) => statusRank(a) - statusRank(b))[0] ?? { state: 'unknown' };
}

/** Lower is easier to reach right now: open 24 hours, open, closed, then hours unknown. */
export function statusRank(status: OpeningStatus): number {
  return status.state === 'always'
    ? 0
    : status.state === 'open'
      ? 1
      : status.state === 'closed'
        ? 2
        : 3;
}

/**
 * Which services to show. 'Anyone' services stay in every 'who are you' view, because a
 * general line helps everyone; a service for no listed group is treated as for anyone.
 */
export function filterServices(
  services: ServiceSummary[],
  filters: ServiceFilters,
  statusOf: (service: ServiceSummary) => OpeningStatus,
): ServiceSummary[] {
  return services.filter((service) => {
    if (filters.topic !== '' && !service.topics.includes(filters.topic)) return false;
    if (filters.nation !== 'all' && !service.nations.includes(filters.nation)) return false;
    if (filters.group !== '') {
      const groups = service.for?.groups ?? ['anyone'];
      if (!groups.includes(filters.group) && !groups.includes('anyone')) return false;
    }
    if (filters.openNow) {
      const state = statusOf(service).state;
      if (state !== 'open' && state !== 'always') return false;
    }
    return true;
  });
}
