import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../src/build/static-server';
import {
  DIST,
  TIMEOUT,
  launchPersistentChromium,
  newProfileDir,
  routeOutsideWorld,
  waitForApp,
} from './harness';

// A copy of dist/ that the test can 'deploy' a new version into while a page is open.
const site = mkdtempSync(join(tmpdir(), 'waymark-site-'));
let server: StaticServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  cpSync(DIST, site, { recursive: true });
  server = await startStaticServer(site, 0);
  context = await launchPersistentChromium(newProfileDir());
  await routeOutsideWorld(context, server.url);
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(TIMEOUT);
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

/** Publishes a corrected helplines page: new words in its title, and a new precache revision. */
function deployCorrection() {
  const file = join(site, 'helplines/index.html');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('<title>Helplines', '<title>Helplines (corrected)'),
  );
  const swFile = join(site, 'sw.js');
  const sw = readFileSync(swFile, 'utf8');
  const updated = sw.replace(
    /"revision":"[^"]+"(,"url":"helplines\/index\.html")/,
    '"revision":"corrected-1"$1',
  );
  expect(updated).not.toBe(sw);
  writeFileSync(swFile, updated);
}

describe('updates', () => {
  it('never reloads an open page, applies on the next page, keeps saved things and old cache entries go', async () => {
    await page.goto(`${server.url}/my-tools/`);
    await waitForApp(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.getByLabel('Name', { exact: true }).fill('Sam');
    await page.getByLabel('Phone number').fill('07700 900123');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect.poll(() => page.locator('.saved-item').count()).toBe(1);
    await page.goto(`${server.url}/`);
    await waitForApp(page);
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    // The user is reading; a new version is published and found.
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    deployCorrection();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await page.locator('.update-note').waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
    ).toBe(true);

    // The next page opened comes from the new version.
    await page.locator('footer').getByRole('link', { name: 'Helplines' }).click();
    await expect.poll(() => page.title()).toContain('Helplines (corrected)');

    // Saved things are still there, and the cache holds only the new copy of the page.
    await page.goto(`${server.url}/my-tools/`);
    await waitForApp(page);
    await expect.poll(() => page.locator('.saved-item').textContent()).toContain('Sam');
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls.filter((url) => new URL(url).pathname === '/helplines/index.html');
    });
    expect(cached).toHaveLength(1);
    expect(cached[0]).toContain('corrected-1');
  });

  it('marks in the language picker which languages open offline, and they do', async () => {
    await page.goto(`${server.url}/pl/`);
    await waitForApp(page);
    await server.close();
    await page.goto(`${server.url}/cy/`);
    await waitForApp(page);
    await page.locator('.language-picker summary').click();
    await expect
      .poll(() =>
        page
          .locator('[data-offline]')
          .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-offline'))),
      )
      .toEqual(['en', 'pl']);
    const polish = await page.goto(`${server.url}/pl/`);
    expect(polish?.fromServiceWorker()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    // With the device offline, a small note says so, and that everything still works.
    await context.setOffline(true);
    await expect.poll(() => page.locator('.offline-indicator').count()).toBe(1);
    expect(await page.locator('.offline-indicator').textContent()).toContain('internetu');
    await context.setOffline(false);
  });
});
