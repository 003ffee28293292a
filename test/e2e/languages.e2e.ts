import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppAndChromium, waitForApp, openIsolatedPage } from './harness';

const app = useAppAndChromium();

async function open(path: string, width = 360): Promise<Page> {
  const { page } = await openIsolatedPage(app.browser, app.server.url, {
    viewport: { width, height: 640 },
  });
  await page.goto(`${app.server.url}${path}`);
  await waitForApp(page);
  return page;
}

describe('languages', () => {
  it.each(['ur', 'ar'])(
    '%s pages run right to left: the quick exit sits on the left, numbers stay left to right',
    async (code) => {
      const page = await open(`/${code}/helplines/`);
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      const exit = await page.locator('a[data-quick-exit]').boundingBox();
      expect(exit && exit.x + exit.width / 2).toBeLessThan(180);
      const siteName = await page.locator('.site-name').boundingBox();
      expect(siteName && siteName.x).toBeGreaterThan(180);
      // A phone number inside right-to-left text still reads 0808 2000 247.
      const number = page
        .locator('[data-service="national-domestic-abuse-helpline"] .contact-button bdi')
        .first();
      expect(await number.getAttribute('dir')).toBe('ltr');
      expect(await number.textContent()).toBe('0808 2000 247');
      expect(await page.locator('a[data-quick-exit]').textContent()).not.toBe(
        'Leave this site now',
      );
      await page.context().close();
    },
  );

  it('left-to-right pages keep the quick exit on the right', async () => {
    const page = await open('/pl/');
    const exit = await page.locator('a[data-quick-exit]').boundingBox();
    expect(exit && exit.x + exit.width / 2).toBeGreaterThan(180);
    await page.context().close();
  });

  it('shows a page not yet translated in English, with a notice in the reader’s language, and keeps links in it', async () => {
    const page = await open('/pl/legal-protection/');
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    expect(await page.locator('h1').getAttribute('lang')).toBe('en');
    const notice = page.locator('.notice').first();
    expect(await notice.textContent()).not.toContain('English');
    const helplinesLink = page.locator('footer a[href$="/helplines/"]').first();
    expect(await helplinesLink.getAttribute('href')).toBe('/pl/helplines/');
    await page.context().close();
  });

  it('says on a machine-drafted page, in its own language, that it has not been checked yet', async () => {
    const page = await open('/cy/stalking/');
    expect(await page.locator('.notice--quiet').textContent()).toContain('Cyfrifiadur');
    await page.context().close();
  });

  it('remembers the language chosen, so the app opens in it next time', async () => {
    const page = await open('/');
    await page.locator('.language-picker summary').click();
    await page.getByRole('link', { name: 'Cymraeg' }).click();
    await page.waitForURL(`${app.server.url}/cy/`);
    await page.goto(`${app.server.url}/`);
    await page.waitForURL(`${app.server.url}/cy/`);
    // A shared link to an English page is still respected.
    await page.goto(`${app.server.url}/helplines/`);
    await waitForApp(page);
    expect(page.url()).toBe(`${app.server.url}/helplines/`);
    await page.context().close();
  });

  it.each([
    ['pa', /Gurmukhi/],
    ['bn', /Bengali/],
    ['gu', /Gujarati/],
    ['ar', /Arabic|Naskh|Kufi|DejaVu/],
    ['ur', /Arabic|Naskh|Nastaliq|Urdu|DejaVu/],
  ])(
    'renders %s text with a font that has its script (no missing glyphs)',
    async (code, family) => {
      const page = await open(`/${code}/`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as {
        root: { nodeId: number };
      };
      const { nodeId } = (await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: 'h1',
      })) as { nodeId: number };
      const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })) as {
        fonts: { familyName: string; glyphCount: number }[];
      };
      const scriptFonts = fonts.filter((font) => family.test(font.familyName));
      expect(scriptFonts.length, JSON.stringify(fonts)).toBeGreaterThan(0);
      await page.context().close();
    },
  );
});
