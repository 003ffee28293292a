import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import type { Nation, ServiceSummary } from './service-types';
import { ServiceCard } from './ServiceCard';
import { EmergencyStrip } from './EmergencyStrip';
import { FilterControls } from './FilterControls';
import {
  defaultNation,
  filterServices,
  serviceStatus,
  statusRank,
  type ServiceFilters,
} from './service-filters';
import { isBankHoliday } from './bank-holiday-lookup';
import { useLondonNow } from './use-london-now';
import { EasyReadLink } from '../easy-read/EasyReadLink';

/**
 * Every verified service, from content/services/. Filters work on the device and are not
 * written to the URL or stored. The prerendered page lists everything; the filters appear
 * once the script runs.
 */
export function HelplinesPage({
  locale,
  services,
  easyRead,
}: {
  locale: string;
  services: ServiceSummary[];
  /** The slug of the easy read 'Get help now' page, when there is one. */
  easyRead: string | null;
}) {
  const t = useT();
  const now = useLondonNow();
  const [ready, setReady] = useState(false);
  const [filters, setFilters] = useState<ServiceFilters>({
    topic: '',
    group: '',
    nation: defaultNation(locale),
    openNow: false,
  });
  useEffect(() => setReady(true), []);

  const emergency = services.find((service) => service.id === 'emergency-999');
  const others = services.filter((service) => service !== emergency);
  const statusNation: Nation = filters.nation === 'all' ? defaultNation(locale) : filters.nation;
  const statusOf = (service: ServiceSummary) =>
    now ? serviceStatus(service, now, isBankHoliday, statusNation) : { state: 'unknown' as const };
  // Until the script runs, every service is listed: nothing is hidden from a reader without
  // JavaScript. After that, the ones you can reach now come first (the sort keeps file order
  // among equals).
  const shown = ready
    ? filterServices(others, filters, statusOf).sort(
        (a, b) => statusRank(statusOf(a)) - statusRank(statusOf(b)),
      )
    : others;

  return (
    <>
      <h1>{t('helplines.title')}</h1>
      {emergency && <EmergencyStrip locale={locale} service={emergency} />}
      <p class="lead">{t('helplines.intro')}</p>
      {easyRead && <EasyReadLink locale={locale} slug={easyRead} to="easy-read" />}
      {ready && (
        <FilterControls
          filters={filters}
          onChange={setFilters}
          topics={[...new Set(others.flatMap((service) => service.topics))]}
          groups={[...new Set(others.flatMap((service) => service.for?.groups ?? []))].filter(
            (g) => g !== 'anyone',
          )}
        />
      )}
      <p class="service-count" role="status">
        {ready &&
          (shown.length === 0
            ? t('helplines.none')
            : t('helplines.count', { count: shown.length }))}
      </p>
      <div class="service-list">
        {shown.map((service) => (
          <ServiceCard
            key={service.id}
            locale={locale}
            service={service}
            status={now ? statusOf(service) : null}
          />
        ))}
      </div>
    </>
  );
}
