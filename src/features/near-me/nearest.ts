import type { Located } from './geo-index';
import type { PlaceKind, PlaceSummary } from './place-types';
import { distanceKm, KM_PER_MILE } from './distance';
import { postcodeArea } from './postcode-input';

/**
 * Why a place is listed, best first: it says it covers the user's area; it serves the user's
 * nation; or it is simply the nearest (across a border, or further away).
 */
export type MatchReason = 'covers-your-area' | 'in-your-nation' | 'nearest';

export interface RankedPlace {
  place: PlaceSummary;
  km: number;
  reason: MatchReason;
}

export const PLACES_PER_KIND = 3;
export const KINDS: readonly PlaceKind[] = ['sarc', 'rape-crisis-centre', 'local-service'];
/** Local services far away and not covering the area are not 'near you': leave them out. */
const LOCAL_SERVICE_MAX_KM = 50 * KM_PER_MILE;

const REASON_ORDER: Record<MatchReason, number> = {
  'covers-your-area': 0,
  'in-your-nation': 1,
  nearest: 2,
};

/** True when the place lists the user's postcode district or its whole postcode area. */
export function coversOutcode(place: PlaceSummary, outcode: string): boolean {
  const area = postcodeArea(outcode);
  return place.covers.some((code) => code === outcode || code === area);
}

export function matchReason(place: PlaceSummary, location: Located): MatchReason {
  // Near a border, a place in the other nation may still be the right one for you.
  const nationFits = location.nearBorder || place.nations.includes(location.nation);
  if (nationFits && coversOutcode(place, location.outcode)) return 'covers-your-area';
  return place.nations.includes(location.nation) ? 'in-your-nation' : 'nearest';
}

/**
 * The best few places of each kind for a location. A place that covers the user's area
 * comes before one that is merely closer (a county SARC before the next county's), then
 * places in the user's nation (a Welsh SARC before a closer English one), then distance. Pure.
 */
export function nearestPlaces(
  places: readonly PlaceSummary[],
  location: Located,
  perKind = PLACES_PER_KIND,
): Record<PlaceKind, RankedPlace[]> {
  const ranked = places.map((place) => ({
    place,
    km: distanceKm(location.point, place.point),
    reason: matchReason(place, location),
  }));
  // Near a border, both nations' places are equally 'yours': distance decides between them.
  const rank = (reason: MatchReason) =>
    location.nearBorder && reason === 'nearest'
      ? REASON_ORDER['in-your-nation']
      : REASON_ORDER[reason];
  const byKind = (kind: PlaceKind) =>
    ranked
      .filter(({ place, km, reason }) => {
        if (place.kind !== kind) return false;
        return (
          kind !== 'local-service' || reason === 'covers-your-area' || km <= LOCAL_SERVICE_MAX_KM
        );
      })
      .sort((a, b) => rank(a.reason) - rank(b.reason) || a.km - b.km)
      .slice(0, perKind);
  return {
    sarc: byKind('sarc'),
    'rape-crisis-centre': byKind('rape-crisis-centre'),
    'local-service': byKind('local-service'),
  };
}
