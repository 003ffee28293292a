import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { parsePath } from '../../src/app/paths';
import { LOCALES, getLocale } from '../../src/i18n/locales';
import {
  builtPagePaths,
  routeOutsideWorld,
  useAppAndChromium,
  waitForApp,
  walkInTwoTabs,
} from './harness';

const app = useAppAndChromium();
let context: BrowserContext;

beforeAll(async () => {
  context = await app.browser.newContext();
  await routeOutsideWorld(context, app.server.url);
  // Report any Content Security Policy violation as a problem, with what was blocked.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});

afterAll(async () => {
  await context?.close();
});

describe('every prerendered page', () => {
  it.each(LOCALES.map(({ code }) => code))(
    'in %s: has its language, direction, a title and one heading, and hydrates without errors',
    async (code) => {
      const problems: string[] = [];
      const listen = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning')
            problems.push(`${page.url()}: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
      };
      const paths = builtPagePaths().filter((candidate) => parsePath(candidate).locale === code);
      await walkInTwoTabs(
        context,
        paths,
        async (page, path) => {
          const response = await page.goto(`${app.server.url}${path}`);
          expect(response?.status()).toBe(200);
          expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
          await waitForApp(page);
          const { locale } = parsePath(path);
          expect(await page.locator('html').getAttribute('lang'), path).toBe(locale);
          expect(await page.locator('html').getAttribute('dir'), path).toBe(getLocale(locale).dir);
          expect((await page.title()).length, path).toBeGreaterThan(3);
          expect(await page.locator('h1').count(), path).toBe(1);
        },
        listen,
      );
      expect(problems).toEqual([]);
    },
  );

  it('answers an unknown address with a 404 page that still has the quick exit', async () => {
    const page = await context.newPage();
    for (const [path, heading] of [
      ['/no-such-page/', 'We cannot find that page'],
      ['/cy/dim-tudalen/', "Allwn ni ddim dod o hyd i'r dudalen honno"],
    ]) {
      const response = await page.goto(`${app.server.url}${path}`);
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toBe(heading);
      expect(await page.locator('a[data-quick-exit]').isVisible()).toBe(true);
    }
    await page.close();
  });
});
