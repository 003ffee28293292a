import type { GeoPoint } from './geo-data';

const EARTH_RADIUS_KM = 6371;
export const KM_PER_MILE = 1.609344;

/** Great-circle distance in kilometres (the haversine formula). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const toRad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Miles, rounded the way people say them: under 1 → 1, under 10 → whole miles, else to 5. */
export function roundedMiles(km: number): number {
  const miles = km / KM_PER_MILE;
  if (miles < 1) return 1;
  if (miles < 10) return Math.round(miles);
  return Math.round(miles / 5) * 5;
}
