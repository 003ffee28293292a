import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { dateTimeFormat } from '../../i18n/intl-formats';
import type { Vault } from '../../storage/vault';
import { parseLocalDateTime } from './contact-validation';
import { newRecordId } from '../../storage/record-id';

export interface LogEntry {
  /** 'YYYY-MM-DDTHH:MM', as the user typed it (local time). */
  when: string;
  what: string;
  where: string;
  who: string;
  feel: string;
}

const EMPTY: LogEntry = { when: '', what: '', where: '', who: '', feel: '' };
const DRAFT_ID = 'log-draft';
const AUTOSAVE_MS = 400;
const FIELDS = ['what', 'where', 'who', 'feel'] as const;

/** Dated incident entries, a draft kept as you type, and a printable copy for a worker or the police. */
export function LogView({
  vault,
  locale,
  onSaved,
}: {
  vault: Vault | null;
  locale: string;
  onSaved: (ok: boolean) => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState<LogEntry>(EMPTY);
  const [entries, setEntries] = useState<{ id: string; value: LogEntry }[]>([]);
  const [skipped, setSkipped] = useState(0);
  const [problem, setProblem] = useState<'whatMissing' | 'whenInvalid' | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const reload = async () => {
    if (!vault) return;
    const result = await vault.list<LogEntry>('log');
    setEntries(result.items.sort((a, b) => b.value.when.localeCompare(a.value.when)));
    setSkipped(result.skipped);
  };
  useEffect(() => {
    void reload();
    void vault?.get<LogEntry>(DRAFT_ID).then((saved) => saved && setDraft({ ...EMPTY, ...saved }));
  }, [vault]);

  const edit = (field: keyof LogEntry, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    clearTimeout(timer.current);
    // A reload, a crash or a quick exit mid-sentence loses nothing: the draft is saved as you type.
    timer.current = setTimeout(() => {
      vault?.put('draft', DRAFT_ID, next).catch(() => onSaved(false));
    }, AUTOSAVE_MS);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (draft.what.trim() === '') return setProblem('whatMissing');
    if (draft.when !== '' && !parseLocalDateTime(draft.when)) return setProblem('whenInvalid');
    setProblem(null);
    const entry = { ...draft, when: draft.when || nowLocal() };
    const id = newRecordId();
    if (vault) {
      try {
        await vault.put('log', id, entry);
        clearTimeout(timer.current);
        await vault.remove(DRAFT_ID);
        onSaved(true);
      } catch {
        onSaved(false);
        return;
      }
      await reload();
    } else {
      setEntries([{ id, value: entry }, ...entries]);
    }
    setDraft(EMPTY);
  };

  const remove = async (id: string) => {
    if (vault) await vault.remove(id);
    setEntries(entries.filter((entry) => entry.id !== id));
  };

  const format = dateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' });
  return (
    <section class="printable">
      <p class="no-print">{t('tools.log.intro')}</p>
      {skipped > 0 && <p class="notice">{t('tools.skipped', { count: skipped })}</p>}
      <form class="tool-form no-print" onSubmit={(event) => void save(event)} noValidate>
        <label for="log-when">{t('tools.log.when')}</label>
        {problem === 'whenInvalid' && (
          <p class="field-error" id="log-when-error">
            {t('tools.log.whenInvalid')}
          </p>
        )}
        <input
          id="log-when"
          type="datetime-local"
          value={draft.when}
          onInput={(e) => edit('when', e.currentTarget.value)}
          aria-invalid={problem === 'whenInvalid'}
          aria-describedby={problem === 'whenInvalid' ? 'log-when-error' : undefined}
        />
        {FIELDS.map((field) => (
          <div key={field} class="field">
            <label for={`log-${field}`}>{t(`tools.log.${field}`)}</label>
            {field === 'what' && problem === 'whatMissing' && (
              <p class="field-error" id="log-what-error">
                {t('tools.log.whatMissing')}
              </p>
            )}
            <textarea
              id={`log-${field}`}
              rows={field === 'what' ? 5 : 2}
              value={draft[field]}
              onInput={(e) => edit(field, e.currentTarget.value)}
              aria-invalid={field === 'what' && problem === 'whatMissing'}
              aria-describedby={
                field === 'what' && problem === 'whatMissing' ? 'log-what-error' : undefined
              }
            />
          </div>
        ))}
        <p class="hint">{t('tools.log.draftKept')}</p>
        <button type="submit" class="primary-button">
          {t('tools.log.save')}
        </button>
      </form>
      <h2>{t('tools.log.entries')}</h2>
      {entries.length === 0 && <p>{t('tools.log.empty')}</p>}
      <ol class="log-entries">
        {entries.map(({ id, value }) => {
          const when = parseLocalDateTime(value.when);
          return (
            <li key={id} class="log-entry">
              <h3>{when ? format.format(when) : value.when}</h3>
              <dl>
                {FIELDS.filter((field) => value[field]).map((field) => (
                  <div key={field}>
                    <dt>{t(`tools.log.${field}`)}</dt>
                    <dd class="preserve-lines">{value[field]}</dd>
                  </div>
                ))}
              </dl>
              <button type="button" class="text-button no-print" onClick={() => void remove(id)}>
                {t('tools.log.delete')}
              </button>
            </li>
          );
        })}
      </ol>
      <p class="no-print hint">{t('tools.log.printHint')}</p>
      <button type="button" class="secondary-button no-print" onClick={() => window.print()}>
        {t('tools.log.print')}
      </button>
    </section>
  );
}

function nowLocal(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
