import { describe, expect, it } from 'vitest';
import { parsePath } from '../../src/app/paths';
import {
  EXIT_URL,
  TIMEOUT,
  builtPagePaths,
  routeOutsideWorld,
  waitForApp,
  waitForExitPage,
  useAppAndChromium,
} from './harness';

const app = useAppAndChromium();

describe('no request leaves the app', () => {
  it('asks only its own origin for anything, on every page, until the quick exit', async () => {
    const context = await app.browser.newContext();
    const outside = await routeOutsideWorld(context, app.server.url);
    const appRequests: string[] = [];
    context.on('request', (request) => {
      if (request.url().startsWith(app.server.url)) appRequests.push(request.url());
    });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    // Every English and Welsh page, and in the other languages the home page and one guide.
    const paths = builtPagePaths().filter(
      (path) =>
        ['en', 'cy'].includes(parsePath(path).locale) || /^\/[a-z]{2}\/(stalking\/)?$/.test(path),
    );
    for (const path of paths) {
      await page.goto(`${app.server.url}${path}`);
      await waitForApp(page);
      // Open anything that can be opened, so lazy resources would show up too.
      for (const details of await page.locator('details').all())
        await details.locator(':scope > summary').click();
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
