import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { pathFor } from '../../app/paths';
import type { ServiceSummary } from '../helplines/service-types';
import { ServiceCard } from '../helplines/ServiceCard';
import type { LookupResult, TownMatch } from './geo-index';
import type { PlaceKind, PlaceSummary } from './place-types';
import { KINDS, nearestPlaces, type RankedPlace } from './nearest';
import { loadNearMeData, type NearMeData } from './load-near-me-data';
import { askDeviceLocation } from './device-location';
import { PlaceCard } from './PlaceCard';
import { NearMeMap } from './NearMeMap';
import { AllPlaces } from './AllPlaces';

/** What the page shows under the form after a search. Held in memory only, never stored. */
type Outcome =
  | {
      kind: 'results';
      result: Extract<LookupResult, { kind: 'found' }>;
      ranked: Record<PlaceKind, RankedPlace[]>;
    }
  | { kind: 'choose-town'; towns: TownMatch[] }
  | { kind: 'problem'; problem: string };

const REFUGE_SERVICES = ['national-domestic-abuse-helpline', 'live-fear-free'];
/** The national route for each kind, shown under its list: however few places we list, it finds them all. */
const NATIONAL_ROUTE: Partial<Record<PlaceKind, string>> = {
  sarc: 'nhs-find-a-sarc',
  'rape-crisis-centre': 'rape-crisis-england-wales',
};
const SCOTLAND_SERVICES = ['scotland-domestic-abuse-helpline', 'rape-crisis-scotland'];
const NORTHERN_IRELAND_SERVICES = ['northern-ireland-domestic-sexual-abuse-helpline'];

/**
 * 'Find help near you'. Everything happens on the device: the postcode data is part of the
 * app (precached, parsed when this page opens), there is no form submission, and nothing
 * typed or located is stored or put in a URL. The list is the main view; the map repeats it.
 */
export function NearMePage({
  locale,
  places,
  services,
}: {
  locale: string;
  places: PlaceSummary[];
  services: ServiceSummary[];
}) {
  const t = useT();
  const [ready, setReady] = useState(false);
  const [text, setText] = useState('');
  const [data, setData] = useState<NearMeData | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [locating, setLocating] = useState(false);
  // Suggestions follow typing; they go once a search or a choice has been made.
  const [suggesting, setSuggesting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const loading = useRef<Promise<NearMeData> | null>(null);

  const [started, setStarted] = useState(false);

  const ensureData = () => {
    if (!loading.current) setStarted(true);
    loading.current ??= loadNearMeData().then(
      (loaded) => {
        setData(loaded);
        return loaded;
      },
      (error: unknown) => {
        setLoadFailed(true);
        loading.current = null;
        throw error;
      },
    );
    return loading.current;
  };

  useEffect(() => {
    setReady(true);
  }, []);

  // After a search, move focus to what it found so screen readers hear it at once.
  useEffect(() => {
    if (outcome?.kind === 'results') resultsHeading.current?.focus();
  }, [outcome]);

  const show = (result: LookupResult) => {
    setSuggesting(false);
    if (result.kind === 'found') {
      setOutcome({ kind: 'results', result, ranked: nearestPlaces(places, result.location) });
    } else if (result.kind === 'choose-town') {
      setOutcome({ kind: 'choose-town', towns: result.towns });
    } else {
      setOutcome({ kind: 'problem', problem: result.problem });
      input.current?.focus();
    }
  };

  const search = async (event: Event) => {
    event.preventDefault();
    try {
      const loaded = await ensureData();
      show(loaded.index.lookup(text));
    } catch {
      setOutcome({ kind: 'problem', problem: 'noData' });
    }
  };

  const chooseTown = (town: TownMatch) => {
    if (!data) return;
    setText(town.name);
    show({ kind: 'found', location: data.index.townLocation(town.index) });
  };

  const useMyLocation = async () => {
    setLocating(true);
    try {
      const [loaded, position] = await Promise.all([ensureData(), askDeviceLocation()]);
      if (position.kind === 'found') show(loaded.index.locateDevice(position.point));
      else setOutcome({ kind: 'problem', problem: position.problem });
    } catch {
      setOutcome({ kind: 'problem', problem: 'noData' });
    } finally {
      setLocating(false);
    }
  };

  const problem = outcome?.kind === 'problem' ? outcome.problem : null;
  const suggestions =
    data && suggesting && /\p{L}{2}/u.test(text) ? data.index.suggestTowns(text, 6) : [];
  const servicesById = new Map(services.map((service) => [service.id, service]));
  const cards = (ids: string[], headingLevel: 3 | 4 = 3) =>
    ids.flatMap((id) => {
      const service = servicesById.get(id);
      return service
        ? [
            <ServiceCard
              key={id}
              locale={locale}
              service={service}
              status={null}
              headingLevel={headingLevel}
            />,
          ]
        : [];
    });

  return (
    <>
      <h1>{t('nearMe.title')}</h1>
      <p class="lead">{t('nearMe.intro')}</p>
      <noscript>
        <p class="notice">{t('nearMe.needsScript')}</p>
      </noscript>
      <form
        class="near-me-form"
        data-ready={ready ? 'yes' : 'no'}
        onSubmit={(event) => void search(event)}
        noValidate
      >
        <label for="near-me-input">{t('nearMe.label')}</label>
        <p class="hint" id="near-me-hint">
          {t('nearMe.hint')}
        </p>
        {problem && (
          <p class="field-error" id="near-me-problem" role="alert">
            {t(`nearMe.problems.${problem}`)}
          </p>
        )}
        {/* No name attribute: even a form submitted without JavaScript puts nothing in the URL. */}
        <input
          id="near-me-input"
          ref={input}
          type="text"
          autocomplete="off"
          spellcheck={false}
          aria-describedby={problem ? 'near-me-hint near-me-problem' : 'near-me-hint'}
          aria-invalid={problem ? true : undefined}
          value={text}
          // The location data (precached with the app) is parsed when someone starts, not
          // while the page is still starting up on a slow phone.
          onFocus={() => void ensureData().catch(() => undefined)}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setSuggesting(true);
            if (outcome?.kind === 'choose-town') setOutcome(null);
          }}
        />
        {suggestions.length > 0 && (
          <div class="town-suggestions">
            <p id="town-suggestions-label">{t('nearMe.suggestions')}</p>
            <ul aria-labelledby="town-suggestions-label">
              {suggestions.map((town) => (
                <li key={town.index}>
                  <button type="button" class="text-button" onClick={() => chooseTown(town)}>
                    {townLabel(town, t)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="near-me-actions">
          <button type="submit" class="primary-button">
            {t('nearMe.search')}
          </button>
          <button
            type="button"
            class="secondary-button"
            onClick={() => void useMyLocation()}
            disabled={locating}
          >
            {t('nearMe.useLocation')}
          </button>
        </div>
        <p class="hint">{t('nearMe.locationNote')}</p>
      </form>
      <div role="status" aria-live="polite" class="near-me-status">
        {locating && <p>{t('nearMe.locating')}</p>}
        {started && !data && !loadFailed && <p class="visually-hidden">{t('nearMe.loading')}</p>}
        {loadFailed && <p>{t('nearMe.problems.noData')}</p>}
      </div>

      {outcome?.kind === 'choose-town' && (
        <section aria-labelledby="choose-town">
          <h2 id="choose-town">{t('nearMe.chooseTown')}</h2>
          <ul class="card-list">
            {outcome.towns.map((town) => (
              <li key={town.index}>
                <button type="button" class="card card-button" onClick={() => chooseTown(town)}>
                  {townLabel(town, t)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {problem === 'northern-ireland' && (
        <div class="service-list">{cards(NORTHERN_IRELAND_SERVICES)}</div>
      )}

      {outcome?.kind === 'results' && data && (
        <Results
          locale={locale}
          outcome={outcome}
          data={data}
          headingRef={resultsHeading}
          nationServices={
            outcome.result.location.nation === 'scotland' ? cards(SCOTLAND_SERVICES) : []
          }
          nationalRoute={(kind) => {
            const id = NATIONAL_ROUTE[kind];
            return id ? cards([id], 4) : [];
          }}
        />
      )}

      <section aria-labelledby="refuge-heading" class="refuge-route">
        <h2 id="refuge-heading">{t('nearMe.refugeTitle')}</h2>
        <p>{t('nearMe.refugeText')}</p>
        <p>
          <a href={pathFor(locale, 'leaving-and-refuges')}>{t('nearMe.refugeMore')}</a>
        </p>
        {cards(REFUGE_SERVICES)}
      </section>

      <AllPlaces locale={locale} places={places} />

      {data && (
        <details class="data-credit">
          <summary>{t('nearMe.dataCredit')}</summary>
          <ul>
            {data.attribution.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function townLabel(
  town: TownMatch,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  const nation = t(`nations.${town.nation}`);
  return town.near
    ? t('nearMe.townNear', { town: town.name, nation, near: town.near })
    : t('nearMe.townIn', { town: town.name, nation });
}

function Results({
  locale,
  outcome,
  data,
  headingRef,
  nationServices,
  nationalRoute,
}: {
  locale: string;
  outcome: Extract<Outcome, { kind: 'results' }>;
  data: NearMeData;
  headingRef: { current: HTMLHeadingElement | null };
  nationServices: preact.JSX.Element[];
  nationalRoute: (kind: PlaceKind) => preact.JSX.Element[];
}) {
  const t = useT();
  const { location } = outcome.result;
  const approximate = location.precision !== 'sector';
  // One numbering across the kinds, so each number on the map means one place.
  let number = 0;
  const numbered = KINDS.map((kind) => ({
    kind,
    entries: outcome.ranked[kind].map((ranked) => ({ ranked, number: ++number })),
  }));
  return (
    <section aria-labelledby="near-me-results" class="near-me-results">
      <h2 id="near-me-results" tabIndex={-1} ref={headingRef}>
        {t(approximate ? 'nearMe.nearAbout' : 'nearMe.near', { place: location.label })}
      </h2>
      {location.nation === 'scotland' && (
        <>
          <p class="notice">{t('nearMe.scotland')}</p>
          {nationServices}
        </>
      )}
      {location.nearBorder && <p class="notice notice--quiet">{t('nearMe.nearBorder')}</p>}
      {numbered.map(({ kind, entries }) => (
        <section key={kind} aria-labelledby={`kind-${kind}`}>
          <h3 id={`kind-${kind}`}>{t(`nearMe.kinds.${kind}`)}</h3>
          <p>{t(`nearMe.kindsIntro.${kind}`)}</p>
          {entries.length === 0 ? (
            <p class="notice notice--quiet">{t('nearMe.noneOfKind')}</p>
          ) : (
            <ol class="place-list">
              {entries.map(({ ranked, number }) => (
                <PlaceCard key={ranked.place.id} locale={locale} ranked={ranked} number={number} />
              ))}
            </ol>
          )}
          {nationalRoute(kind).length > 0 && (
            <div class="national-route">
              <p>{t('nearMe.alsoContact')}</p>
              {nationalRoute(kind)}
            </div>
          )}
        </section>
      ))}
      <NearMeMap
        outline={data.outline}
        searched={location.point}
        dots={numbered.flatMap(({ entries }) => entries.map(({ ranked }) => ranked.place.point))}
        label={t('nearMe.mapLabel')}
      />
    </section>
  );
}
