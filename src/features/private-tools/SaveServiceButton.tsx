import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { pathFor } from '../../app/paths';
import { openWaymarkDB } from '../../storage/db';
import { Vault } from '../../storage/vault';
import type { SavedContact } from './ContactsView';
import { newRecordId } from '../../storage/record-id';

type SaveState = 'idle' | 'saved' | 'locked' | 'unavailable';

/**
 * 'Save to My contacts' for one service: stores only the service's id on this device, so
 * the saved contact always shows today's numbers. Shown only once the script runs.
 */
export function SaveServiceButton({ serviceId, locale }: { serviceId: string; locale: string }) {
  const t = useT();
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<SaveState>('idle');
  useEffect(() => setReady(true), []);
  if (!ready) return null;

  const save = async () => {
    try {
      const vault = await Vault.open(await openWaymarkDB());
      if (vault.state === 'locked') {
        vault.close();
        return setState('locked');
      }
      const saved = await vault.list<SavedContact>('contact');
      const already = saved.items.some(
        ({ value }) => value.type === 'service' && value.serviceId === serviceId,
      );
      const contact: SavedContact = { type: 'service', serviceId };
      if (!already) await vault.put('contact', newRecordId(), contact);
      vault.close();
      setState('saved');
    } catch {
      setState('unavailable');
    }
  };

  return (
    <div class="save-service no-print">
      <button
        type="button"
        class="text-button"
        onClick={() => void save()}
        disabled={state === 'saved'}
      >
        {state === 'saved' ? t('tools.contacts.savedService') : t('tools.contacts.saveService')}
      </button>
      <span role="status">
        {state === 'locked' && (
          <>
            {t('tools.contacts.lockedSave')}{' '}
            <a href={pathFor(locale, 'my-tools')}>{t('tools.title')}</a>
          </>
        )}
        {state === 'unavailable' && t('tools.contacts.unsupportedSave')}
      </span>
    </div>
  );
}
