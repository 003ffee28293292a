import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  EXIT_URL,
  TIMEOUT,
  routeOutsideWorld,
  useAppAndChromium,
  waitForApp,
  waitForExitPage,
  type OutsideRequest,
} from './harness';

const app = useAppAndChromium();
let context: BrowserContext;
let page: Page;
let outside: OutsideRequest[];
/** What the page looked like at the instant the exit navigation started. */
let atNavigation: { bodyVisibility: string; bodyHidden: boolean; destination: string }[];

beforeEach(async () => {
  context = await app.browser.newContext({ viewport: { width: 360, height: 640 } });
  outside = await routeOutsideWorld(context, app.server.url);
  atNavigation = [];
  await context.exposeFunction('__recordNavigation', (state: (typeof atNavigation)[number]) => {
    atNavigation.push(state);
  });
  // The Navigation API's navigate event fires synchronously when a navigation starts,
  // so this sees the page exactly as it was when the browser began to leave.
  await context.addInitScript(() => {
    const nav = (window as unknown as { navigation?: EventTarget }).navigation;
    nav?.addEventListener('navigate', (event) => {
      const record = (window as unknown as { __recordNavigation: (state: unknown) => void })
        .__recordNavigation;
      record({
        bodyVisibility: getComputedStyle(document.body).visibility,
        bodyHidden: document.body.hidden,
        destination: (event as unknown as { destination: { url: string } }).destination.url,
      });
    });
  });
  page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
});

afterEach(async () => {
  await context?.close();
});

async function openApp(path = '/') {
  await page.goto(`${app.server.url}${path}`);
  await waitForApp(page);
}

function expectLeftCleanly() {
  expect(page.url()).toBe(EXIT_URL);
  const exit = atNavigation.find((state) => state.destination.startsWith(EXIT_URL));
  expect(exit, 'a navigation to the exit site started').toBeDefined();
  expect(exit?.bodyHidden).toBe(true);
  expect(exit?.bodyVisibility).toBe('hidden');
  const request = outside.find((r) => r.url.startsWith(EXIT_URL));
  expect(request?.referer).toBeUndefined();
}

describe('quick exit', () => {
  it('leaves on a tap, hiding the page before the navigation, with no referrer', async () => {
    await openApp('/helplines/');
    await page.locator('a[data-quick-exit]').click();
    await waitForExitPage(page);
    expectLeftCleanly();
  });

  it('leaves on Enter and on Space when focused from the keyboard', async () => {
    for (const key of ['Enter', 'Space']) {
      await openApp('/cy/');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() =>
        document.activeElement?.hasAttribute('data-quick-exit'),
      );
      expect(focused, 'quick exit is the first stop after the skip link').toBe(true);
      await page.keyboard.press(key);
      await waitForExitPage(page);
      expectLeftCleanly();
      atNavigation = [];
      outside.length = 0;
    }
  });

  it('leaves when Shift is pressed three times anywhere on the page', async () => {
    await openApp('/domestic-abuse/');
    await page.locator('h1').click();
    await page.keyboard.press('Shift');
    await expect
      .poll(() => page.locator('[data-quick-exit-status]').textContent())
      .toBe('Press Shift 2 more times to leave this site.');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await waitForExitPage(page);
    expectLeftCleanly();
  });

  it('does not leave when Shift is used to type capital letters', async () => {
    await openApp('/');
    await page.locator('h1').click();
    await page.keyboard.type('Hello World From Here');
    await page.keyboard.press('Shift');
    expect(page.url()).toBe(`${app.server.url}/`);
    expect(atNavigation).toEqual([]);
  });

  it('stays visible, uncovered and at least 44×44 at every scroll position on a phone', async () => {
    await openApp('/cover-your-tracks/');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, 'the page is long enough to scroll').toBeGreaterThan(1500);
    for (let y = 0; y <= height; y += 300) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      const check = await page.evaluate(() => {
        const link = document.querySelector('a[data-quick-exit]')!;
        const box = link.getBoundingClientRect();
        const onTop = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return {
          box: {
            top: box.top,
            bottom: box.bottom,
            left: box.left,
            right: box.right,
            width: box.width,
            height: box.height,
          },
          uncovered: onTop === link || link.contains(onTop),
          scrollY: window.scrollY,
        };
      });
      expect(check.uncovered, `uncovered at scrollY ${check.scrollY}`).toBe(true);
      expect(check.box.top).toBeGreaterThanOrEqual(0);
      expect(check.box.bottom).toBeLessThanOrEqual(640);
      expect(check.box.left).toBeGreaterThanOrEqual(0);
      expect(check.box.right).toBeLessThanOrEqual(360);
      expect(check.box.width).toBeGreaterThanOrEqual(44);
      expect(check.box.height).toBeGreaterThanOrEqual(44);
    }
  });

  it('stays visible at the top of a desktop window after scrolling', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp('/cy/cover-your-tracks/');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const box = await page.locator('a[data-quick-exit]').boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 800).toBe(true);
    expect(box && box.height >= 44 && box.width >= 44).toBe(true);
  });
});
