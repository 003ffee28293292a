import { useT } from '../../i18n/use-t';
import type { ServiceSummary } from '../../app/page-model';
import { telHref } from '../helplines/phone-links';
import { describeHours } from '../helplines/describe-hours';
import { useHoursWords } from '../helplines/use-hours-words';

/**
 * The numbers an easy read page needs, shown big, each with its own call (or text) button.
 * Easy read guidance asks for numbers people can read at a glance and act on in one tap.
 */
export function EasyCallCards({
  locale,
  services,
}: {
  locale: string;
  services: ServiceSummary[];
}) {
  const t = useT();
  const hoursWords = useHoursWords('easyRead.always');
  return (
    <ul class="easy-calls">
      {services.map((service) => {
        const wordsLang = service.summaryLocale === locale ? undefined : service.summaryLocale;
        const contacts = service.contacts.filter(
          (contact) => contact.kind === 'phone' || contact.kind === 'text',
        );
        if (contacts.length === 0) return null;
        return (
          <li key={service.id} class="easy-call" data-service={service.id}>
            <h3>{service.name}</h3>
            <p lang={wordsLang}>{service.summary}</p>
            {contacts.map((contact) =>
              contact.kind === 'phone' || contact.kind === 'text' ? (
                <div key={`${contact.kind}-${contact.number}`} class="easy-call-contact">
                  <p class="easy-number">
                    <bdi dir="ltr">{contact.number}</bdi>
                  </p>
                  {contact.hours && <p>{describeHours(contact.hours, hoursWords)}</p>}
                  <a
                    class="contact-button easy-call-button"
                    href={telHref(
                      contact.kind,
                      contact.number,
                      contact.kind === 'text' ? contact.message : undefined,
                    )}
                  >
                    {t(contact.kind === 'phone' ? 'easyRead.call' : 'easyRead.text', {
                      name: service.name,
                    })}
                  </a>
                </div>
              ) : null,
            )}
          </li>
        );
      })}
    </ul>
  );
}
