import type { ServiceSummary } from './service-types';
import { ServiceCard } from './ServiceCard';
import { useLondonNow } from './use-london-now';
import { defaultNation, serviceStatus } from './service-filters';
import { isBankHoliday } from './bank-holiday-lookup';

/** Service cards with 'open now' worked out on the device (after hydration, never guessed). */
export function LiveServiceCards({
  locale,
  services,
  headingLevel = 3,
}: {
  locale: string;
  services: ServiceSummary[];
  headingLevel?: 2 | 3 | 4;
}) {
  const now = useLondonNow();
  return (
    <>
      {services.map((service) => (
        <ServiceCard
          key={service.id}
          locale={locale}
          service={service}
          status={now ? serviceStatus(service, now, isBankHoliday, defaultNation(locale)) : null}
          headingLevel={headingLevel}
        />
      ))}
    </>
  );
}
