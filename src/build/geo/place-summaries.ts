import { DEFAULT_LOCALE } from '../../i18n/locales';
import type { PlaceFile } from '../content/schema';
import type { PlaceSummary } from '../../features/near-me/place-types';
import type { GeoIndex } from '../../features/near-me/geo-index';
import { locatePlace } from './place-positions';

/**
 * Places for one locale, each positioned by its public site's postcode through the same
 * postcode data the app ships. Throws, naming the file, when a postcode cannot be placed.
 * In A to Z order for the locale, sorted here so a phone need not load collation data.
 */
export function placeSummaries(places: PlaceFile[], locale: string, geo: GeoIndex): PlaceSummary[] {
  const byName = new Intl.Collator(locale);
  const sorted = [...places].sort((a, b) => byName.compare(a.name, b.name));
  return sorted.map((place) => {
    const found = locatePlace(place, geo);
    if (!found || found.kind !== 'found') {
      throw new Error(
        `content/places/${place.id}.yaml: its site cannot be placed (see npm run content:check)`,
      );
    }
    const wordsLocale = place.offers.text[locale] ? locale : DEFAULT_LOCALE;
    const sources = [
      ...place.offers.sources,
      ...place.area.sources,
      ...place.site.sources,
      ...(place.serves?.sources ?? []),
      ...(place.referral?.sources ?? []),
      ...place.contacts.flatMap((contact) => [
        ...contact.sources,
        ...(contact.hours?.sources ?? []),
      ]),
    ];
    return {
      id: place.id,
      kind: place.kind,
      name: place.name,
      nations: place.nations,
      wordsLocale,
      offers: place.offers.text[wordsLocale] ?? '',
      area: place.area.text[wordsLocale] ?? place.area.text[DEFAULT_LOCALE] ?? '',
      covers: place.area.postcodes,
      town: place.site.town,
      postcode: place.site.postcode,
      point: found.location.point,
      minAge: place.serves?.minAge,
      maxAge: place.serves?.maxAge,
      genders: place.serves?.genders,
      selfReferral: place.referral?.self,
      contacts: place.contacts,
      // One row per page, however many facts it supports.
      sources: [...new Map(sources.map((source) => [source.url, source])).values()],
    };
  });
}
