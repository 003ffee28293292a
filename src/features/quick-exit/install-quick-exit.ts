import { INITIAL_SHIFT_STATE, registerKeyPress, type ShiftState } from './shift-sequence';

/** Set on <html> while leaving; the stylesheet hides everything under it. */
export const EXITING_CLASS = 'wm-exiting';

export interface QuickExitEnvironment {
  document: Document;
  /** Injected so tests can watch the navigation; the browser passes window.location. */
  location: Pick<Location, 'replace'>;
  now: () => number;
  addWindowListener: (type: 'pageshow', listener: (event: PageTransitionEvent) => void) => void;
  /** Removes the listeners when aborted (tests install on a shared document). */
  signal?: AbortSignal;
  /** The destination chosen in Settings; the link's own href (the default) otherwise. */
  exitUrl?: string;
}

/**
 * Upgrades the quick-exit link. Keep this module tiny and free of imports beyond the
 * Shift counter: it is on the critical path and runs before the app hydrates.
 *
 * Leaving is two steps in one task: hide the page, then location.replace() to the neutral
 * site. replace() swaps the app's only history entry for the neutral page (see
 * features/navigation), so Back cannot return to the app; the page's no-referrer policy
 * means the neutral site is not told where the user came from.
 */
export function installQuickExit(env: QuickExitEnvironment): void {
  const { document } = env;
  const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!link) return;
  if (env.exitUrl) link.href = env.exitUrl;
  const status = document.querySelector<HTMLElement>('[data-quick-exit-status]');
  let shiftState: ShiftState = INITIAL_SHIFT_STATE;
  let leaving = false;
  const options = { capture: true, signal: env.signal };

  const leave = () => {
    // Hide first, in the same task, so the next frame painted is already blank.
    document.documentElement.classList.add(EXITING_CLASS);
    document.body.hidden = true;
    document.title = '';
    if (leaving) return;
    leaving = true;
    env.location.replace(link.href);
  };

  const isOnLink = (target: EventTarget | null) =>
    target instanceof Element && target.closest('a[data-quick-exit]') === link;

  // Pointer-down rather than click: it fires as the finger lands, not when it lifts.
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (event.button === 0 && isOnLink(event.target)) {
        event.preventDefault();
        leave();
      }
    },
    options,
  );
  // Click covers Enter on the focused link and assistive technology that sends only clicks.
  document.addEventListener(
    'click',
    (event) => {
      if (isOnLink(event.target)) {
        event.preventDefault();
        leave();
      }
    },
    options,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if ((event.key === ' ' || event.key === 'Spacebar') && isOnLink(event.target)) {
        // Links do not react to Space by default; this one must, like a button.
        event.preventDefault();
        leave();
        return;
      }
      const result = registerKeyPress(shiftState, {
        key: event.key,
        repeat: event.repeat,
        time: env.now(),
      });
      shiftState = result.state;
      if (result.pressesLeft === 0) {
        leave();
      } else if (status && result.counted) {
        status.textContent = status.getAttribute(`data-presses-left-${result.pressesLeft}`) ?? '';
      }
    },
    options,
  );
  // If a browser ever restores this page from the back-forward cache after we left,
  // keep it hidden and leave again rather than show it.
  env.addWindowListener('pageshow', (event) => {
    if (event.persisted && document.documentElement.classList.contains(EXITING_CLASS)) {
      leaving = false;
      leave();
    }
  });
}
