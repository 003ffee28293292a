import { describe, expect, it } from 'vitest';
import {
  EXIT_URL,
  TIMEOUT,
  routeOutsideWorld,
  waitForExitPage,
  useAppAndChromium,
} from './harness';

const app = useAppAndChromium();

describe('with JavaScript turned off', () => {
  it('shows the page, follows links, and the quick exit still leaves with no referrer', async () => {
    const context = await app.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 640 },
    });
    const outside = await routeOutsideWorld(context, app.server.url);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(`${app.server.url}/cy/`);
    expect(await page.locator('h1').textContent()).toBe('Dod o hyd i help, yn ddiogel');
    expect(await page.locator('html').getAttribute('data-hydrated')).toBeNull();

    await page.locator('footer').getByRole('link', { name: 'Llinellau cymorth' }).click();
    await page.waitForURL(`${app.server.url}/cy/helplines/`);
    expect(await page.locator('h1').textContent()).toBe('Llinellau cymorth');
    expect(await page.locator('a[href="tel:08088010800"]').count()).toBe(1);

    const exit = page.locator('a[data-quick-exit]');
    expect(await exit.isVisible()).toBe(true);
    await exit.click();
    await waitForExitPage(page);
    expect(page.url()).toBe(EXIT_URL);
    expect(outside.find((request) => request.url.startsWith(EXIT_URL))?.referer).toBeUndefined();
    await context.close();
  });
});
