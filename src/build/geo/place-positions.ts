import type { PlaceFile } from '../content/schema';
import type { GeoIndex } from '../../features/near-me/geo-index';

/** Problems, as 'file: what is wrong', for places whose site postcode the bundled data cannot place. */
export function unplacedPostcodes(places: PlaceFile[], geo: GeoIndex): string[] {
  return places.flatMap((place) => {
    const found = geo.lookup(place.site.postcode);
    return found.kind === 'found' && found.location.precision === 'sector'
      ? []
      : [
          `content/places/${place.id}.yaml: postcode ${place.site.postcode} cannot be placed with the bundled postcode data`,
        ];
  });
}
