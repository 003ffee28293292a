import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openIsolatedPage, useAppAndChromium, waitForApp } from './harness';

const app = useAppAndChromium();

/** Everything a page could have left behind on the device, read from inside the page. */
function storedTraces(page: Page) {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage).filter((key) => key !== 'waymark-language'),
    sessionStorage: sessionStorage.length,
    cookies: document.cookie,
    databases: (await indexedDB.databases()).map((db) => db.name),
    url: location.href,
  }));
}

describe("'Is this OK?' checks", () => {
  it('says it is not a risk assessment, answers gently, and stores nothing', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url);
    // The page's own requests (the service worker fills its cache in the background).
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${app.server.url}/is-this-ok/`);
    await waitForApp(page);
    expect(await page.locator('main').innerText()).toContain('This is not a risk assessment');
    const before = await storedTraces(page);
    const requestsBefore = requests.length;

    await page
      .getByRole('group', { name: /check your phone/ })
      .getByLabel('Yes', { exact: true })
      .check();
    await page
      .getByRole('group', { name: /control your money/ })
      .getByLabel('Sometimes', { exact: true })
      .check();
    await page.getByRole('button', { name: 'See what my answers might mean' }).click();
    const result = page.locator('.check-result');
    await result.waitFor();
    expect(await result.innerText()).toMatch(/controlling behaviour/);
    expect(await result.innerText()).toMatch(/not a risk assessment/);

    await page
      .getByRole('group', { name: /afraid of them/ })
      .getByLabel('Yes', { exact: true })
      .check();
    await page.getByRole('button', { name: 'See what my answers might mean' }).click();
    expect(await page.locator('.check-result').innerText()).toMatch(/call 999/);

    expect(await storedTraces(page)).toEqual(before);
    expect(requests.length).toBe(requestsBefore);
    expect(await page.locator('form.check-form').getAttribute('autocomplete')).toBe('off');

    await page.getByRole('button', { name: 'Clear my answers' }).click();
    expect(await page.locator('input[type=radio]:checked').count()).toBe(0);
    await context.close();
  });

  it('has a version for teenagers that points to Childline', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url);
    await page.goto(`${app.server.url}/is-this-ok-teen/`);
    await waitForApp(page);
    await page
      .getByRole('group', { name: /nude pictures/ })
      .getByLabel('Yes', { exact: true })
      .check();
    await page.getByRole('button', { name: 'See what my answers might mean' }).click();
    expect(await page.locator('.check-result').innerText()).toMatch(/Childline/);
    expect(await page.locator('main a[href="tel:08001111"]').count()).toBeGreaterThan(0);
    expect(await storedTraces(page)).toMatchObject({
      localStorage: [],
      sessionStorage: 0,
      cookies: '',
      databases: [],
    });
    await context.close();
  });

  it('says all-no answers gently, and nothing answered asks for an answer', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url);
    await page.goto(`${app.server.url}/is-this-ok/`);
    await waitForApp(page);
    await page.getByRole('button', { name: 'See what my answers might mean' }).click();
    expect(await page.locator('.check-result').innerText()).toMatch(/not answered any questions/);
    for (const group of await page.locator('fieldset.check-question').all()) {
      await group.getByLabel('No', { exact: true }).check();
    }
    await page.getByRole('button', { name: 'See what my answers might mean' }).click();
    expect(await page.locator('.check-result').innerText()).toMatch(/you know your life best/);
    await context.close();
  });
});
