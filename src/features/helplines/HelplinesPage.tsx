import { useT } from '../../i18n/use-t';
import type { ServiceSummary } from '../../app/page-model';
import { ServiceCard } from './ServiceCard';

/**
 * Every verified service, from content/services/, where each number carries its source.
 * The full directory (hours, 'open now', filters) grows from this in the helplines issue.
 */
export function HelplinesPage({
  locale,
  services,
}: {
  locale: string;
  services: ServiceSummary[];
}) {
  const t = useT();
  return (
    <>
      <h1>{t('helplines.title')}</h1>
      <p class="lead">{t('helplines.intro')}</p>
      <div class="service-list">
        {services.map((service) => (
          <ServiceCard key={service.id} locale={locale} service={service} />
        ))}
      </div>
      <p>{t('helplines.moreSoon')}</p>
    </>
  );
}
