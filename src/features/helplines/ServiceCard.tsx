import { useT } from '../../i18n/use-t';
import type { ServiceContact, ServiceSummary, Source } from './service-types';
import type { OpeningStatus } from './opening-hours';
import { OpeningBadge } from './OpeningBadge';
import { telHref } from './phone-links';
import { SaveServiceButton } from '../private-tools/SaveServiceButton';
import { LazyDetails } from '../../ui/LazyDetails';
import { SourceCitation } from './SourceCitation';

interface ServiceCardProps {
  locale: string;
  service: ServiceSummary;
  /** Null until the browser knows the time (never guessed while prerendering). */
  status: OpeningStatus | null;
  headingLevel?: 2 | 3 | 4;
}

/**
 * One service: whether it is open, what it is for, a button per way to get in touch, what
 * happens when you do, and where every fact came from.
 */
export function ServiceCard({ locale, service, status, headingLevel = 2 }: ServiceCardProps) {
  const t = useT();
  const Heading = (['h2', 'h3', 'h4'] as const)[headingLevel - 2] ?? 'h2';
  // The card's own subheading sits one level below its title, never skipping one.
  const Subheading = (['h3', 'h4', 'h5'] as const)[headingLevel - 2] ?? 'h3';
  const wordsLang = service.summaryLocale === locale ? undefined : service.summaryLocale;
  return (
    <section class="service" aria-labelledby={`service-${service.id}`} data-service={service.id}>
      <Heading id={`service-${service.id}`}>{service.name}</Heading>
      {status && <OpeningBadge status={status} />}
      <p lang={wordsLang}>{service.summary}</p>
      <ul class="contact-list">
        {service.contacts.map((contact) => (
          <li key={contactKey(contact)}>
            <ContactLink contact={contact} />
          </li>
        ))}
      </ul>
      <SaveServiceButton serviceId={service.id} locale={locale} />
      <ServiceNotes service={service} />
      {service.whatHappens && (
        <>
          <Subheading class="what-happens-heading">{t('helplines.whatHappens')}</Subheading>
          <p lang={wordsLang}>{service.whatHappens}</p>
        </>
      )}
      <LazyDetails className="sources" summary={t('helplines.sources')}>
        {() => (
          <ul>
            {allSources(service, t).map(({ label, source }) => (
              <li key={label + source.url}>
                <bdi dir="ltr">{label}</bdi>: <SourceCitation source={source} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </LazyDetails>
    </section>
  );
}

/** Cost, bill and language notes, only where a source says so. */
function ServiceNotes({ service }: { service: ServiceSummary }) {
  const t = useT();
  const notes: string[] = [];
  const phone = service.contacts.find((contact) => contact.kind === 'phone');
  if (phone?.kind === 'phone' && phone.cost) {
    notes.push(t(phone.cost.free ? 'helplines.free' : 'helplines.notFree'));
    if (phone.cost.showsOnBill !== undefined)
      notes.push(t(phone.cost.showsOnBill ? 'helplines.onBill' : 'helplines.notOnBill'));
  }
  const languages = service.languages;
  if (languages) {
    notes.push(
      t('helplines.languages', {
        list: languages.spokenNames.join(', '),
      }),
    );
    if (languages.interpreters) notes.push(t('helplines.interpreters'));
    if (languages.bsl) notes.push(t('helplines.bsl'));
    if (languages.textRelay) notes.push(t('helplines.textRelay'));
  }
  if (notes.length === 0) return null;
  return (
    <ul class="service-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}

/** One button per way to get in touch: call, text, chat, website or email. */
export function ContactLink({ contact }: { contact: ServiceContact }) {
  const t = useT();
  switch (contact.kind) {
    case 'phone':
      return (
        <a class="contact-button" href={telHref('phone', contact.number)}>
          {t('helplines.call')} {/* Numbers read left to right in every language. */}
          <bdi dir="ltr">{contact.number}</bdi>
        </a>
      );
    case 'text':
      return (
        <a class="contact-button" href={telHref('text', contact.number, contact.message)}>
          {contact.message
            ? t('helplines.textMessage', { message: contact.message })
            : t('helplines.text')}{' '}
          <bdi dir="ltr">{contact.number}</bdi>
        </a>
      );
    case 'chat':
      return (
        <a
          class="contact-button contact-button--secondary"
          href={contact.url}
          rel="noreferrer noopener"
        >
          {t('helplines.chat')}
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
  switch (contact.kind) {
    case 'web':
    case 'chat':
      return new URL(contact.url).hostname;
    case 'email':
      return contact.address;
    default:
      return contact.number;
  }
}

function contactKey(contact: ServiceContact): string {
  return `${contact.kind}:${contactLabel(contact)}`;
}

/** Every source behind the card, each labelled with the fact it supports. */
function allSources(
  service: ServiceSummary,
  t: (key: string) => string,
): { label: string; source: Source }[] {
  const rows: { label: string; source: Source }[] = [];
  for (const contact of service.contacts) {
    const label = contactLabel(contact);
    contact.sources.forEach((source) => rows.push({ label, source }));
    contact.hours?.sources.forEach((source) =>
      rows.push({ label: `${label} (${t('helplines.sourceLabels.hours')})`, source }),
    );
    if ('cost' in contact)
      contact.cost?.sources.forEach((source) =>
        rows.push({ label: `${label} (${t('helplines.sourceLabels.cost')})`, source }),
      );
  }
  service.for?.sources.forEach((source) =>
    rows.push({ label: t('helplines.sourceLabels.for'), source }),
  );
  service.languages?.sources.forEach((source) =>
    rows.push({ label: t('helplines.sourceLabels.languages'), source }),
  );
  service.whatHappensSources?.forEach((source) =>
    rows.push({ label: t('helplines.sourceLabels.whatHappens'), source }),
  );
  return rows;
}
