import type { GeoData } from './geo-data';
import { createGeoIndex, type GeoIndex } from './geo-index';

export interface NearMeData {
  index: GeoIndex;
  /** The UK outline as an SVG path, in map coordinates. */
  outline: string;
  /** The licence lines the data's owners ask us to show. */
  attribution: string[];
}

/**
 * Loads the bundled location data from the app's own origin. The service worker precaches
 * it with the rest of the app, so opening this page offline works and makes no distinct
 * request anyone could notice. The URL is fixed: it never carries what the user typed.
 */
export async function loadNearMeData(): Promise<NearMeData> {
  const response = await fetch('/geo/uk.json');
  if (!response.ok) throw new Error(`Location data: HTTP ${response.status}`);
  const data = (await response.json()) as GeoData;
  return { index: createGeoIndex(data), outline: data.outline, attribution: data.attribution };
}
