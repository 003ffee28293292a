import { describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import {
  TIMEOUT,
  launchPersistentChromium,
  newProfileDir,
  routeOutsideWorld,
  useAppAndChromium,
  waitForApp,
  openIsolatedPage,
} from './harness';

const app = useAppAndChromium();

async function openSettings() {
  const { page } = await openIsolatedPage(app.browser, app.server.url);
  await page.goto(`${app.server.url}/settings/`);
  await waitForApp(page);
  return page;
}

describe('settings', () => {
  it('sends the quick exit where the user chose, on every page', async () => {
    const page = await openSettings();
    await page.getByLabel('BBC News').check();
    await page.goto(`${app.server.url}/helplines/`);
    await waitForApp(page);
    expect(await page.locator('a[data-quick-exit]').getAttribute('href')).toBe(
      'https://www.bbc.co.uk/news',
    );
    await page.locator('a[data-quick-exit]').click();
    await page.waitForURL('https://www.bbc.co.uk/news');

    await page.goto(`${app.server.url}/settings/`);
    await waitForApp(page);
    await page.getByLabel('A blank page').check();
    await page.goto(`${app.server.url}/`);
    await waitForApp(page);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL('about:blank');
    await page.context().close();
  });

  it('makes the text larger everywhere, and can stop remembering the language', async () => {
    const page = await openSettings();
    await page.getByLabel('Larger').check();
    await page.getByLabel('Do not remember my language on this device').check();
    await page.goto(`${app.server.url}/helplines/`);
    await waitForApp(page);
    expect(await page.locator('html').getAttribute('class')).toContain('text-larger');
    const size = await page.evaluate(() => getComputedStyle(document.body).fontSize);
    expect(parseFloat(size)).toBeGreaterThan(20);
    await page.locator('.language-picker summary').click();
    await page.getByRole('link', { name: 'Cymraeg' }).click();
    await page.waitForURL(`${app.server.url}/cy/helplines/`);
    await page.goto(`${app.server.url}/`);
    await waitForApp(page);
    expect(page.url()).toBe(`${app.server.url}/`);
    expect(await page.locator('main').textContent()).toMatch(
      /Waymark uses about|does not say|Find help/,
    );
    await page.context().close();
  });

  it('disguises the app before install: neutral manifest, icon and title, still installable', async () => {
    const context = await launchPersistentChromium(newProfileDir());
    await routeOutsideWorld(context, app.server.url);
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(`${app.server.url}/settings/`);
    await waitForApp(page);
    await page.getByLabel('Notes').check();
    await page.goto(`${app.server.url}/`);
    await waitForApp(page);
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe(
      '/manifest-notes.webmanifest',
    );
    expect(await page.locator('link[rel="icon"]').getAttribute('href')).toBe('/icons/notes.svg');
    expect(await page.title()).toBe('Notes');
    const cdp: CDPSession = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      data?: string;
      errors: unknown[];
    };
    expect(manifest.url).toContain('/manifest-notes.webmanifest');
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}') as {
      name: string;
      description?: string;
      icons: { src: string }[];
    };
    expect(data.name).toBe('Notes');
    expect(data.description).toBeUndefined();
    expect(data.icons.every((icon) => icon.src.startsWith('/icons/notes-'))).toBe(true);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await waitForApp(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: unknown[];
    };
    expect(installabilityErrors).toEqual([]);
    await context.close();
  });
});
