import type { GeoPoint } from './geo-data';

/**
 * A simple projection for a small schematic map of the UK: longitude scaled by the cosine of
 * 54.5°N, so shapes look right at British latitudes. Shared by the build (the outline) and the
 * browser (the dots), so they line up.
 */
export const MAP_BOUNDS = { west: -8.7, east: 1.9, south: 49.8, north: 60.9 };
const COS_LAT = Math.cos((54.5 * Math.PI) / 180);
export const MAP_WIDTH = Math.round((MAP_BOUNDS.east - MAP_BOUNDS.west) * COS_LAT * 100);
export const MAP_HEIGHT = Math.round((MAP_BOUNDS.north - MAP_BOUNDS.south) * 100);

export function project(point: GeoPoint): { x: number; y: number } {
  return {
    x: Math.round((point.lon - MAP_BOUNDS.west) * COS_LAT * 100 * 10) / 10,
    y: Math.round((MAP_BOUNDS.north - point.lat) * 100 * 10) / 10,
  };
}
