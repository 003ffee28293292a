import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { pathFor } from '../../app/paths';
import { EXIT_DESTINATIONS, type ExitDestination } from '../quick-exit/exit-destination';
import {
  DEFAULT_PREFERENCES,
  IDENTITIES,
  TEXT_SIZES,
  readPreferences,
  writePreferences,
  type Preferences,
} from './preferences';
import { applyPreferences } from './apply-preferences';
import { safeLocalStorage } from '../../lib/safe-storage';
import { ChoiceGroup } from './ChoiceGroup';

/**
 * Settings: where the quick exit goes, text size, a plain name and icon for the home
 * screen, fewer traces, and the way to the passcode and erase. Each change is saved at once,
 * on this device only; the page needs JavaScript, and says so when it has none.
 */
export function SettingsPage({ locale }: { locale: string }) {
  const t = useT();
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES);
  const [ready, setReady] = useState(false);
  const [saved, setSaved] = useState<boolean | null>(null);
  const [storageMb, setStorageMb] = useState<number | null | undefined>(undefined);

  useEffect(() => {
    setPreferences(readPreferences(safeLocalStorage()));
    setReady(true);
    void navigator.storage
      ?.estimate?.()
      .then((estimate) =>
        setStorageMb(estimate.usage === undefined ? null : estimate.usage / 1_000_000),
      )
      .catch(() => setStorageMb(null));
  }, []);

  const change = (update: Partial<Preferences>) => {
    const next = { ...preferences, ...update };
    setPreferences(next);
    setSaved(writePreferences(safeLocalStorage(), next));
    applyPreferences(document, next, locale);
    const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
    if (link) link.href = EXIT_DESTINATIONS[next.exit];
    document.title =
      next.identity === 'waymark' ? t('settings.title') : t(`settings.identities.${next.identity}`);
  };

  return (
    <>
      <h1>{t('settings.title')}</h1>
      <p class="lead">{t('settings.intro')}</p>
      <noscript>
        <p class="notice">{t('tools.needsScript')}</p>
      </noscript>
      <p class="save-note" role="status">
        {saved === true && t('settings.saved')}
        {saved === false && t('tools.saveFailed')}
      </p>
      <div hidden={!ready}>
        <ChoiceGroup
          name="exit"
          legend={t('settings.exitHeading')}
          intro={t('settings.exitIntro')}
          values={Object.keys(EXIT_DESTINATIONS) as ExitDestination[]}
          selected={preferences.exit}
          label={(id) => t(`settings.exits.${id}`)}
          onChange={(exit) => change({ exit })}
        />
        <ChoiceGroup
          name="text-size"
          legend={t('settings.textSizeHeading')}
          values={TEXT_SIZES}
          selected={preferences.textSize}
          label={(size) => t(`settings.textSizes.${size}`)}
          onChange={(textSize) => change({ textSize })}
        />
        <ChoiceGroup
          name="identity"
          legend={t('settings.identityHeading')}
          intro={t('settings.identityIntro')}
          hint={t('settings.identityLimits')}
          values={IDENTITIES}
          selected={preferences.identity}
          label={(identity) => (
            <>
              <img
                src={identity === 'waymark' ? '/icons/icon.svg' : `/icons/${identity}.svg`}
                alt=""
                width={32}
                height={32}
              />{' '}
              {t(`settings.identities.${identity}`)}
            </>
          )}
          onChange={(identity) => change({ identity })}
        />
        <fieldset class="settings-group">
          <legend>{t('settings.tracesHeading')}</legend>
          <label class="choice">
            <input
              type="checkbox"
              checked={preferences.forgetLanguage}
              onChange={(event) => change({ forgetLanguage: event.currentTarget.checked })}
            />{' '}
            {t('settings.forgetLanguage')}
          </label>
        </fieldset>
        <h2>{t('settings.lockHeading')}</h2>
        <p>
          <a href={pathFor(locale, 'my-tools')}>{t('settings.lockLink')}</a>
        </p>
        <h2>{t('settings.storageHeading')}</h2>
        <p>
          {storageMb === null && t('settings.storageUnknown')}
          {typeof storageMb === 'number' &&
            t('settings.storageUsed', { size: Math.max(0.1, Math.round(storageMb * 10) / 10) })}
        </p>
      </div>
    </>
  );
}
