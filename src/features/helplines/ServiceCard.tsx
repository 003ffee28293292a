import { useT } from '../../i18n/use-t';
import type { ServiceContact, ServiceSummary } from '../../app/page-model';
import { formatDate } from '../../i18n/format-date';
import { telHref } from './phone-links';

/** One service: what it is for, a button per way to contact it, and where each fact came from. */
export function ServiceCard({
  locale,
  service,
  headingLevel = 2,
}: {
  locale: string;
  service: ServiceSummary;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="service" aria-labelledby={`service-${service.id}`}>
      <Heading id={`service-${service.id}`}>{service.name}</Heading>
      <p lang={service.summaryLocale === locale ? undefined : service.summaryLocale}>
        {service.summary}
      </p>
      <ul class="contact-list">
        {service.contacts.map((contact) => (
          <li key={contactKey(contact)}>
            <ContactLink contact={contact} />
          </li>
        ))}
      </ul>
      <details class="sources">
        <summary>{t('helplines.sources')}</summary>
        <ul>
          {service.contacts.flatMap((contact) =>
            contact.sources.map((source) => (
              <li key={contactKey(contact) + source.url}>
                <bdi dir="ltr">{contactLabel(contact)}</bdi>:{' '}
                {t('helplines.checked', {
                  date: formatDate(source.checked, locale),
                  source: new URL(source.url).hostname,
                })}{' '}
                <a href={source.url} rel="noreferrer noopener">
                  {source.title ?? source.url}
                </a>
              </li>
            )),
          )}
        </ul>
      </details>
    </section>
  );
}

function ContactLink({ contact }: { contact: ServiceContact }) {
  const t = useT();
  switch (contact.kind) {
    case 'phone':
    case 'text':
      return (
        <a class="contact-button" href={telHref(contact.kind, contact.number)}>
          {t(contact.kind === 'phone' ? 'helplines.call' : 'helplines.text')}{' '}
          {/* Numbers read left to right in every language, right-to-left ones too. */}
          <bdi dir="ltr">{contact.number}</bdi>
        </a>
      );
    case 'web':
      return (
        <a
          class="contact-button contact-button--secondary"
          href={contact.url}
          rel="noreferrer noopener"
        >
          {t('helplines.website')}
        </a>
      );
    case 'email':
      return (
        <a class="contact-button contact-button--secondary" href={`mailto:${contact.address}`}>
          {t('helplines.email')} <bdi dir="ltr">{contact.address}</bdi>
        </a>
      );
  }
}

function contactLabel(contact: ServiceContact): string {
  if (contact.kind === 'web') return new URL(contact.url).hostname;
  return contact.kind === 'email' ? contact.address : contact.number;
}

function contactKey(contact: ServiceContact): string {
  return `${contact.kind}:${contactLabel(contact)}`;
}
