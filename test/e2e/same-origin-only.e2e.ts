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
  walkInTwoTabs,
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
    // Every English and Welsh page, and in the other languages the home page and one guide.
    const paths = builtPagePaths().filter(
      (path) =>
        ['en', 'cy'].includes(parsePath(path).locale) || /^\/[a-z]{2}\/(stalking\/)?$/.test(path),
    );
    await walkInTwoTabs(context, paths, async (page, path) => {
      await page.goto(`${app.server.url}${path}`);
      await waitForApp(page);
      // Open anything that can be opened, so lazy resources would show up too.
      for (const details of await page.locator('details').all())
        await details.locator(':scope > summary').click();
    });
    expect(outside).toEqual([]);
    expect(appRequests.length).toBeGreaterThan(20);
    // Nothing the app asks for carries a query string: there is nowhere for user data to ride.
    expect(appRequests.filter((url) => new URL(url).search !== '')).toEqual([]);

    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(`${app.server.url}/`);
    await waitForApp(page);
    await page.locator('a[data-quick-exit]').click();
    await waitForExitPage(page);
    expect(outside).toEqual([{ url: EXIT_URL, referer: undefined, isNavigation: true }]);
    await context.close();
  });

  it('asks only its own origin on every page of every other language too', async () => {
    const context = await app.browser.newContext();
    const outside = await routeOutsideWorld(context, app.server.url);
    const withQuery: string[] = [];
    context.on('request', (request) => {
      if (new URL(request.url()).search !== '') withQuery.push(request.url());
    });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const paths = builtPagePaths().filter((path) => !['en', 'cy'].includes(parsePath(path).locale));
    expect(paths.length).toBeGreaterThan(400);
    for (const path of paths) {
      await page.goto(`${app.server.url}${path}`, { waitUntil: 'load' });
    }
    expect(outside).toEqual([]);
    expect(withQuery).toEqual([]);
    await context.close();
  }, 600_000);

  it('sends nothing anyone types or where they are: search, near me, checks, private tools', async () => {
    const context = await app.browser.newContext({
      geolocation: { latitude: 51.4816, longitude: -3.1791 },
      permissions: ['geolocation'],
    });
    const outside = await routeOutsideWorld(context, app.server.url);
    const requests: { url: string; body: string | null }[] = [];
    context.on('request', (request) =>
      requests.push({ url: request.url(), body: request.postData() }),
    );
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    const secrets = [
      'forcd mariage',
      'CF10 1AA',
      'Gloucester',
      'Auntie Rose',
      'He took my keys again',
    ];

    await page.goto(`${app.server.url}/search/`);
    await waitForApp(page);
    await page.locator('#search-input').fill(secrets[0]!);
    await page.locator('.search-results + .card-list').waitFor();

    await page.goto(`${app.server.url}/near-me/`);
    await waitForApp(page);
    for (const typed of [secrets[1]!, secrets[2]!]) {
      await page.locator('#near-me-input').fill(typed);
      await page.locator('.near-me-form button[type=submit]').click();
      await page.locator('.near-me-results .place').first().waitFor();
    }
    await page.locator('.near-me-form button.secondary-button').click();
    await page.locator('#near-me-results').getByText(/CF\d/).waitFor();

    await page.goto(`${app.server.url}/is-this-ok/`);
    await waitForApp(page);
    await page.locator('fieldset.check-question input[value="yes"]').first().check();
    await page.locator('.check-form .primary-button').click();
    await page.locator('.check-result').waitFor();

    await page.goto(`${app.server.url}/my-tools/`);
    await waitForApp(page);
    await page.getByLabel('Name', { exact: true }).fill(secrets[3]!);
    await page.getByLabel('Phone number').fill('07700 900123');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('button', { name: 'My log' }).click();
    await page.getByLabel('What happened?').fill(secrets[4]!);
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.locator('.log-entry').first().waitFor();

    await page.locator('a[data-quick-exit]').click();
    await waitForExitPage(page);

    const carrying = requests.filter(
      ({ url, body }) =>
        secrets.some((secret) => {
          const words = [secret, secret.replace(/\s/g, ''), encodeURIComponent(secret)];
          const seen = `${decodeURIComponent(url)} ${body ?? ''}`.toLowerCase();
          return words.some((word) => seen.includes(word.toLowerCase()));
        }) || /51\.48|3\.17/.test(url),
    );
    expect(carrying).toEqual([]);
    expect(requests.filter(({ body }) => body !== null)).toEqual([]);
    expect(outside.map((request) => request.url)).toEqual([EXIT_URL]);
    await context.close();
  });
});
