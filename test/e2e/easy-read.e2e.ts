import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { TIMEOUT, routeOutsideWorld, useAppAndChromium, waitForApp } from './harness';

const app = useAppAndChromium();
let context: BrowserContext;
let noScript: BrowserContext;

/** The easy read pages in content/en/easy-read/, by the slug of the page each simplifies. */
const SIMPLIFIES = readdirSync(resolve(import.meta.dirname, '../../content/en/easy-read'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.replace(/\.md$/, ''));

beforeAll(async () => {
  context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
  noScript = await app.browser.newContext({ javaScriptEnabled: false });
  await routeOutsideWorld(context, app.server.url);
  await routeOutsideWorld(noScript, app.server.url);
});

afterAll(async () => {
  await context?.close();
  await noScript?.close();
});

async function open(path: string, inContext = context): Promise<Page> {
  const page = await inContext.newPage();
  page.setDefaultTimeout(TIMEOUT);
  await page.goto(`${app.server.url}${path}`);
  if (inContext === context) await waitForApp(page);
  return page;
}

describe('easy read', () => {
  it('covers the seven pages people need first, listed at /easy-read/ and linked from home', async () => {
    expect(SIMPLIFIES.sort()).toEqual(
      [
        'cover-your-tracks',
        'domestic-abuse',
        'fgm',
        'forced-marriage',
        'helplines',
        'leaving-and-refuges',
        'rape-and-sexual-assault',
      ].sort(),
    );
    const home = await open('/');
    await home.locator('a[href="/easy-read/"]').click();
    await home.waitForURL(`${app.server.url}/easy-read/`);
    const listed = await home
      .locator('main .card-list a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(listed.sort()).toEqual(SIMPLIFIES.map((slug) => `/easy-read/${slug}/`).sort());
    await home.close();
  });

  it.each(SIMPLIFIES)(
    '%s: a picture on every line, big words, and links both ways',
    async (slug) => {
      const page = await open(`/easy-read/${slug}/`);
      const lines = page.locator('main .prose p');
      const count = await lines.count();
      expect(count).toBeGreaterThanOrEqual(8);
      expect(await page.locator('main .prose p.easy-line').count()).toBe(count);
      expect(
        await page.locator('main .prose p .easy-picture[aria-hidden="true"] svg').count(),
      ).toBe(count);
      // Large text, as easy read asks (the standard pages use 18 px).
      const fontSize = await lines
        .first()
        .evaluate((line) => parseFloat(getComputedStyle(line).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(20);
      const pictureSize = await page
        .locator('main .easy-picture svg')
        .first()
        .evaluate((svg) => svg.getBoundingClientRect().width);
      expect(pictureSize).toBeGreaterThanOrEqual(48);

      // From the easy read to the full page, and back again.
      await page.locator('.easy-read-link a').click();
      await page.waitForURL(`${app.server.url}/${slug}/`);
      await waitForApp(page);
      await page.locator('.easy-read-link a').click();
      await page.waitForURL(`${app.server.url}/easy-read/${slug}/`);
      await page.close();
    },
  );

  it.each(SIMPLIFIES)(
    '%s: numbers shown big, each with a call or text button for that number',
    async (slug) => {
      const page = await open(`/easy-read/${slug}/`);
      const cards = page.locator('.easy-call');
      expect(await cards.count()).toBeGreaterThanOrEqual(2);
      for (const card of await cards.all()) {
        for (const contact of await card.locator('.easy-call-contact').all()) {
          const shown = (await contact.locator('.easy-number').innerText()).replace(/\D/g, '');
          const href = (await contact.locator('a.easy-call-button').getAttribute('href')) ?? '';
          expect(href).toMatch(/^(tel|sms):/);
          expect(href.replace(/^(tel|sms):/, '').replace(/\?.*$/, '')).toBe(shown);
          const size = await contact
            .locator('.easy-number')
            .evaluate((number) => parseFloat(getComputedStyle(number).fontSize));
          expect(size).toBeGreaterThanOrEqual(32);
        }
      }
      await page.close();
    },
  );

  it('works without JavaScript: pictures, words and call buttons are in the page', async () => {
    const page = await open('/easy-read/rape-and-sexual-assault/', noScript);
    expect(await page.locator('main .prose .easy-picture svg').count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('.easy-call a[href^="tel:"]').count()).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('the helplines page links to the easy read "Get help now"', async () => {
    const page = await open('/cy/helplines/');
    expect(await page.locator('.easy-read-link a').getAttribute('href')).toBe(
      '/cy/easy-read/helplines/',
    );
    await page.close();
  });

  it('in Welsh; in Urdu, the English stand-in keeps its left-to-right lines inside the mirrored page', async () => {
    const pictureThenWords = async (page: Page) => {
      const line = page.locator('main p.easy-line').first();
      const [picture, words] = await Promise.all([
        line.locator('.easy-picture').boundingBox(),
        line.locator('.easy-words').boundingBox(),
      ]);
      return picture!.x < words!.x;
    };
    const welsh = await open('/cy/easy-read/domestic-abuse/');
    expect(await welsh.locator('main h1').getAttribute('lang')).toBeNull();
    expect(await welsh.locator('.easy-read-link a').getAttribute('href')).toBe(
      '/cy/domestic-abuse/',
    );
    expect(await pictureThenWords(welsh)).toBe(true);
    await welsh.close();

    const urdu = await open('/ur/easy-read/domestic-abuse/');
    expect(await urdu.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await urdu.locator('main .notice').first().isVisible()).toBe(true);
    expect(await urdu.locator('main .prose').getAttribute('lang')).toBe('en');
    expect(await pictureThenWords(urdu)).toBe(true);
    // The page's own parts still mirror: the back link starts at the right.
    const backLink = await urdu.locator('.back-link a').boundingBox();
    expect(backLink!.x + backLink!.width).toBeGreaterThan(300);
    await urdu.close();
  });
});
