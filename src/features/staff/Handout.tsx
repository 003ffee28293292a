import { useT } from '../../i18n/use-t';
import type { ServiceContact, ServiceSummary } from '../../app/page-model';
import { describeHours } from '../helplines/describe-hours';
import { useHoursWords } from '../helplines/use-hours-words';

/**
 * The printable handout of a guide: its title, the key advice and how to reach each service.
 * Hidden on screen; printed instead of the page when staff choose 'Print a handout'. It
 * carries no app name or logo, because paper can be found.
 */
export function Handout({
  locale,
  title,
  summary,
  lang,
  keyPoints,
  services,
}: {
  locale: string;
  title: string;
  summary: string;
  /** The locale of the title and summary, when it differs from the page's. */
  lang: string | undefined;
  keyPoints: { lines: string[]; lang: string };
  services: ServiceSummary[];
}) {
  const t = useT();
  const hoursWords = useHoursWords('handout.always');
  return (
    <section class="handout">
      <h2 class="handout-title" lang={lang}>
        {title}
      </h2>
      <p lang={lang}>{summary}</p>
      <h3>{t('handout.keyPoints')}</h3>
      <ul lang={keyPoints.lang === locale ? undefined : keyPoints.lang}>
        {keyPoints.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{t('handout.help')}</h3>
      <p>
        <strong>{t('handout.emergency')}</strong>
      </p>
      <ul class="handout-services">
        {services.map((service) => (
          <li key={service.id}>
            <strong>{service.name}</strong>
            {service.contacts.flatMap((contact) => {
              const line = contactLine(contact, t);
              if (!line) return [];
              const hours = contact.hours ? ` (${describeHours(contact.hours, hoursWords)})` : '';
              return [
                <span key={line.value} class="handout-contact">
                  {' '}
                  {line.label} <bdi dir="ltr">{line.value}</bdi>
                  {hours}
                </span>,
              ];
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What to print for a way to get in touch: phones, texts and websites (chat and email need a screen). */
function contactLine(
  contact: ServiceContact,
  t: (key: string) => string,
): { label: string; value: string } | null {
  switch (contact.kind) {
    case 'phone':
      return { label: t('handout.call'), value: contact.number };
    case 'text':
      return { label: t('handout.text'), value: contact.number };
    case 'web':
      return {
        label: t('handout.web'),
        value: new URL(contact.url).hostname.replace(/^www\./, ''),
      };
    default:
      return null;
  }
}
