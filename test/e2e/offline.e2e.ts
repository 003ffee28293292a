import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, CDPSession } from 'playwright-core';
import type { StaticServer } from '../../src/build/static-server';
import { parsePath } from '../../src/app/paths';
import {
  EXIT_URL,
  TIMEOUT,
  builtPagePaths,
  launchPersistentChromium,
  newProfileDir,
  startServer,
  waitForApp,
} from './harness';

let server: StaticServer | undefined;
let context: BrowserContext | undefined;
let appUrl: string;
const profile = newProfileDir();

beforeAll(async () => {
  server = await startServer();
  appUrl = server.url;
  context = await launchPersistentChromium(profile);
  // One visit while online, as a user would make.
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${appUrl}/`);
  await waitForApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Another language is kept once opened: open one Polish page while online.
  await page.goto(`${appUrl}/pl/stalking/`);
  await waitForApp(page);
  // Then the signal goes: the server is stopped, so nothing can come from the network.
  await server.close();
  server = undefined;
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

describe('offline after the first visit', () => {
  it('opens every English and Welsh page from the service worker', async () => {
    const paths = builtPagePaths().filter((path) => ['en', 'cy'].includes(parsePath(path).locale));
    expect(paths).toContain('/cy/helplines/');
    expect(paths.length).toBeGreaterThanOrEqual(10);
    const page = await context!.newPage();
    page.setDefaultTimeout(TIMEOUT);
    for (const path of paths) {
      const response = await page.goto(`${appUrl}${path}`);
      expect(response?.fromServiceWorker(), `${path} came from the service worker`).toBe(true);
      expect(response?.status()).toBe(200);
      await expect.poll(() => page.locator('h1').count()).toBe(1);
      await waitForApp(page);
      expect(await page.locator('a[data-quick-exit]').isVisible()).toBe(true);
    }
    await page.close();
  });

  it('finds help near a postcode with no network: the location data is part of the app', async () => {
    const page = await context!.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(`${appUrl}/cy/near-me/`);
    await waitForApp(page);
    await page.locator('#near-me-input').fill('GL1 1AA');
    await page.locator('.near-me-form button[type=submit]').click();
    await page.locator('.near-me-results .place').first().waitFor();
    expect(await page.locator('[role=alert]').count()).toBe(0);
    await page.close();
  });

  it('keeps a page in another language once it has been opened', async () => {
    const page = await context!.newPage();
    const response = await page.goto(`${appUrl}/pl/stalking/`);
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    await page.close();
  });

  it('shows the not-found page in the right language for a page it does not have', async () => {
    const page = await context!.newPage();
    await page.goto(`${appUrl}/cy/no-such-page/`);
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe("Allwn ni ddim dod o hyd i'r dudalen honno");
    await page.close();
  });

  it('quick exit still leaves with no signal: the app is gone from the screen and the history', async () => {
    const page = await context!.newPage();
    page.setDefaultTimeout(TIMEOUT);
    // With no network the neutral site cannot load; make that failure explicit here.
    await page.route(
      (url) => url.href.startsWith(EXIT_URL),
      (route) => route.abort('internetdisconnected'),
    );
    await page.goto(`${appUrl}/helplines/`);
    await waitForApp(page);
    const cdp = await context!.newCDPSession(page);
    const appEntries = async () => {
      const tabHistory = (await cdp.send('Page.getNavigationHistory')) as {
        entries: { url: string }[];
      };
      return tabHistory.entries.map((entry) => entry.url).filter((url) => url.startsWith(appUrl));
    };
    expect(await appEntries()).toEqual([`${appUrl}/helplines/`]);
    // The navigation fails (the page waits on no response), so do not wait for it to finish.
    await page.locator('a[data-quick-exit]').click({ noWaitAfter: true });
    await expect.poll(appEntries).toEqual([]);
    await page.close();
  });

  it('is installable: a manifest with icons and a service worker that controls the page', async () => {
    const page = await context!.newPage();
    await page.goto(`${appUrl}/`);
    const session: CDPSession = await context!.newCDPSession(page);
    const { installabilityErrors } = (await session.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await session.send('Page.getAppManifest')) as {
      errors: unknown[];
      data?: string;
    };
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}').icons.length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('starts cold with no network: a fresh browser opens the app from the cache', async () => {
    await context!.close();
    context = await launchPersistentChromium(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(TIMEOUT);
    for (const path of ['/', '/cy/helplines/']) {
      const response = await page.goto(`${appUrl}${path}`);
      expect(response?.fromServiceWorker()).toBe(true);
      await waitForApp(page);
      expect(await page.locator('a[data-quick-exit]').isVisible()).toBe(true);
    }
    expect(await page.locator('h1').textContent()).toBe('Llinellau cymorth');
  });
});
