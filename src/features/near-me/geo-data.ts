/**
 * The compact location data the near-me page loads (dist/geo/uk.json), as columns: one array
 * per field, so 17,000 places parse in about a millisecond. Positions are degrees × 1000,
 * rounded (about 100 m), which is far finer than a postcode district.
 */
export type NationCode = 'E' | 'W' | 'S' | 'N';

export interface GeoData {
  attribution: string[];
  outcodes: { code: string[]; lat: number[]; lon: number[]; nation: string; straddles: string[] };
  /**
   * Postcode sectors ('CF10 1'), grouped by district to stay small: `digits[i]` lists the
   * sector digits of district i ('0123'), and each sector's position is stored as its offset
   * from the district's centre, in the same order.
   */
  sectors: { digits: string[]; dlat: number[]; dlon: number[] };
  /** Postcode areas ('CF', 'SW') → centre of their districts, for a district the data lacks. */
  areas: { code: string[]; lat: number[]; lon: number[]; nation: string };
  towns: {
    name: string[];
    lat: number[];
    lon: number[];
    nation: string;
    /** For names repeated within a nation, a nearby large town to tell them apart; else ''. */
    near: string[];
  };
  /** The UK outline as an SVG path in the map's own coordinates (see map-projection.ts). */
  outline: string;
}

export interface GeoPoint {
  lat: number;
  lon: number;
}
