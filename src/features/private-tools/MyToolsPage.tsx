import { pathFor } from '../../app/paths';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import type { ServiceSummary } from '../helplines/service-types';
import { askForPersistentStorage, useVault } from './use-vault';
import { ContactsView } from './ContactsView';
import { PlanView } from './PlanView';
import { LogView } from './LogView';
import { LockView } from './LockView';
import { UnlockForm } from './UnlockForm';

const TABS = ['contacts', 'plan', 'log', 'lock'] as const;
type Tab = (typeof TABS)[number];

/**
 * My tools: contacts, a safety plan and a log, stored only in this browser and locked with
 * an optional passcode. One page with in-page views, so the unlocked key never has to
 * survive a page load (and Back still leaves the app, as everywhere else).
 */
export function MyToolsPage({ locale, services }: { locale: string; services: ServiceSummary[] }) {
  const t = useT();
  const { status, refresh } = useVault();
  const [tab, setTab] = useState<Tab>('contacts');
  const [saveNote, setSaveNote] = useState<'saved' | 'failed' | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);

  const onSaved = (ok: boolean) => {
    setSaveNote(ok ? 'saved' : 'failed');
    if (ok && persisted === null) void askForPersistentStorage().then(setPersisted);
  };

  const vault = status.kind === 'ready' ? status.vault : null;
  return (
    <>
      <h1>{t('tools.title')}</h1>
      <p class="lead">{t('tools.intro')}</p>
      {/* Safari deletes a site's stored data after 7 days of use without a visit; a Home
          Screen app keeps its own count. Said plainly, with no promise the platform won't keep. */}
      <p class="notice notice--quiet" data-apple-storage="">
        {t('tools.appleStorage')}{' '}
        <a href={pathFor(locale, 'settings')}>{t('tools.appleStorageSettings')}</a>
      </p>
      <noscript>
        <p class="notice">{t('tools.needsScript')}</p>
      </noscript>
      {status.kind === 'loading' && <p class="tools-loading">{t('tools.loading')}</p>}
      {status.kind === 'unavailable' && (
        <p class="notice" role="alert">
          {t('tools.unavailable')}
        </p>
      )}
      {status.kind === 'ready' && status.state === 'locked' ? (
        <UnlockForm vault={status.vault} onUnlocked={refresh} />
      ) : (
        status.kind !== 'loading' && (
          <>
            {/* Plain toggle buttons rather than an ARIA tab list: each is one Tab stop and says
                whether it is the open view, which is all a view switcher needs. */}
            <nav class="tool-tabs no-print" aria-label={t('tools.tabs.label')}>
              {TABS.map((id) => (
                <button
                  key={id}
                  type="button"
                  id={`tab-${id}`}
                  aria-pressed={tab === id}
                  aria-controls="tool-panel"
                  class="tool-tab"
                  onClick={() => setTab(id)}
                >
                  {t(`tools.tabs.${id}`)}
                </button>
              ))}
            </nav>
            <p class="save-note no-print" role="status">
              {saveNote === 'saved' && t('tools.saved')}
              {saveNote === 'failed' && t('tools.saveFailed')}
              {saveNote === 'saved' && persisted === true && ` ${t('tools.persisted')}`}
              {saveNote === 'saved' && persisted === false && ` ${t('tools.notPersisted')}`}
            </p>
            <div id="tool-panel" role="region" aria-labelledby={`tab-${tab}`}>
              {tab === 'contacts' && (
                <ContactsView vault={vault} services={services} onSaved={onSaved} />
              )}
              {tab === 'plan' && <PlanView vault={vault} onSaved={onSaved} />}
              {tab === 'log' && <LogView vault={vault} locale={locale} onSaved={onSaved} />}
              {tab === 'lock' && <LockView vault={vault} onChange={refresh} />}
            </div>
          </>
        )
      )}
    </>
  );
}
