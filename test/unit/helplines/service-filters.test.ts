import { describe, expect, it } from 'vitest';
import {
  defaultNation,
  filterServices,
  serviceStatus,
} from '../../../src/features/helplines/service-filters';
import type { ServiceSummary } from '../../../src/features/helplines/service-types';
import type { OpeningStatus } from '../../../src/features/helplines/opening-hours';
import { toLondonMoment } from '../../../src/features/helplines/london-time';

const sources = [
  { url: 'https://example.org/', checked: '2026-11-27', strength: 'primary' as const },
];
const service = (id: string, extra: Partial<ServiceSummary>): ServiceSummary => ({
  id,
  name: id,
  summary: '',
  summaryLocale: 'en',
  nations: ['england', 'wales'],
  topics: ['domestic-abuse'],
  contacts: [{ kind: 'phone', number: '0800 000 000', sources }],
  ...extra,
});

const general = service('general', {});
const wales = service('wales-line', { nations: ['wales'] });
const youth = service('youth', {
  topics: ['teen-relationships'],
  for: { groups: ['young-people'], sources },
});
const men = service('men', { for: { groups: ['men'], sources } });
const all = [general, wales, youth, men];
const open =
  (ids: string[]) =>
  (s: ServiceSummary): OpeningStatus =>
    ids.includes(s.id) ? { state: 'always' } : { state: 'closed', opensAt: null };
const ids = (list: ServiceSummary[]) => list.map((s) => s.id);

describe('filterServices', () => {
  it('filters by topic, nation, who it is for, and open now', () => {
    const none = { topic: '', group: '', nation: 'all' as const, openNow: false };
    expect(ids(filterServices(all, none, open([])))).toEqual([
      'general',
      'wales-line',
      'youth',
      'men',
    ]);
    expect(ids(filterServices(all, { ...none, topic: 'teen-relationships' }, open([])))).toEqual([
      'youth',
    ]);
    expect(ids(filterServices(all, { ...none, nation: 'england' }, open([])))).toEqual([
      'general',
      'youth',
      'men',
    ]);
    // Services for anyone stay in every 'who' view; services for other groups do not.
    expect(ids(filterServices(all, { ...none, group: 'men' }, open([])))).toEqual([
      'general',
      'wales-line',
      'men',
    ]);
    expect(ids(filterServices(all, { ...none, openNow: true }, open(['wales-line'])))).toEqual([
      'wales-line',
    ]);
  });

  it('starts Welsh readers in Wales', () => {
    expect(defaultNation('cy')).toBe('wales');
    expect(defaultNation('en')).toBe('england');
  });
});

describe('serviceStatus', () => {
  it('takes the most open of a service’s contacts', () => {
    const twoLines = service('two', {
      contacts: [
        {
          kind: 'phone',
          number: '0800 000 000',
          sources,
          hours: { schedule: [{ days: ['mon'], open: '09:00', close: '17:00' }], sources },
        },
        {
          kind: 'chat',
          url: 'https://example.org/chat',
          sources,
          hours: { schedule: 'always', sources },
        },
      ],
    });
    const sunday = toLondonMoment(new Date('2026-11-29T12:00:00Z'));
    expect(serviceStatus(twoLines, sunday, () => false, 'england')).toEqual({ state: 'always' });
  });
});
