import type { GeoData, GeoPoint, NationCode } from './geo-data';
import { distanceKm } from './distance';
import { parsePostcodeInput, postcodeArea, specialArea } from './postcode-input';

export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';
const NATIONS: Record<NationCode, Nation> = {
  E: 'england',
  W: 'wales',
  S: 'scotland',
  N: 'northern-ireland',
};

export interface Located {
  point: GeoPoint;
  nation: Nation;
  /** How precise the position is, for 'about' wording: a sector, a district, an area or a town. */
  precision: 'sector' | 'district' | 'area' | 'town' | 'device';
  /** What to show the user as the place found ('CF10 1', 'Cardiff'). */
  label: string;
  /** True when the district crosses a border, so both nations' services are shown. */
  nearBorder: boolean;
  /** The postcode district ('CF10'), or the nearest one to a town, for 'covers your area'. */
  outcode: string;
}

export type LookupResult =
  | { kind: 'found'; location: Located }
  | { kind: 'choose-town'; towns: TownMatch[] }
  | {
      kind: 'problem';
      problem:
        | 'empty'
        | 'not-found'
        | 'unknown-postcode'
        | 'northern-ireland'
        | 'crown-dependency'
        | 'non-geographic'
        | 'outside-uk';
    };

export interface TownMatch {
  index: number;
  name: string;
  nation: Nation;
  /** A nearby large town, when the name repeats within a nation. */
  near: string;
}

const fromMilli = (value: number) => value / 1000;

/** Builds fast lookups over the shipped GeoData. Done once, when the near-me page opens. */
export function createGeoIndex(data: GeoData) {
  const outcodes = new Map(data.outcodes.code.map((code, index) => [code, index]));
  // 'CF10 1' → where its offset is in dlat/dlon (sectors are stored grouped by district).
  const sectors = new Map<string, number>();
  let sectorIndex = 0;
  data.sectors.digits.forEach((digits, district) => {
    for (const digit of digits)
      sectors.set(`${data.outcodes.code[district]} ${digit}`, sectorIndex++);
  });
  const areas = new Map(data.areas.code.map((code, index) => [code, index]));
  const straddles = new Set(data.outcodes.straddles);
  const townKeys = data.towns.name.map((name) => fold(name));

  const outcodeLocation = (
    index: number,
    precision: Located['precision'],
    label: string,
    outcode: string,
  ): Located => ({
    point: {
      lat: fromMilli(data.outcodes.lat[index] ?? 0),
      lon: fromMilli(data.outcodes.lon[index] ?? 0),
    },
    nation: NATIONS[(data.outcodes.nation[index] ?? 'E') as NationCode],
    precision,
    label,
    nearBorder: straddles.has(outcode),
    outcode,
  });

  function lookupPostcode(text: string): LookupResult | null {
    const input = parsePostcodeInput(text);
    if (input.kind === 'empty') return { kind: 'problem', problem: 'empty' };
    if (input.kind === 'not-a-postcode') return null;
    const special = specialArea(input.outcode);
    if (special === 'northern-ireland' || special === 'crown-dependency')
      return { kind: 'problem', problem: special };
    // A postcode area that does not exist at all ('ZZ') is simply not a real postcode.
    const area = postcodeArea(input.outcode);
    const knownArea = areas.has(area) || area === 'BX' || area === 'GIR';
    if (!knownArea) return { kind: 'problem', problem: 'unknown-postcode' };
    const district = outcodes.get(input.outcode);
    if (district !== undefined) {
      const base = outcodeLocation(district, 'district', input.outcode, input.outcode);
      if (input.kind === 'full') {
        const sector = sectors.get(input.sector);
        if (sector !== undefined) {
          const point = {
            lat: fromMilli((data.outcodes.lat[district] ?? 0) + (data.sectors.dlat[sector] ?? 0)),
            lon: fromMilli((data.outcodes.lon[district] ?? 0) + (data.sectors.dlon[sector] ?? 0)),
          };
          return {
            kind: 'found',
            location: { ...base, point, precision: 'sector', label: input.postcode },
          };
        }
      }
      return {
        kind: 'found',
        location: input.kind === 'full' ? { ...base, label: input.postcode } : base,
      };
    }
    if (special === 'non-geographic') return { kind: 'problem', problem: 'non-geographic' };
    // A newer district our 2014 data lacks (SR43): use the centre of its postcode area.
    const areaIndex = areas.get(area);
    if (areaIndex !== undefined && /^[A-Z]{1,2}\d{1,2}[A-Z]?$/.test(input.outcode)) {
      return {
        kind: 'found',
        location: {
          point: {
            lat: fromMilli(data.areas.lat[areaIndex] ?? 0),
            lon: fromMilli(data.areas.lon[areaIndex] ?? 0),
          },
          nation: NATIONS[(data.areas.nation[areaIndex] ?? 'E') as NationCode],
          precision: 'area',
          label: input.kind === 'full' ? input.postcode : input.outcode,
          nearBorder: false,
          outcode: input.outcode,
        },
      };
    }
    return { kind: 'problem', problem: 'unknown-postcode' };
  }

  /** Town names starting with the text (ignoring case and accents), biggest matches first. */
  function suggestTowns(text: string, limit = 8): TownMatch[] {
    const key = fold(text);
    if (key.length < 2) return [];
    const matches: TownMatch[] = [];
    for (let index = 0; index < townKeys.length && matches.length < limit; index++) {
      if (townKeys[index]?.startsWith(key)) matches.push(townMatch(index));
    }
    return matches;
  }

  function townMatch(index: number): TownMatch {
    return {
      index,
      name: data.towns.name[index] ?? '',
      nation: NATIONS[(data.towns.nation[index] ?? 'E') as NationCode],
      near: data.towns.near[index] ?? '',
    };
  }

  function townLocation(index: number): Located {
    const point = {
      lat: fromMilli(data.towns.lat[index] ?? 0),
      lon: fromMilli(data.towns.lon[index] ?? 0),
    };
    const district = nearestDistrict(point);
    return {
      point,
      nation: NATIONS[(data.towns.nation[index] ?? 'E') as NationCode],
      precision: 'town',
      label: data.towns.name[index] ?? '',
      nearBorder: straddles.has(data.outcodes.code[district.index] ?? ''),
      outcode: data.outcodes.code[district.index] ?? '',
    };
  }

  /** The district whose centre is nearest a point: a linear scan of 2,880 is well under 1 ms. */
  function nearestDistrict(point: GeoPoint): { index: number; km: number } {
    let best = -1;
    let bestKm = Infinity;
    for (let index = 0; index < data.outcodes.code.length; index++) {
      const km = distanceKm(point, {
        lat: fromMilli(data.outcodes.lat[index] ?? 0),
        lon: fromMilli(data.outcodes.lon[index] ?? 0),
      });
      if (km < bestKm) {
        bestKm = km;
        best = index;
      }
    }
    return { index: best, km: bestKm };
  }

  function lookupTown(text: string): LookupResult {
    const key = fold(text);
    const exact = townKeys.flatMap((townKey, index) => (townKey === key ? [index] : []));
    if (exact.length === 1) return { kind: 'found', location: townLocation(exact[0] ?? 0) };
    if (exact.length > 1) return { kind: 'choose-town', towns: exact.map(townMatch) };
    const starts = suggestTowns(text, 8);
    if (starts.length === 1)
      return { kind: 'found', location: townLocation(starts[0]?.index ?? 0) };
    if (starts.length > 1) return { kind: 'choose-town', towns: starts };
    return { kind: 'problem', problem: 'not-found' };
  }

  /** A typed postcode or place name → a location, a list to choose from, or a named problem. */
  function lookup(text: string): LookupResult {
    return (
      lookupPostcode(text) ??
      (looksLikePlace(text) ? lookupTown(text) : { kind: 'problem', problem: 'not-found' })
    );
  }

  /**
   * The device's position, snapped at once to the nearest district centre: the exact point
   * is never kept. Points far from every district are outside the area the data covers.
   */
  function locateDevice(point: GeoPoint): LookupResult {
    // The data has no Northern Ireland postcodes (their licence is separate): recognise the
    // province by its rough outline instead, so people there are pointed to their services.
    if (point.lat > 54.0 && point.lat < 55.4 && point.lon > -8.2 && point.lon < -5.4) {
      return { kind: 'problem', problem: 'northern-ireland' };
    }
    const { index: best, km: bestKm } = nearestDistrict(point);
    if (best < 0 || bestKm > 40) return { kind: 'problem', problem: 'outside-uk' };
    const outcode = data.outcodes.code[best] ?? '';
    return { kind: 'found', location: outcodeLocation(best, 'device', outcode, outcode) };
  }

  return { lookup, lookupTown, suggestTowns, locateDevice, townLocation };
}

export type GeoIndex = ReturnType<typeof createGeoIndex>;

/** Lower case, no accents, no punctuation: 'St. Albans' and 'st albans' match. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Letters and spaces, a sensible length: worth looking up as a place name. */
function looksLikePlace(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length >= 2 &&
    trimmed.length <= 60 &&
    /\p{L}/u.test(trimmed) &&
    !/[\p{Extended_Pictographic}]/u.test(trimmed)
  );
}
