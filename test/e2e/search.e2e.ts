import { describe, expect, it } from 'vitest';
import { TIMEOUT, routeOutsideWorld, useAppAndChromium, waitForApp } from './harness';

const app = useAppAndChromium();

describe('search on the device', () => {
  it('finds pages as you type, and what is typed goes into no request and no URL', async () => {
    const context = await app.browser.newContext();
    const outside = await routeOutsideWorld(context, app.server.url);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(`${app.server.url}/search/`);
    await waitForApp(page);
    const historyBefore = await page.evaluate(() => history.length);

    const secret = 'forcd mariage';
    await page.getByLabel('What are you looking for?').fill(secret);
    const firstResult = page.locator('.search-results + .card-list .card-title').first();
    await expect
      .poll(() => firstResult.textContent(), { timeout: TIMEOUT })
      .toBe('Forced marriage');

    expect(page.url()).toBe(`${app.server.url}/search/`);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    const leaked = requests.filter((url) => /forc|mariage/i.test(decodeURIComponent(url)));
    expect(leaked).toEqual([]);
    expect(requests).toContain(`${app.server.url}/search/en.json`);
    expect(outside).toEqual([]);
    expect(await page.getByLabel('What are you looking for?').getAttribute('autocomplete')).toBe(
      'off',
    );
    await context.close();
  });

  it('lists every page when JavaScript is off, so search is never a dead end', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${app.server.url}/cy/search/`);
    expect(await page.locator('.search-box').isVisible()).toBe(false);
    expect(await page.locator('.card').count()).toBeGreaterThan(15);
    await context.close();
  });
});
