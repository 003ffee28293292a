import { useT } from '../../i18n/use-t';
import type { Nation } from './geo-index';
import { KINDS } from './nearest';
import type { PlaceSummary } from './place-types';
import { PlaceDetails } from './PlaceCard';

const NATION_ORDER: Nation[] = ['england', 'wales'];

/**
 * Every place Waymark lists, by kind and nation, A to Z. It works without JavaScript and
 * suits staff looking for a service in another area.
 */
export function AllPlaces({ locale, places }: { locale: string; places: PlaceSummary[] }) {
  const t = useT();
  return (
    <details class="all-places">
      <summary>{t('nearMe.allPlaces', { count: places.length })}</summary>
      {KINDS.map((kind) => (
        <section key={kind} aria-labelledby={`all-${kind}`}>
          <h2 id={`all-${kind}`}>{t(`nearMe.kinds.${kind}`)}</h2>
          {NATION_ORDER.map((nation) => {
            // Already A to Z for the locale: the build sorts them.
            const listed = places.filter(
              (place) => place.kind === kind && place.nations[0] === nation,
            );
            if (listed.length === 0) return null;
            return (
              <section key={nation} aria-labelledby={`all-${kind}-${nation}`}>
                <h3 id={`all-${kind}-${nation}`}>{t(`nations.${nation}`)}</h3>
                <ul class="place-list">
                  {listed.map((place) => (
                    <li key={place.id} class="place">
                      <h4>
                        <bdi>{place.name}</bdi>
                      </h4>
                      <PlaceDetails locale={locale} place={place} brief />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </section>
      ))}
    </details>
  );
}
