import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { QuickExit } from '../../../src/features/quick-exit/QuickExit';
import { DEFAULT_EXIT_URL } from '../../../src/features/quick-exit/exit-destination';
import {
  EXITING_CLASS,
  installQuickExit,
} from '../../../src/features/quick-exit/install-quick-exit';
import { TranslateContext } from '../../../src/i18n/use-t';
import { createI18n } from '../../../src/i18n/create-i18n';
import english from '../../../src/i18n/locales/en.json';

let clock = 0;
let replace: Mock<(url: string | URL) => void>;
let pageshow: ((event: PageTransitionEvent) => void) | undefined;
let controller: AbortController;

function setUp() {
  const t = createI18n('en', english).t;
  render(
    <TranslateContext.Provider value={t}>
      <main>Private words</main>
      <QuickExit />
    </TranslateContext.Provider>,
  );
  replace = vi.fn();
  // Listeners go on the shared document: remove them after each test.
  controller = new AbortController();
  installQuickExit({
    signal: controller.signal,
    document,
    location: { replace },
    now: () => clock,
    addWindowListener: (_type, listener) => {
      pageshow = listener;
    },
  });
  return document.querySelector<HTMLAnchorElement>('a[data-quick-exit]')!;
}

beforeEach(() => {
  clock = 0;
  document.documentElement.className = '';
  document.body.hidden = false;
  document.title = 'Waymark';
});

afterEach(() => {
  controller.abort();
  cleanup();
});

function expectLeftOnce() {
  expect(replace).toHaveBeenCalledTimes(1);
  expect(replace).toHaveBeenCalledWith(DEFAULT_EXIT_URL);
  expect(document.body.hidden).toBe(true);
  expect(document.documentElement.classList.contains(EXITING_CLASS)).toBe(true);
  expect(document.title).toBe('');
}

describe('installQuickExit', () => {
  it('renders a plain link to the neutral site, so it works with no script', () => {
    const link = setUp();
    expect(link.getAttribute('href')).toBe(DEFAULT_EXIT_URL);
    expect(link.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(link.textContent).toBe('Leave this site now');
  });

  it('hides the page before it navigates, on pointer-down', () => {
    const link = setUp();
    replace.mockImplementation(() => {
      // At the moment of navigation the page must already be hidden.
      expect(document.body.hidden).toBe(true);
    });
    fireEvent.pointerDown(link, { button: 0 });
    expectLeftOnce();
  });

  it('leaves once when pointer-down is followed by the click', () => {
    const link = setUp();
    fireEvent.pointerDown(link, { button: 0 });
    fireEvent.click(link);
    expectLeftOnce();
  });

  it('leaves on click (Enter on a focused link, or assistive technology)', () => {
    const link = setUp();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expectLeftOnce();
  });

  it('leaves on Space, like a button', () => {
    const link = setUp();
    fireEvent.keyDown(link, { key: ' ' });
    expectLeftOnce();
  });

  it('ignores a right-click press', () => {
    const link = setUp();
    fireEvent.pointerDown(link, { button: 2 });
    expect(replace).not.toHaveBeenCalled();
    expect(document.body.hidden).toBe(false);
  });

  it('leaves when Shift is pressed three times anywhere, and announces the count', () => {
    setUp();
    const status = document.querySelector('[data-quick-exit-status]')!;
    fireEvent.keyDown(document.body, { key: 'Shift' });
    expect(status.textContent).toBe('Press Shift 2 more times to leave this site.');
    clock = 500;
    fireEvent.keyDown(document.body, { key: 'Shift' });
    expect(status.textContent).toBe('Press Shift 1 more time to leave this site.');
    expect(replace).not.toHaveBeenCalled();
    clock = 1000;
    fireEvent.keyDown(document.body, { key: 'Shift' });
    expectLeftOnce();
  });

  it('does not leave when Shift presses are spread out or mixed with typing', () => {
    setUp();
    fireEvent.keyDown(document.body, { key: 'Shift' });
    fireEvent.keyDown(document.body, { key: 'A' });
    fireEvent.keyDown(document.body, { key: 'Shift' });
    clock = 10_000;
    fireEvent.keyDown(document.body, { key: 'Shift' });
    expect(replace).not.toHaveBeenCalled();
  });

  it('leaves again if the page is ever restored from the back-forward cache', () => {
    const link = setUp();
    fireEvent.click(link);
    expect(pageshow).toBeDefined();
    pageshow?.({ persisted: true } as PageTransitionEvent);
    expect(replace).toHaveBeenCalledTimes(2);
    expect(document.body.hidden).toBe(true);
  });
});
