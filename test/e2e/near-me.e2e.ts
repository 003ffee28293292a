import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TIMEOUT, openIsolatedPage, useAppAndChromium, waitForApp } from './harness';

const app = useAppAndChromium();
const INPUT = 'Postcode or town';

async function openNearMe(page: Page, path = '/near-me/') {
  await page.goto(`${app.server.url}${path}`);
  await waitForApp(page);
}

const placeNames = (page: Page, kind: string) =>
  page.locator(`#kind-${kind} ~ .place-list .place h4`).allInnerTexts();

describe(
  'find help near you',
  () => {
    it('finds the nearest SARC by postcode, and nothing typed leaves the page', async () => {
      const { context, page, outside } = await openIsolatedPage(app.browser, app.server.url);
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      await openNearMe(page);
      const historyBefore = await page.evaluate(() => history.length);

      await page.getByLabel(INPUT).fill('gl1 1aa');
      await page.getByRole('button', { name: 'Find help' }).click();
      const heading = page.getByRole('heading', { name: /Help near GL1 1AA/ });
      await heading.waitFor();
      // Focus moves to the results so a screen reader hears them.
      expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
      const sarcs = await placeNames(page, 'sarc');
      expect(sarcs[0]).toMatch(/1\s+Hope House/);
      const first = page.locator('.place').first();
      expect(await first.locator('.place-distance').innerText()).toMatch(
        /About 1 mile away · Covers your area/,
      );
      expect(
        await first.getByRole('link', { name: /Call 0300 421 8400/ }).getAttribute('href'),
      ).toBe('tel:03004218400');
      // The map shows one numbered dot per place listed, and where the search was.
      const listed = await page.locator('.near-me-results .place').count();
      expect(await page.locator('.near-me-map .map-dot').count()).toBe(listed);
      expect(await page.locator('.near-me-map .map-here').count()).toBe(1);

      expect(page.url()).toBe(`${app.server.url}/near-me/`);
      expect(await page.evaluate(() => history.length)).toBe(historyBefore);
      expect(requests.filter((url) => /gl1|1aa/i.test(url))).toEqual([]);
      expect(requests.every((url) => url.startsWith(app.server.url))).toBe(true);
      expect(requests).toContain(`${app.server.url}/geo/uk.json`);
      expect(outside).toEqual([]);
      expect(
        await page.evaluate(async () => ({
          local: Object.keys(localStorage).filter((key) => key !== 'waymark-language'),
          session: sessionStorage.length,
          databases: (await indexedDB.databases()).map((db) => db.name),
        })),
      ).toEqual({ local: [], session: 0, databases: [] });
      await context.close();
    });

    it('suggests towns as you type, and asks which one when a name repeats', async () => {
      const { context, page } = await openIsolatedPage(app.browser, app.server.url);
      await openNearMe(page);
      await page.getByLabel(INPUT).pressSequentially('Glouc');
      await page.getByRole('button', { name: 'Gloucester, England' }).click();
      await page.getByRole('heading', { name: /Help near Gloucester/ }).waitFor();
      expect((await placeNames(page, 'sarc'))[0]).toMatch(/Hope House/);

      await page.getByLabel(INPUT).fill('Newport');
      await page.getByRole('button', { name: 'Find help' }).click();
      await page
        .getByRole('heading', { name: 'There is more than one place with that name. Which one?' })
        .waitFor();
      const choices = page.locator('#choose-town ~ .card-list button');
      expect(await choices.count()).toBeGreaterThan(2);
      await page
        .getByRole('button', { name: /^Newport, Wales/ })
        .first()
        .click();
      await page.getByRole('heading', { name: /Help near Newport/ }).waitFor();
      await context.close();
    });

    it('uses the device location only when asked, and explains a refusal', async () => {
      const { context, page, outside } = await openIsolatedPage(app.browser, app.server.url, {
        geolocation: { latitude: 53.4794, longitude: -2.2453 },
        permissions: ['geolocation'],
      });
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      await openNearMe(page);
      await page.getByRole('button', { name: 'Use my location' }).click();
      await page.getByRole('heading', { name: /Help near M\d/ }).waitFor();
      expect((await placeNames(page, 'sarc'))[0]).toMatch(/Saint Mary's/);
      expect(requests.filter((url) => /53\.4|2\.24/.test(url))).toEqual([]);
      expect(requests.every((url) => url.startsWith(app.server.url))).toBe(true);
      expect(outside).toEqual([]);
      await context.close();

      const refused = await openIsolatedPage(app.browser, app.server.url, { permissions: [] });
      await openNearMe(refused.page);
      await refused.page.getByLabel(INPUT).fill('my street');
      await refused.page.getByRole('button', { name: 'Use my location' }).click();
      await refused.page
        .getByRole('alert')
        .getByText(/did not share your location/)
        .waitFor();
      expect(await refused.page.getByLabel(INPUT).inputValue()).toBe('my street');
      await refused.context.close();
    });

    it.each([
      ['an empty field', '', /Please type a postcode/],
      ['a made-up postcode', 'ZZ99 9ZZ', /do not recognise that postcode/],
      ['a word that is no place', 'hello', /could not find that place/],
      ['emoji', '🏠🏠', /could not find that place/],
      ['500 characters', 'x'.repeat(500), /could not find that place/],
      ['a PO box postcode', 'BX1 1LT', /business or a PO box/],
      ['a Northern Ireland postcode', 'BT1 1AA', /Northern Ireland/],
      ['a Jersey postcode', 'JE2 3AB', /Channel Islands or the Isle of Man/],
    ])('explains %s and keeps what was typed', async (_label, typed, message) => {
      const { context, page } = await openIsolatedPage(app.browser, app.server.url);
      await openNearMe(page);
      const input = page.getByLabel(INPUT);
      await input.fill(typed);
      await page.getByRole('button', { name: 'Find help' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(message);
      expect(await input.inputValue()).toBe(typed);
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('.near-me-results').count()).toBe(0);
      if (typed.startsWith('BT')) {
        // Pointed to Northern Ireland's own helpline rather than left with nothing.
        await page
          .locator('[data-service="northern-ireland-domestic-sexual-abuse-helpline"]')
          .waitFor();
      }
      await context.close();
    });

    it('speaks Welsh, and points Scottish postcodes to Scottish helplines', async () => {
      const { context, page } = await openIsolatedPage(app.browser, app.server.url);
      await openNearMe(page, '/cy/near-me/');
      expect(await page.locator('html').getAttribute('lang')).toBe('cy');
      // Place names work in Welsh too.
      await page.locator('#near-me-input').fill('Caerdydd');
      await page.locator('.near-me-form button[type=submit]').click();
      await page
        .locator('#near-me-results')
        .getByText(/Caerdydd/)
        .waitFor();
      await page.locator('#near-me-input').fill('EH1 1YZ');
      await page.locator('.near-me-form button[type=submit]').click();
      await page.locator('#near-me-results').waitFor();
      expect(await page.locator('.near-me-results .notice').first().innerText()).not.toBe('');
      expect(await page.locator('[data-service="rape-crisis-scotland"]').count()).toBe(1);
      await context.close();
    });

    it('explains the refuge route, and lists every place without JavaScript', async () => {
      const { context, page } = await openIsolatedPage(app.browser, app.server.url, {
        javaScriptEnabled: false,
      });
      await page.goto(`${app.server.url}/near-me/`);
      expect(await page.locator('.near-me-form').isVisible()).toBe(false);
      await page.getByText(/^See all \d+ places we list$/).click();
      expect(await page.locator('.all-places .place').count()).toBeGreaterThan(10);
      expect(await page.getByRole('heading', { name: 'Looking for a refuge?' }).count()).toBe(1);
      expect(await page.locator('.refuge-route [data-service]').count()).toBe(2);
      await context.close();
    });

    it.each([
      ['en', 'light'],
      ['ur', 'dark'],
    ] as const)(
      'has no axe violations with results showing (%s, %s mode)',
      async (locale, colorScheme) => {
        const { context, page } = await openIsolatedPage(app.browser, app.server.url, {
          colorScheme,
        });
        await openNearMe(page, locale === 'en' ? '/near-me/' : `/${locale}/near-me/`);
        await page.locator('#near-me-input').fill('SE15');
        await page.locator('.near-me-form button[type=submit]').click();
        await page.locator('.near-me-results .place').first().waitFor();
        await page.locator('.all-places > summary').click();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual(
          [],
        );
        await context.close();
      },
    );
  },
  TIMEOUT * 6,
);
