import { useT } from '../../i18n/use-t';
import type { ServiceSummary } from '../../app/page-model';
import { telHref } from './phone-links';
import { formatDate } from '../../i18n/format-date';

/**
 * A first, short list of verified helplines. The full directory (hours, 'open now', text
 * and chat) replaces this in the helplines issue; the data already comes from
 * content/services/, where every number carries its source.
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
      <ul class="service-list">
        {services.map((service) => (
          <li key={service.id} class="service">
            <h2>{service.name}</h2>
            <p>{service.summary}</p>
            <ul class="contact-list">
              {service.contacts.map((contact) => (
                <li key={contact.kind + contact.number}>
                  <a class="contact-button" href={telHref(contact.kind, contact.number)}>
                    {t(contact.kind === 'phone' ? 'helplines.call' : 'helplines.text')}{' '}
                    {/* Numbers read left to right in every language, right-to-left ones too. */}
                    <bdi dir="ltr">{contact.number}</bdi>
                  </a>
                </li>
              ))}
            </ul>
            <details class="sources">
              <summary>{t('helplines.sources')}</summary>
              <ul>
                {service.contacts.flatMap((contact) =>
                  contact.sources.map((source) => (
                    <li key={contact.number + source.url}>
                      <bdi dir="ltr">{contact.number}</bdi>:{' '}
                      {t('helplines.checked', {
                        date: formatDate(source.checked, locale),
                        source: new URL(source.url).hostname,
                      })}{' '}
                      <a href={source.url} rel="noreferrer noopener">
                        {source.url}
                      </a>
                    </li>
                  )),
                )}
              </ul>
            </details>
          </li>
        ))}
      </ul>
      <p>{t('helplines.moreSoon')}</p>
    </>
  );
}
