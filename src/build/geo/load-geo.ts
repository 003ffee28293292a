import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeoData } from '../../features/near-me/geo-data';
import { compileGeo } from './compile-geo';

/** Compiles the bundled location source files in `content/data/geo/` (see its README). */
export function loadGeoData(root: string): GeoData {
  const read = (name: string) => readFileSync(join(root, 'content/data/geo', name), 'utf8');
  return compileGeo({
    outcodesCsv: read('uk-outcodes-cpo2014.csv'),
    sectorsCsv: read('uk-sectors-cpo2014.csv'),
    townsCsv: read('uk-towns-geonames.csv'),
    welshNamesCsv: read('welsh-place-names.csv'),
    outline: JSON.parse(read('uk-outline-ons-buc2022-simplified.geojson')) as Parameters<
      typeof compileGeo
    >[0]['outline'],
  });
}
