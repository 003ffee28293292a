// @vitest-environment node
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compileGeo } from '../../../src/build/geo/compile-geo';
import { createGeoIndex } from '../../../src/features/near-me/geo-index';
import { distanceKm, roundedMiles } from '../../../src/features/near-me/distance';
import { parsePostcodeInput, specialArea } from '../../../src/features/near-me/postcode-input';

const read = (file: string) => readFileSync(`content/data/geo/${file}`, 'utf8');
const data = compileGeo({
  outcodesCsv: read('uk-outcodes-cpo2014.csv'),
  sectorsCsv: read('uk-sectors-cpo2014.csv'),
  townsCsv: read('uk-towns-geonames.csv'),
  welshNamesCsv: read('welsh-place-names.csv'),
  outline: JSON.parse(read('uk-outline-ons-buc2022-simplified.geojson')),
});
const geo = createGeoIndex(data);

describe('parsePostcodeInput', () => {
  it.each([
    ['CF10 1AA', { kind: 'full', outcode: 'CF10', sector: 'CF10 1', postcode: 'CF10 1AA' }],
    ['cf101aa', { kind: 'full', outcode: 'CF10', sector: 'CF10 1', postcode: 'CF10 1AA' }],
    ['  sw1a   2aa ', { kind: 'full', outcode: 'SW1A', sector: 'SW1A 2', postcode: 'SW1A 2AA' }],
    ['CF10', { kind: 'outcode', outcode: 'CF10' }],
    ['sw1a', { kind: 'outcode', outcode: 'SW1A' }],
    ['M1', { kind: 'outcode', outcode: 'M1' }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['hello', { kind: 'not-a-postcode' }],
    ['📍', { kind: 'not-a-postcode' }],
    ['CF10 1A', { kind: 'not-a-postcode' }],
    ['x'.repeat(500), { kind: 'not-a-postcode' }],
  ])('%j', (text, expected) => {
    expect(parsePostcodeInput(text)).toEqual(expected);
  });

  it('knows the areas with no local data and why', () => {
    expect(specialArea('BT1')).toBe('northern-ireland');
    expect(specialArea('JE2')).toBe('crown-dependency');
    expect(specialArea('BX1')).toBe('non-geographic');
    expect(specialArea('CF10')).toBeNull();
  });
});

describe('geo index', () => {
  it('places a full postcode by its sector and an outward code by its district, with the nation', () => {
    const full = geo.lookup('CF10 1AA');
    expect(full.kind === 'found' && full.location.precision).toBe('sector');
    expect(full.kind === 'found' && full.location.nation).toBe('wales');
    const district = geo.lookup('sw1a');
    expect(district.kind === 'found' && district.location.nation).toBe('england');
    expect(district.kind === 'found' && district.location.precision).toBe('district');
    const scotland = geo.lookup('EH1');
    expect(scotland.kind === 'found' && scotland.location.nation).toBe('scotland');
  });

  it('flags districts that cross a border', () => {
    const border = geo.lookup('SY10');
    expect(border.kind === 'found' && border.location.nearBorder).toBe(true);
  });

  it('falls back to the postcode area for a district newer than the data (SR43)', () => {
    const newer = geo.lookup('SR43 4AA');
    expect(newer.kind === 'found' && newer.location.precision).toBe('area');
  });

  it('names every problem a user can hit, and never throws', () => {
    expect(geo.lookup('')).toEqual({ kind: 'problem', problem: 'empty' });
    expect(geo.lookup('ZZ99 9ZZ')).toEqual({ kind: 'problem', problem: 'unknown-postcode' });
    expect(geo.lookup('BT1 1AA')).toEqual({ kind: 'problem', problem: 'northern-ireland' });
    expect(geo.lookup('GY1 1AA')).toEqual({ kind: 'problem', problem: 'crown-dependency' });
    expect(geo.lookup('BX1 1LT')).toEqual({ kind: 'problem', problem: 'non-geographic' });
    expect(geo.lookup('Nowhereville')).toEqual({ kind: 'problem', problem: 'not-found' });
    expect(geo.lookup('🙂🙂')).toEqual({ kind: 'problem', problem: 'not-found' });
    expect(geo.lookup('a'.repeat(500))).toEqual({ kind: 'problem', problem: 'not-found' });
  });

  it('finds towns as you type and asks which one when a name repeats', () => {
    expect(geo.suggestTowns('card').map((town) => town.name)).toContain('Cardiff');
    const cardiff = geo.lookup('cardiff');
    expect(cardiff.kind === 'found' && cardiff.location.nation).toBe('wales');
    const newport = geo.lookup('Newport');
    expect(newport.kind).toBe('choose-town');
    if (newport.kind === 'choose-town') {
      expect(newport.towns.length).toBeGreaterThan(1);
      expect(new Set(newport.towns.map((town) => `${town.nation} ${town.near}`)).size).toBe(
        newport.towns.length,
      );
    }
  });

  it('snaps a device position to the nearest district, and knows when it is outside', () => {
    const london = geo.locateDevice({ lat: 51.501, lon: -0.142 });
    expect(london.kind === 'found' && london.location.label).toMatch(/^SW1/);
    expect(geo.locateDevice({ lat: 54.597, lon: -5.93 })).toEqual({
      kind: 'problem',
      problem: 'northern-ireland',
    });
    expect(geo.locateDevice({ lat: 48.85, lon: 2.35 })).toEqual({
      kind: 'problem',
      problem: 'outside-uk',
    });
  });
});

describe('Welsh place names', () => {
  it('finds a place in Wales by its Welsh name, in the same place as its English name', () => {
    const caerdydd = geo.lookup('Caerdydd');
    const cardiff = geo.lookup('Cardiff');
    expect(caerdydd.kind).toBe('found');
    expect(cardiff.kind).toBe('found');
    if (caerdydd.kind !== 'found' || cardiff.kind !== 'found') return;
    expect(caerdydd.location.point).toEqual(cardiff.location.point);
    expect(caerdydd.location.nation).toBe('wales');
    expect(caerdydd.location.label).toBe('Caerdydd');
  });

  it('puts a Welsh name for a repeated English one at the place in Wales', () => {
    const casnewydd = geo.lookup('casnewydd');
    expect(casnewydd.kind).toBe('found');
    if (casnewydd.kind === 'found') expect(casnewydd.location.outcode).toMatch(/^NP/);
    expect(geo.lookup('pont-y-pwl').kind).toBe('found');
  });
});

describe('distance', () => {
  it('measures Cardiff to London as about 130 miles', () => {
    const km = distanceKm({ lat: 51.481, lon: -3.179 }, { lat: 51.507, lon: -0.128 });
    expect(roundedMiles(km)).toBe(130);
    expect(roundedMiles(0.5)).toBe(1);
    expect(roundedMiles(12)).toBe(7);
  });
});

describe('compiled location data', () => {
  it('stays small enough to ship: under 150 KB gzip', () => {
    const gzipKb = gzipSync(JSON.stringify(data)).length / 1024;
    expect(gzipKb).toBeLessThan(150);
    expect(data.outcodes.code.length).toBe(2880);
    // 4,301 GeoNames places, plus the Welsh names of places in Wales that differ in English.
    expect(data.towns.name.length).toBe(4301 + 59);
  });
});
