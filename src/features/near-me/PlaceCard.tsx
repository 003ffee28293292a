import { useT } from '../../i18n/use-t';
import { ContactLink } from '../helplines/ServiceCard';
import { SourceCitation } from '../helplines/SourceCitation';
import { LazyDetails } from '../../ui/LazyDetails';
import { roundedMiles } from './distance';
import type { RankedPlace } from './nearest';
import type { PlaceSummary } from './place-types';

/** One result: its number on the map, how far, why it is listed, and how to get in touch. */
export function PlaceCard({
  locale,
  ranked,
  number,
}: {
  locale: string;
  ranked: RankedPlace;
  number: number;
}) {
  const t = useT();
  const { place } = ranked;
  return (
    <li class="place" data-place={place.id}>
      <h4>
        <span class="place-number" aria-hidden="true">
          {number}
        </span>{' '}
        <bdi>{place.name}</bdi>
      </h4>
      <p class="place-distance">
        <strong>{t('nearMe.miles', { count: roundedMiles(ranked.km) })}</strong>
        {' · '}
        {t(`nearMe.reasons.${ranked.reason}`, {
          nation: t(`nations.${place.nations[0] ?? 'england'}`),
        })}
      </p>
      <PlaceDetails locale={locale} place={place} />
    </li>
  );
}

/**
 * What a place offers, who it is for and how to reach it, and the sources. `brief` (for the
 * list of every place) keeps only the facts and contacts, so the page stays light.
 */
export function PlaceDetails({
  locale,
  place,
  brief = false,
}: {
  locale: string;
  place: PlaceSummary;
  brief?: boolean;
}) {
  const t = useT();
  const wordsLang = place.wordsLocale === locale ? undefined : place.wordsLocale;
  return (
    <>
      {!brief && <p lang={wordsLang}>{place.offers}</p>}
      <dl class="place-facts">
        <dt>{t('nearMe.covers')}</dt>
        <dd lang={wordsLang}>{place.area}</dd>
        <dt>{t('nearMe.where')}</dt>
        <dd>
          {place.postcode ? (
            <>
              <bdi>{place.town}</bdi>, <bdi dir="ltr">{place.postcode}</bdi>
            </>
          ) : (
            t('nearMe.addressPrivate', { town: place.town })
          )}
        </dd>
        {(place.minAge !== undefined || place.genders) && (
          <>
            <dt>{t('nearMe.whoFor')}</dt>
            <dd>{whoFor(place, t)}</dd>
          </>
        )}
        {place.selfReferral !== undefined && (
          <>
            <dt>{t('nearMe.howToGetIn')}</dt>
            <dd>{t(place.selfReferral ? 'nearMe.selfReferral' : 'nearMe.referralNeeded')}</dd>
          </>
        )}
      </dl>
      <ul class="contact-list">
        {place.contacts.map((contact, index) => (
          <li key={index}>
            <ContactLink contact={contact} />
          </li>
        ))}
      </ul>
      {!brief && (
        <LazyDetails className="sources" summary={t('helplines.sources')}>
          {() => (
            <ul>
              {place.sources.map((source) => (
                <li key={source.url}>
                  <SourceCitation source={source} locale={locale} /> (
                  {t(`nearMe.strength.${source.strength}`)})
                </li>
              ))}
            </ul>
          )}
        </LazyDetails>
      )}
    </>
  );
}

function whoFor(
  place: PlaceSummary,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  const parts: string[] = [];
  const genders = place.genders?.filter((gender) => gender !== 'any') ?? [];
  if (genders.length > 0)
    parts.push(genders.map((gender) => t(`nearMe.genders.${gender}`)).join(', '));
  else if (place.genders) parts.push(t('nearMe.genders.any'));
  if (place.minAge !== undefined && place.maxAge !== undefined)
    parts.push(t('nearMe.agesBetween', { min: place.minAge, max: place.maxAge }));
  else if (place.minAge !== undefined) parts.push(t('nearMe.agesFrom', { min: place.minAge }));
  else if (place.maxAge !== undefined) parts.push(t('nearMe.agesUpTo', { max: place.maxAge }));
  return parts.join('; ');
}
