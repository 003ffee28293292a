import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import type { Vault } from '../../storage/vault';
import { TextField } from '../../ui/TextField';

/** The passcode prompt shown while the saved things are locked. */
export function UnlockForm({ vault, onUnlocked }: { vault: Vault; onUnlocked: () => void }) {
  const t = useT();
  const [passcode, setPasscode] = useState('');
  const [state, setState] = useState<'idle' | 'working' | 'wrong'>('idle');

  const submit = async (event: Event) => {
    event.preventDefault();
    setState('working');
    if (await vault.unlock(passcode)) {
      setPasscode('');
      setState('idle');
      onUnlocked();
    } else {
      setState('wrong');
    }
  };

  return (
    <form class="tool-form unlock-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t('tools.lock.lockedTitle')}</h2>
      <TextField
        id="unlock-passcode"
        label={t('tools.lock.enter')}
        type="password"
        autocomplete="current-password"
        value={passcode}
        onInput={setPasscode}
        error={state === 'wrong' ? t('tools.lock.wrong') : null}
      />
      <button type="submit" class="primary-button" disabled={state === 'working'}>
        {state === 'working' ? t('tools.lock.unlocking') : t('tools.lock.unlock')}
      </button>
    </form>
  );
}
