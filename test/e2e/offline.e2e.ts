import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, CDPSession } from 'playwright-core';
import type { StaticServer } from '../../src/build/static-server';
import {
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
  // Then the signal goes: the server is stopped, so nothing can come from the network.
  await server.close();
  server = undefined;
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

describe('offline after the first visit', () => {
  it('opens every prerendered page, in every language, from the service worker', async () => {
    const paths = builtPagePaths();
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

  it('shows the not-found page in the right language for a page it does not have', async () => {
    const page = await context!.newPage();
    await page.goto(`${appUrl}/cy/no-such-page/`);
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe("Allwn ni ddim dod o hyd i'r dudalen honno");
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
