import { useT } from '../../i18n/use-t';
import type { ServiceSummary } from './service-types';
import { telHref } from './phone-links';

/** 999 first, with what to do if you cannot speak, from the emergency service's own file. */
export function EmergencyStrip({ locale, service }: { locale: string; service: ServiceSummary }) {
  const t = useT();
  const wordsLang = service.summaryLocale === locale ? undefined : service.summaryLocale;
  return (
    <section class="emergency-strip" aria-labelledby="emergency-title">
      <h2 id="emergency-title">{t('helplines.emergencyTitle')}</h2>
      <p lang={wordsLang}>{service.summary}</p>
      <p>
        <a class="contact-button contact-button--emergency" href={telHref('phone', '999')}>
          {t('helplines.emergencyCall')}
        </a>
      </p>
      {service.whatHappens && <p lang={wordsLang}>{service.whatHappens}</p>}
    </section>
  );
}
