import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openIsolatedPage, useAppAndChromium, waitForApp } from './harness';

const app = useAppAndChromium();

/** Routes that cover every kind of page, including ones with results or panels open. */
const ROUTES = [
  '/',
  '/helplines/',
  '/domestic-abuse/',
  '/search/',
  '/near-me/',
  '/my-tools/',
  '/settings/',
  '/help/me/',
  '/help/me-sexual-recent/',
  '/is-this-ok/',
  '/show/#fgm',
  '/referral-routes/',
  '/ur/',
  '/ur/helplines/',
  '/cy/forced-marriage/',
];

/** The focused element and whether it shows a focus indicator (outline or ring). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { text: '', visible: false, tag: 'body' };
    const style = getComputedStyle(element);
    const visible =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
      style.boxShadow !== 'none';
    // A radio button or checkbox is named by its label.
    const label = (element as HTMLInputElement).labels?.[0]?.innerText;
    const text = label ?? (element.innerText || element.getAttribute('aria-label') || '');
    return { text: text.trim(), visible, tag: element.tagName };
  });

/** Presses Tab until the named link or button has focus (never more than `limit` times). */
async function tabTo(page: Page, text: string, limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.visible, `focus on ${now.tag} "${now.text}" is visible`).toBe(true);
    if (now.text === text) return;
  }
  throw new Error(`"${text}" was not reached with the keyboard`);
}

describe('keyboard, zoom and motion', () => {
  it('reaches help from the home page with the keyboard alone, with focus always visible', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url);
    await page.goto(`${app.server.url}/`);
    await waitForApp(page);
    // The skip link comes first, then the quick exit.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to main content');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Leave this site now');
    for (const step of [
      'I need help for myself',
      'My partner or ex hurts, scares or controls me',
      '18 or over',
    ]) {
      await tabTo(page, step);
      await page.keyboard.press('Enter');
      await waitForApp(page);
    }
    expect(new URL(page.url()).pathname).toBe('/help/me-partner-adult/');
    await tabTo(page, 'Call 0808 2000 247');
    await context.close();
  });

  it('answers an "Is this OK?" check and finds a place near a postcode with the keyboard alone', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url);
    await page.goto(`${app.server.url}/is-this-ok/`);
    await waitForApp(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // Radio groups: Tab into the first question, arrows move between its answers.
    await tabTo(page, 'Yes');
    await page.keyboard.press('Space');
    await tabTo(page, 'See what my answers might mean');
    await page.keyboard.press('Enter');
    await page.locator('.check-result').waitFor();

    await page.goto(`${app.server.url}/near-me/`);
    await waitForApp(page);
    await page.locator('#near-me-input').focus();
    await page.keyboard.type('GL1 1AA');
    await page.keyboard.press('Enter');
    await page.locator('.near-me-results .place').first().waitFor();
    await context.close();
  });

  it.each([320, 640])(
    'needs no sideways scrolling at %i CSS pixels wide (320 for reflow; 640 is a laptop at 200 per cent zoom)',
    async (width) => {
      const { context, page } = await openIsolatedPage(app.browser, app.server.url, {
        viewport: { width, height: 800 },
      });
      const tooWide: string[] = [];
      for (const route of ROUTES) {
        await page.goto(`${app.server.url}${route}`);
        await waitForApp(page);
        if (route === '/near-me/') {
          await page.locator('#near-me-input').fill('SE15');
          await page.locator('.near-me-form button[type=submit]').click();
          await page.locator('.near-me-results .place').first().waitFor();
        }
        if (route.startsWith('/show/')) {
          await page.getByRole('button', { name: 'اردو' }).click();
          await page.locator('.show-column article[lang="ur"]').waitFor();
        }
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (overflow > 0) tooWide.push(`${route} by ${overflow}px`);
      }
      expect(tooWide).toEqual([]);
      await context.close();
    },
  );

  it('respects a request for reduced motion', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url, {
      reducedMotion: 'reduce',
    });
    await page.goto(`${app.server.url}/`);
    await waitForApp(page);
    const motion = await page.evaluate(
      () =>
        [...document.querySelectorAll('body *')].filter((element) => {
          const style = getComputedStyle(element);
          return (
            parseFloat(style.transitionDuration) > 0 ||
            style.animationName !== 'none' ||
            style.scrollBehavior === 'smooth'
          );
        }).length,
    );
    expect(motion).toBe(0);
    await context.close();
  });
});
