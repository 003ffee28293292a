import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openIsolatedPage, useAppAndChromium, waitForApp } from './harness';

const app = useAppAndChromium();

/**
 * Real situations and the taps a person would make from the home page: each must reach the
 * right guide and show the right number within three taps.
 */
const SITUATIONS: {
  situation: string;
  taps: string[];
  page: string;
  number: string;
}[] = [
  {
    situation: 'my boyfriend checks my phone, I am 15',
    taps: ['I need help for myself', 'My partner or ex hurts, scares or controls me', 'Under 18'],
    page: '/teen-relationships/',
    number: '0800 1111',
  },
  {
    situation: 'my sister is being taken abroad to marry',
    taps: ["I'm worried about someone", 'They may be made to marry, or taken abroad'],
    page: '/forced-marriage/',
    number: '020 7008 0151',
  },
  {
    situation: 'I was raped last night',
    taps: [
      'I need help for myself',
      'Someone raped me or touched me sexually without my consent',
      'In the last few days',
    ],
    page: '/rape-and-sexual-assault/',
    number: '0808 500 2222',
  },
  {
    situation: 'a patient has had FGM',
    taps: [
      'I work with people who may need help',
      'A patient or client has had FGM, or may be at risk',
    ],
    page: '/referral-routes/',
    number: '101',
  },
  {
    situation: 'my ex keeps turning up outside my work',
    taps: ['I need help for myself', 'Someone keeps following, watching or contacting me'],
    page: '/stalking/',
    number: '0808 802 0300',
  },
  {
    situation: 'I can hear my neighbour being hurt right now',
    taps: ["I'm worried about someone", 'I can see or hear abuse happening now'],
    page: '/helping-someone/',
    number: '999',
  },
  {
    situation: 'my husband controls all our money and I am scared of him',
    taps: ['I need help for myself', 'My partner or ex hurts, scares or controls me', '18 or over'],
    page: '/domestic-abuse/',
    number: '0808 2000 247',
  },
  {
    situation: 'someone put my nudes online',
    taps: ['I need help for myself', 'Someone shared or threatens to share sexual pictures of me'],
    page: '/sexual-harassment-and-image-abuse/',
    number: '0345 6000 459',
  },
];

async function tap(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).click();
  await waitForApp(page);
}

describe('three ways in: from the home page to the right page and number', () => {
  it('asks one question on the home page, with three answers', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url);
    await page.goto(`${app.server.url}/`);
    await waitForApp(page);
    const ways = page.locator('.ways-in a');
    expect(await page.getByRole('heading', { name: 'Who do you need help for?' }).count()).toBe(1);
    expect(await ways.allInnerTexts()).toEqual([
      'I need help for myself',
      "I'm worried about someone",
      'I work with people who may need help',
    ]);
    await context.close();
  });

  it.each(SITUATIONS)(
    '“$situation” reaches $page and $number',
    async ({ taps, page: target, number }) => {
      const { context, page } = await openIsolatedPage(app.browser, app.server.url);
      await page.goto(`${app.server.url}/`);
      await waitForApp(page);
      expect(taps.length).toBeLessThanOrEqual(3);
      for (const name of taps) await tap(page, name);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('What you can do now');
      // The right number, as a button to call it, on this page.
      const calls = await page
        .locator('main a[href^="tel:"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(calls).toContain(`tel:${number.replace(/\s/g, '')}`);
      // And the right page, one tap away.
      expect(await page.locator(`#read-more ~ a.card[href="${target}"]`).count()).toBe(1);
      await context.close();
    },
  );

  it('leads back one question at a time, and keeps one history entry', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url);
    await page.goto(`${app.server.url}/`);
    await waitForApp(page);
    const before = await page.evaluate(() => history.length);
    await tap(page, 'I need help for myself');
    await tap(page, 'My partner or ex hurts, scares or controls me');
    await tap(page, 'Back to the last question');
    expect(page.url()).toBe(`${app.server.url}/help/me/`);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await context.close();
  });

  it('works without JavaScript, and in Welsh', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url, {
      javaScriptEnabled: false,
    });
    await page.goto(`${app.server.url}/cy/`);
    await page.locator('.ways-in a').first().click();
    await page.locator('.journey-options a').first().click();
    expect(new URL(page.url()).pathname).toBe('/cy/help/me-danger/');
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    expect(await page.locator('main a[href="tel:999"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main [lang="en"]').count()).toBe(0);
    await context.close();
  });
});
