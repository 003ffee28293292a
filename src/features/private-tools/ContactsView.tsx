import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import type { Vault } from '../../storage/vault';
import type { ServiceSummary } from '../helplines/service-types';
import { telHref } from '../helplines/phone-links';
import { validatePerson, type ContactProblem } from './contact-validation';
import { newRecordId } from '../../storage/record-id';
import { TextField } from '../../ui/TextField';

export type SavedContact =
  { type: 'service'; serviceId: string } | { type: 'person'; name: string; number: string };

/** Saved helplines (shown from today's data, so corrected numbers reach the user) and trusted people. */
export function ContactsView({
  vault,
  services,
  onSaved,
}: {
  vault: Vault | null;
  services: ServiceSummary[];
  onSaved: (ok: boolean) => void;
}) {
  const t = useT();
  const [contacts, setContacts] = useState<{ id: string; value: SavedContact }[]>([]);
  const [skipped, setSkipped] = useState(0);
  const [name, setName] = useState('');
  const [number, setNumber] = useState('');
  const [problems, setProblems] = useState<ContactProblem[]>([]);

  const reload = async () => {
    if (!vault) return;
    const result = await vault.list<SavedContact>('contact');
    setContacts(result.items);
    setSkipped(result.skipped);
  };
  useEffect(() => void reload(), [vault]);

  const add = async (event: Event) => {
    event.preventDefault();
    const found = validatePerson(name, number);
    setProblems(found);
    if (found.length > 0) return;
    const contact: SavedContact = { type: 'person', name: name.trim(), number: number.trim() };
    if (!vault) {
      setContacts([{ id: newRecordId(), value: contact }, ...contacts]);
    } else {
      try {
        await vault.put('contact', newRecordId(), contact);
        onSaved(true);
      } catch {
        onSaved(false);
        return;
      }
      await reload();
    }
    setName('');
    setNumber('');
  };

  const remove = async (id: string) => {
    if (vault) await vault.remove(id);
    setContacts(contacts.filter((contact) => contact.id !== id));
  };

  return (
    <section>
      {skipped > 0 && <p class="notice">{t('tools.skipped', { count: skipped })}</p>}
      {contacts.length === 0 && <p>{t('tools.contacts.empty')}</p>}
      <ul class="saved-list">
        {contacts.map(({ id, value }) => (
          <li key={id} class="saved-item">
            <SavedContactRow contact={value} services={services} />
            <button type="button" class="text-button" onClick={() => void remove(id)}>
              {t('tools.contacts.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="tool-form no-print" onSubmit={(event) => void add(event)} noValidate>
        <h2>{t('tools.contacts.addPerson')}</h2>
        <TextField
          id="person-name"
          label={t('tools.contacts.name')}
          value={name}
          onInput={setName}
          error={problems.includes('nameMissing') ? t('tools.contacts.nameMissing') : null}
        />
        <TextField
          id="person-number"
          label={t('tools.contacts.number')}
          type="tel"
          dir="ltr"
          value={number}
          onInput={setNumber}
          error={problems.includes('numberInvalid') ? t('tools.contacts.numberInvalid') : null}
        />
        <button type="submit" class="primary-button">
          {t('tools.contacts.add')}
        </button>
      </form>
    </section>
  );
}

function SavedContactRow({
  contact,
  services,
}: {
  contact: SavedContact;
  services: ServiceSummary[];
}) {
  const t = useT();
  if (contact.type === 'person') {
    return (
      <div>
        <strong>{contact.name}</strong>
        <p class="contact-list">
          <a class="contact-button" href={telHref('phone', contact.number)}>
            {t('helplines.call')} <bdi dir="ltr">{contact.number}</bdi>
          </a>{' '}
          <a
            class="contact-button contact-button--secondary"
            href={telHref('text', contact.number)}
          >
            {t('helplines.text')}
          </a>
        </p>
      </div>
    );
  }
  const service = services.find((candidate) => candidate.id === contact.serviceId);
  if (!service) return <p>{t('tools.contacts.serviceGone')}</p>;
  return (
    <div>
      <strong>{service.name}</strong>
      <p class="contact-list">
        {service.contacts.flatMap((item) =>
          item.kind === 'phone' || item.kind === 'text'
            ? [
                <a
                  key={item.kind + item.number}
                  class="contact-button"
                  href={telHref(
                    item.kind,
                    item.number,
                    item.kind === 'text' ? item.message : undefined,
                  )}
                >
                  {t(item.kind === 'phone' ? 'helplines.call' : 'helplines.text')}{' '}
                  <bdi dir="ltr">{item.number}</bdi>
                </a>,
                ' ',
              ]
            : [],
        )}
      </p>
    </div>
  );
}
