import type { GeoData } from '../../features/near-me/geo-data';
import { project } from '../../features/near-me/map-projection';

/** Splits one CSV line, honouring double-quoted fields ('"Newport, Wales"') and doubled quotes. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted && char === '"' && line[index + 1] === '"') {
      cell += '"';
      index++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  return cells;
}

/** Parses CSV text (one record a line) into rows keyed by the header's names. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const names = splitCsvLine(header ?? '');
  return lines.map((line) => {
    const cells = splitCsvLine(line);
    return Object.fromEntries(names.map((name, index) => [name, cells[index] ?? '']));
  });
}

const milli = (value: string) => Math.round(Number(value) * 1000);

/**
 * For places that share a name within a nation (six Newports), the nearest large town, so the
 * suggestions can say which one is which; '' when the name and nation already tell them apart.
 */
function nearbyTownForRepeats(rows: Record<string, string>[]): string[] {
  const byName = new Map<string, Record<string, string>[]>();
  for (const row of rows) byName.set(row.name ?? '', [...(byName.get(row.name ?? '') ?? []), row]);
  const big = rows.filter((row) => Number(row.population) >= 50_000);
  return rows.map((row) => {
    const same = byName.get(row.name ?? '') ?? [];
    const sameNation = same.filter((other) => other.nation === row.nation);
    if (sameNation.length === 1) return '';
    let nearest = '';
    let best = Infinity;
    for (const town of big) {
      if (town === row) continue;
      const d =
        (Number(town.lat) - Number(row.lat)) ** 2 + (Number(town.lon) - Number(row.lon)) ** 2;
      if (d < best && town.name !== row.name) {
        best = d;
        nearest = town.name ?? '';
      }
    }
    return nearest;
  });
}

/** SVG path for the outline: one subpath per polygon ring, in map coordinates. */
export function outlinePath(geojson: {
  features: { geometry: { coordinates: number[][][][] } }[];
}): string {
  const parts: string[] = [];
  for (const feature of geojson.features) {
    for (const polygon of feature.geometry.coordinates) {
      for (const ring of polygon) {
        const points = ring.map(([lon, lat]) => project({ lat: lat ?? 0, lon: lon ?? 0 }));
        parts.push(`M${points.map((p) => `${p.x},${p.y}`).join('L')}Z`);
      }
    }
  }
  return parts.join('');
}

export interface GeoSources {
  outcodesCsv: string;
  sectorsCsv: string;
  townsCsv: string;
  /** Welsh names of places in Wales ('Caerdydd') → their English names in the towns file. */
  welshNamesCsv: string;
  outline: { features: { geometry: { coordinates: number[][][][] } }[] };
}

/**
 * GeoNames has English names only, so someone in Wales typing 'Caerdydd' would find nothing:
 * each Welsh name becomes a town of its own at the place with that English name in Wales (the
 * biggest, where the name repeats). Throws for a name the towns file lacks.
 */
function withWelshNames(
  towns: Record<string, string>[],
  welshNames: Record<string, string>[],
): Record<string, string>[] {
  const aliases = welshNames.map(({ welsh = '', english = '' }) => {
    const inWales = towns
      .filter((town) => town.name === english && town.nation === 'W')
      .sort((a, b) => Number(b.population) - Number(a.population));
    const town = inWales[0];
    if (!town) throw new Error(`welsh-place-names.csv: no town in Wales called "${english}"`);
    const alias: Record<string, string> = { ...town, name: welsh };
    return alias;
  });
  const known = new Set(towns.map((town) => `${town.name}|${town.lat}|${town.lon}`));
  return [
    ...towns,
    ...aliases.filter((alias) => !known.has(`${alias.name}|${alias.lat}|${alias.lon}`)),
  ];
}

/** Sectors by district, as offsets from the district's centre (see GeoData.sectors). */
function groupSectors(
  outcodes: Record<string, string>[],
  sectors: Record<string, string>[],
): GeoData['sectors'] {
  const byOutcode = new Map<string, Record<string, string>[]>();
  for (const row of sectors) {
    const [outcode = '', digit = ''] = (row.sector ?? '').split(' ');
    if (digit.length !== 1) continue;
    byOutcode.set(outcode, [...(byOutcode.get(outcode) ?? []), row]);
  }
  const grouped: GeoData['sectors'] = { digits: [], dlat: [], dlon: [] };
  for (const district of outcodes) {
    const rows = byOutcode.get(district.outcode ?? '') ?? [];
    grouped.digits.push(rows.map((row) => (row.sector ?? '').slice(-1)).join(''));
    for (const row of rows) {
      grouped.dlat.push(milli(row.lat ?? '0') - milli(district.lat ?? '0'));
      grouped.dlon.push(milli(row.lon ?? '0') - milli(district.lon ?? '0'));
    }
  }
  return grouped;
}

/** Turns the source files into the columnar GeoData the app ships. Pure. */
export function compileGeo(sources: GeoSources): GeoData {
  const outcodes = parseCsv(sources.outcodesCsv);
  const sectors = parseCsv(sources.sectorsCsv);
  const towns = withWelshNames(parseCsv(sources.townsCsv), parseCsv(sources.welshNamesCsv)).sort(
    (a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'en'),
  );

  const areaTotals = new Map<
    string,
    { lat: number; lon: number; count: number; nations: Map<string, number> }
  >();
  for (const row of outcodes) {
    const area = (row.outcode ?? '').replace(/\d.*$/, '');
    const total = areaTotals.get(area) ?? { lat: 0, lon: 0, count: 0, nations: new Map() };
    total.lat += Number(row.lat);
    total.lon += Number(row.lon);
    total.count += 1;
    total.nations.set(row.nation ?? '', (total.nations.get(row.nation ?? '') ?? 0) + 1);
    areaTotals.set(area, total);
  }
  const areas = [...areaTotals.entries()];

  return {
    attribution: [
      'Contains OS data © Crown copyright and database right 2014. Contains Royal Mail data © Royal Mail copyright and database right 2014. Contains National Statistics data © Crown copyright and database right 2014. (Open Government Licence v3.0)',
      'Place names and positions from GeoNames (geonames.org), CC BY 4.0.',
      'UK outline: Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2022.',
    ],
    outcodes: {
      code: outcodes.map((row) => row.outcode ?? ''),
      lat: outcodes.map((row) => milli(row.lat ?? '0')),
      lon: outcodes.map((row) => milli(row.lon ?? '0')),
      nation: outcodes.map((row) => row.nation ?? 'E').join(''),
      // A district whose postcodes are not nearly all in one nation: show both nations' help.
      straddles: outcodes
        .filter((row) => Number(row.nation_share) < 0.98)
        .map((row) => row.outcode ?? ''),
    },
    sectors: groupSectors(outcodes, sectors),
    areas: {
      code: areas.map(([code]) => code),
      lat: areas.map(([, total]) => Math.round((total.lat / total.count) * 1000)),
      lon: areas.map(([, total]) => Math.round((total.lon / total.count) * 1000)),
      nation: areas
        .map(([, total]) => [...total.nations.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'E')
        .join(''),
    },
    towns: {
      name: towns.map((row) => row.name ?? ''),
      lat: towns.map((row) => milli(row.lat ?? '0')),
      lon: towns.map((row) => milli(row.lon ?? '0')),
      nation: towns.map((row) => row.nation ?? 'E').join(''),
      near: nearbyTownForRepeats(towns),
    },
    outline: outlinePath(sources.outline),
  };
}
