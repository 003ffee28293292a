import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { StaticServer } from '../../src/build/static-server';
import {
  EXIT_URL,
  TIMEOUT,
  builtPagePaths,
  launchChromium,
  routeOutsideWorld,
  startServer,
  waitForApp,
  waitForExitPage,
} from './harness';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('no request leaves the app', () => {
  it('asks only its own origin for anything, on every page, until the quick exit', async () => {
    const context = await browser.newContext();
    const outside = await routeOutsideWorld(context, server.url);
    const appRequests: string[] = [];
    context.on('request', (request) => {
      if (request.url().startsWith(server.url)) appRequests.push(request.url());
    });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    for (const path of builtPagePaths()) {
      await page.goto(`${server.url}${path}`);
      await waitForApp(page);
      // Open anything that can be opened, so lazy resources would show up too.
      for (const details of await page.locator('details').all())
        await details.locator('summary').click();
    }
    expect(outside).toEqual([]);
    expect(appRequests.length).toBeGreaterThan(20);
    // Nothing the app asks for carries a query string: there is nowhere for user data to ride.
    expect(appRequests.filter((url) => new URL(url).search !== '')).toEqual([]);

    await page.locator('a[data-quick-exit]').click();
    await waitForExitPage(page);
    expect(outside).toEqual([{ url: EXIT_URL, referer: undefined, isNavigation: true }]);
    await context.close();
  });
});
