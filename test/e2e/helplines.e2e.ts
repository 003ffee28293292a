import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppAndChromium, waitForApp, openIsolatedPage } from './harness';

const app = useAppAndChromium();

async function openHelplines(path: string, clockUtc?: string): Promise<Page> {
  const { page } = await openIsolatedPage(app.browser, app.server.url, {
    viewport: { width: 390, height: 900 },
  });
  // Only the date is fixed: timers keep running, so the page behaves normally.
  if (clockUtc) await page.clock.setFixedTime(new Date(clockUtc));
  await page.goto(`${app.server.url}${path}`);
  await waitForApp(page);
  return page;
}

const shownServices = (page: Page) =>
  page
    .locator('.service-list .service')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-service')));

describe('helplines', () => {
  it('puts 999 first, and every call and text button dials exactly the number it shows', async () => {
    const page = await openHelplines('/helplines/');
    const firstCall = page.locator('main a[href^="tel:"]').first();
    expect(await firstCall.getAttribute('href')).toBe('tel:999');
    await page.locator('#filter-nation').selectOption('all');
    const links = await page
      .locator('.service a[href^="tel:"], .service a[href^="sms:"]')
      .evaluateAll((anchors) =>
        anchors.map((a) => ({
          href: a.getAttribute('href') ?? '',
          shown: a.querySelector('bdi')?.textContent ?? '',
        })),
      );
    expect(links.length).toBeGreaterThan(15);
    for (const { href, shown } of links) {
      const digits = shown.replace(/\D/g, '');
      expect(href, shown).toMatch(new RegExp(`^(tel|sms):${digits}(\\?body=\\w+)?$`));
    }
    await page.context().close();
  });

  it('starts Welsh readers with services in Wales, and English readers with England', async () => {
    const welsh = await openHelplines('/cy/helplines/');
    expect(await welsh.locator('#filter-nation').inputValue()).toBe('wales');
    const inWales = await shownServices(welsh);
    expect(inWales).toContain('live-fear-free');
    expect(inWales).not.toContain('national-domestic-abuse-helpline');
    await welsh.context().close();

    const english = await openHelplines('/helplines/');
    const inEngland = await shownServices(english);
    expect(inEngland).toContain('national-domestic-abuse-helpline');
    expect(inEngland).not.toContain('live-fear-free');
    await english.locator('#filter-nation').selectOption('wales');
    expect(await shownServices(english)).toContain('live-fear-free');
    await english.context().close();
  });

  it('filters by situation and by who it is for, without touching the URL', async () => {
    const page = await openHelplines('/helplines/');
    const url = page.url();
    await page.locator('#filter-nation').selectOption('all');
    await page.locator('#filter-topic').selectOption('forced-marriage');
    const forcedMarriage = await shownServices(page);
    expect(forcedMarriage).toContain('forced-marriage-unit');
    expect(forcedMarriage).not.toContain('national-stalking-helpline');
    await page.locator('#filter-topic').selectOption('');
    await page.locator('#filter-group').selectOption('men');
    const forMen = await shownServices(page);
    expect(forMen).toContain('mens-advice-line');
    expect(forMen).not.toContain('galop');
    expect(page.url()).toBe(url);
    await page.context().close();
  });

  it('shows only services open now, worked out on the device (Saturday 3am)', async () => {
    const page = await openHelplines('/helplines/', '2026-11-28T03:00:00Z');
    const everything = (await shownServices(page)).length;
    await page.locator('#filter-open-now').check();
    const openNow = await shownServices(page);
    expect(openNow.length).toBeGreaterThan(0);
    expect(openNow.length).toBeLessThan(everything);
    expect(openNow).toContain('national-domestic-abuse-helpline');
    const badges = await page.locator('.service-list .opening-badge').allTextContents();
    expect(badges.length).toBe(openNow.length);
    for (const badge of badges)
      expect(badge).toMatch(/^(Open 24 hours|Open now, until \d\d:\d\d)$/);
    await page.context().close();
  });
});
