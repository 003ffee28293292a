import type { PlaceFile } from '../content/schema';
import type { GeoIndex, LookupResult } from '../../features/near-me/geo-index';
import { postcodeArea } from '../../features/near-me/postcode-input';

/**
 * Where a place's dot goes: its site's postcode (to the sector), or, for a place that keeps
 * its address private, the town of that name (inside its area, if the name repeats). Null
 * when neither can be placed exactly.
 */
export function locatePlace(place: PlaceFile, geo: GeoIndex): LookupResult | null {
  if (place.site.postcode) {
    const found = geo.lookup(place.site.postcode);
    return found.kind === 'found' && found.location.precision === 'sector' ? found : null;
  }
  const found = geo.lookupTown(place.site.town);
  if (found.kind === 'found') return found;
  if (found.kind !== 'choose-town') return null;
  // A repeated name (two Hatfields): the one inside the area the place says it covers.
  const inArea = found.towns
    .filter((town) => town.name === place.site.town)
    .map((town) => geo.townLocation(town.index))
    .filter(
      (location) =>
        place.nations.includes(location.nation) &&
        place.area.postcodes.some(
          (code) => code === location.outcode || code === postcodeArea(location.outcode),
        ),
    );
  return inArea.length === 1 && inArea[0] ? { kind: 'found', location: inArea[0] } : null;
}

/**
 * Problems, as 'file: what is wrong', with places' sites: a postcode (or a town, where no
 * postcode is given) the bundled data cannot place, or a site in a nation the place does not
 * say it serves (a typo catcher).
 */
export function placeSiteProblems(places: PlaceFile[], geo: GeoIndex): string[] {
  return places.flatMap((place) => {
    const file = `content/places/${place.id}.yaml`;
    const found = locatePlace(place, geo);
    const where = place.site.postcode
      ? `postcode ${place.site.postcode}`
      : `town "${place.site.town}"`;
    if (!found || found.kind !== 'found') {
      return [
        `${file}: ${where} cannot be placed with the bundled location data` +
          (place.site.postcode
            ? ''
            : ' (it must match one town in content/data/geo/uk-towns-geonames.csv inside its area.postcodes)'),
      ];
    }
    const { nation, nearBorder } = found.location;
    if (!nearBorder && !place.nations.includes(nation)) {
      return [`${file}: ${where} is in ${nation}, which "nations" does not list`];
    }
    return [];
  });
}
