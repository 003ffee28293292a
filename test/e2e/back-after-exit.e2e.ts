import { describe, expect, it } from 'vitest';
import {
  BEFORE_URL,
  EXIT_URL,
  TIMEOUT,
  waitForApp,
  waitForExitPage,
  useAppAndChromium,
  openIsolatedPage,
} from './harness';

const app = useAppAndChromium();

describe('Back after the quick exit', () => {
  it('never shows the app, after visiting several pages of it first', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url, {
      viewport: { width: 360, height: 640 },
    });

    // The user was somewhere else first, then opened Waymark and read three more pages.
    await page.goto(BEFORE_URL);
    await page.goto(`${app.server.url}/`);
    await waitForApp(page);
    const startLength = await page.evaluate(() => history.length);
    for (const name of ['Helplines', 'Cover your tracks', 'About and privacy']) {
      await page.locator('footer').getByRole('link', { name }).click();
      await page.waitForURL((url) => url.pathname !== '/' && url.href.startsWith(app.server.url));
      await waitForApp(page);
    }
    expect(page.url()).toBe(`${app.server.url}/about/`);
    // In-app links replaced the one entry instead of adding three.
    expect(await page.evaluate(() => history.length)).toBe(startLength);

    await page.locator('a[data-quick-exit]').click();
    await waitForExitPage(page);

    // Back goes to where the user was before Waymark, and shows that page.
    await page.goBack({ timeout: TIMEOUT });
    expect(page.url()).toBe(BEFORE_URL);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Search results');
    // Nothing in the tab's whole history is a page of the app.
    const cdp = await context.newCDPSession(page);
    const tabHistory = (await cdp.send('Page.getNavigationHistory')) as {
      entries: { url: string }[];
    };
    expect(tabHistory.entries.map((entry) => entry.url)).toEqual([
      'about:blank',
      BEFORE_URL,
      EXIT_URL,
    ]);
    await context.close();
  });

  it('skip link and the language switch add no history entries either', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url);
    await page.goto(BEFORE_URL);
    await page.goto(`${app.server.url}/helplines/`);
    await waitForApp(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(new URL(page.url()).hash).toBe('');
    await page.locator('.language-picker summary').click();
    await page.getByRole('link', { name: 'Cymraeg' }).click();
    await page.waitForURL(`${app.server.url}/cy/helplines/`);
    await waitForApp(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await waitForExitPage(page);
    await page.goBack({ timeout: TIMEOUT });
    expect(page.url()).toBe(BEFORE_URL);
    await context.close();
  });
});
