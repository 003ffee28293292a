import { useT } from '../../i18n/use-t';
import { DEFAULT_EXIT_URL } from './exit-destination';

/**
 * The quick exit: a plain link first (it works before any script loads, and with none),
 * upgraded by install-quick-exit.ts. It must stay the first focusable element after the
 * skip link, so render it straight after SkipLink.
 */
export function QuickExit() {
  const t = useT();
  return (
    <div class="quick-exit-bar">
      <a
        class="quick-exit"
        href={DEFAULT_EXIT_URL}
        rel="noreferrer noopener"
        referrerpolicy="no-referrer"
        data-quick-exit=""
        aria-describedby="quick-exit-hint"
      >
        {t('quickExit.label')}
      </a>
      <p id="quick-exit-hint" class="quick-exit-hint">
        {t('quickExit.shiftHint')}
      </p>
      <p
        class="visually-hidden"
        role="status"
        data-quick-exit-status=""
        data-presses-left-2={t('quickExit.pressesLeft', { count: 2 })}
        data-presses-left-1={t('quickExit.pressesLeft', { count: 1 })}
      />
    </div>
  );
}
