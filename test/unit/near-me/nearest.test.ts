// @vitest-environment node
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGeoData } from '../../../src/build/geo/load-geo';
import { placeSummaries } from '../../../src/build/geo/place-summaries';
import { loadContent } from '../../../src/build/content/load-content';
import { APP_PAGES } from '../../../src/build/site-pages';
import { createGeoIndex, type Located } from '../../../src/features/near-me/geo-index';
import { nearestPlaces, matchReason } from '../../../src/features/near-me/nearest';
import type { PlaceSummary } from '../../../src/features/near-me/place-types';
import { fitView } from '../../../src/features/near-me/map-view';
import { MAP_WIDTH } from '../../../src/features/near-me/map-projection';

const root = resolve(import.meta.dirname, '../../..');
const geo = createGeoIndex(loadGeoData(root));
const content = loadContent(resolve(root, 'content'), APP_PAGES);
const places = placeSummaries(content.places, 'en', geo);

function locate(text: string): Located {
  const result = geo.lookup(text);
  if (result.kind !== 'found') throw new Error(`${text}: ${result.kind}`);
  return result.location;
}

describe('nearest SARC for real places (the content in content/places)', () => {
  it.each([
    ['GL1 1AA', 'Gloucester', 'sarc-hope-house-gloucester'],
    ['M1 1AE', 'Manchester', 'sarc-saint-marys-manchester'],
    ['CW1 2AA', 'Crewe (Cheshire: covered by Saint Mary’s)', 'sarc-saint-marys-manchester'],
    ['PR1 2HE', 'Preston', 'sarc-lancashire-safe-centre'],
    ['LS1 4AP', 'Leeds', 'sarc-hazlehurst-centre-west-yorkshire'],
    ['NG1 5FS', 'Nottingham', 'sarc-topaz-centre-nottingham'],
    ['CV1 1GF', 'Coventry', 'sarc-blue-sky-centre-nuneaton'],
    ['WR1 2EY', 'Worcester', 'sarc-the-glade-worcester'],
    [
      'HR9 5AA',
      'Ross-on-Wye (Herefordshire: the Glade covers it, Gloucester is closer)',
      'sarc-the-glade-worcester',
    ],
    ['CM1 1GU', 'Chelmsford', 'sarc-oakwood-place'],
    ['SE15 5AA', 'Peckham', 'sarc-the-havens-camberwell'],
    ['W9 1AA', 'Maida Vale', 'sarc-the-havens-paddington'],
    ['LN1 1AA', 'Lincoln', 'sarc-spring-lodge-lincoln'],
    ['TS1 2AA', 'Middlesbrough', 'sarc-teesside'],
    ['PO1 2AA', 'Portsmouth', 'sarc-treetops-cosham'],
    ['EX1 1AA', 'Exeter', 'sarc-devon-cornwall-exeter'],
    ['PL1 1AA', 'Plymouth', 'sarc-devon-cornwall-plymouth'],
    ['TR1 1AA', 'Truro', 'sarc-devon-cornwall-truro'],
  ])('%s (%s) → %s', (postcode, _place, expected) => {
    const nearest = nearestPlaces(places, locate(postcode)).sarc;
    expect(nearest[0]?.place.id).toBe(expected);
    expect(nearest[0]?.reason).toBe('covers-your-area');
  });

  it('puts an area-covering SARC before a closer one that does not cover the area', () => {
    const location = locate('HR9 5AA');
    const [first, second] = nearestPlaces(places, location).sarc;
    expect(first?.place.id).toBe('sarc-the-glade-worcester');
    expect(second?.place.id).toBe('sarc-hope-house-gloucester');
    expect(second!.km).toBeLessThan(first!.km);
  });

  it('lists at most three of each kind, nearest first within a reason', () => {
    const ranked = nearestPlaces(places, locate('B1 1AA'));
    for (const list of Object.values(ranked)) {
      expect(list.length).toBeLessThanOrEqual(3);
      for (let i = 1; i < list.length; i++) {
        if (list[i]!.reason === list[i - 1]!.reason)
          expect(list[i]!.km).toBeGreaterThanOrEqual(list[i - 1]!.km);
      }
    }
  });
});

describe('ranking rules', () => {
  const place = (
    id: string,
    nations: PlaceSummary['nations'],
    lat: number,
    lon: number,
    covers: string[],
  ): PlaceSummary => ({
    id,
    kind: 'sarc',
    name: id,
    nations,
    wordsLocale: 'en',
    offers: '',
    area: '',
    covers,
    town: '',
    point: { lat, lon },
    contacts: [],
    sources: [],
  });
  const welsh = place('welsh', ['wales'], 51.6, -3.2, ['NP']);
  const english = place('english', ['england'], 51.86, -2.24, ['GL']);

  it('serves the user’s nation before a closer place across the border', () => {
    const cardiff = locate('CF10 1AA');
    const farEnglish = place('far-english', ['england'], 51.5, -3.0, ['BS']);
    const ranked = nearestPlaces([farEnglish, welsh], cardiff).sarc.map((r) => r.place.id);
    expect(ranked).toEqual(['welsh', 'far-english']);
    expect(matchReason(welsh, cardiff)).toBe('in-your-nation');
    expect(matchReason(farEnglish, cardiff)).toBe('nearest');
  });

  it('does not count coverage from a place in another nation, except near a border', () => {
    const newtown = locate('SY16 1AA');
    const shropshire = place('shropshire', ['england'], 52.7, -2.75, ['SY']);
    expect(newtown.nation).toBe('wales');
    expect(matchReason(shropshire, newtown)).toBe('nearest');
    expect(matchReason(shropshire, { ...newtown, nearBorder: true })).toBe('covers-your-area');
  });

  it('covers a district named on its own, or through its whole postcode area', () => {
    expect(matchReason(english, locate('GL50 1AA'))).toBe('covers-your-area');
    const districtOnly = place('district', ['england'], 52, -2, ['HR9']);
    expect(matchReason(districtOnly, locate('HR9 5AA'))).toBe('covers-your-area');
    expect(matchReason(districtOnly, locate('HR1 2AA'))).toBe('in-your-nation');
  });

  it('leaves out local services far away that do not cover the area', () => {
    const far = {
      ...place('far-service', ['england'], 54.97, -1.61, ['NE']),
      kind: 'local-service' as const,
    };
    expect(nearestPlaces([far], locate('SW1A 1AA'))['local-service']).toEqual([]);
    expect(nearestPlaces([far], locate('NE1 1AA'))['local-service']).toHaveLength(1);
  });
});

describe('map view', () => {
  it('zooms to the results, never smaller than about 150 km, never beyond the map', () => {
    const view = fitView([
      { x: 300, y: 600 },
      { x: 310, y: 610 },
    ]);
    expect(view.width).toBe(150);
    expect(view.x).toBeLessThanOrEqual(300);
    expect(view.x + view.width).toBeGreaterThanOrEqual(310);
    const whole = fitView([
      { x: 0, y: 0 },
      { x: MAP_WIDTH, y: 1100 },
    ]);
    expect(whole.x).toBe(0);
    expect(whole.width).toBe(MAP_WIDTH);
  });
});
