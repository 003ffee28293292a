import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { eraseEverything, type Vault } from '../../storage/vault';
import { TextField } from '../../ui/TextField';

export const MIN_PASSCODE_LENGTH = 4;

/** Set, change or remove the passcode; lock now; erase everything (with a confirmation). */
export function LockView({ vault, onChange }: { vault: Vault | null; onChange: () => void }) {
  const t = useT();
  const [passcode, setPasscode] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirmingErase, setConfirmingErase] = useState(false);
  const [erased, setErased] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!vault) return;
    if (passcode.length < MIN_PASSCODE_LENGTH)
      return setMessage({ text: t('tools.lock.tooShort'), error: true });
    if (passcode !== confirm) return setMessage({ text: t('tools.lock.mismatch'), error: true });
    await vault.setPasscode(passcode);
    setPasscode('');
    setConfirm('');
    setMessage({ text: t('tools.lock.setDone'), error: false });
    onChange();
  };

  const erase = async () => {
    await eraseEverything(vault, window.localStorage);
    setErased(true);
    setConfirmingErase(false);
    onChange();
  };

  if (erased)
    return (
      <p class="notice" role="status">
        {t('tools.erase.done')}
      </p>
    );
  const hasPasscode = vault?.state === 'unlocked';
  return (
    <section>
      <h2>{t('tools.lock.heading')}</h2>
      <p>{t('tools.lock.explain')}</p>
      <p class="warning">
        <strong>{t('tools.lock.warning')}</strong>
      </p>
      {message && (
        <p
          class={message.error ? 'field-error' : 'notice'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {vault && (
        <form class="tool-form" onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            id="passcode-new"
            label={t('tools.lock.passcode')}
            type="password"
            autocomplete="new-password"
            value={passcode}
            onInput={setPasscode}
          />
          <TextField
            id="passcode-confirm"
            label={t('tools.lock.confirm')}
            type="password"
            autocomplete="new-password"
            value={confirm}
            onInput={setConfirm}
          />
          <button type="submit" class="primary-button">
            {hasPasscode ? t('tools.lock.change') : t('tools.lock.set')}
          </button>
        </form>
      )}
      {hasPasscode && (
        <div class="button-row">
          <button
            type="button"
            class="secondary-button"
            onClick={() => {
              vault.lock();
              onChange();
            }}
          >
            {t('tools.lock.lockNow')}
          </button>
          <button
            type="button"
            class="secondary-button"
            onClick={() =>
              void vault.removePasscode().then(() => {
                setMessage({ text: t('tools.lock.removed'), error: false });
                onChange();
              })
            }
          >
            {t('tools.lock.remove')}
          </button>
        </div>
      )}
      <h2>{t('tools.erase.heading')}</h2>
      <p>{t('tools.erase.explain')}</p>
      <p>{t('tools.erase.cannot')}</p>
      {confirmingErase ? (
        <div class="confirm-box" role="alertdialog" aria-labelledby="erase-confirm">
          <p id="erase-confirm">
            <strong>{t('tools.erase.confirm')}</strong>
          </p>
          <div class="button-row">
            <button type="button" class="danger-button" onClick={() => void erase()}>
              {t('tools.erase.yes')}
            </button>
            <button
              type="button"
              class="secondary-button"
              onClick={() => setConfirmingErase(false)}
            >
              {t('tools.erase.no')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="danger-button" onClick={() => setConfirmingErase(true)}>
          {t('tools.erase.button')}
        </button>
      )}
    </section>
  );
}
