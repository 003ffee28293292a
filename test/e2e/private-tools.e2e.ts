import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppAndChromium, waitForApp, waitForExitPage, openIsolatedPage } from './harness';

const app = useAppAndChromium();
const SECRET = 'He waited outside my work again';

/** Every record in Waymark's IndexedDB, as the browser stores it (sealed bodies included). */
function rawRecords(page: Page) {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('waymark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('records').objectStore('records').getAll();
          all.onsuccess = () => {
            const text = JSON.stringify(all.result, (_key, value) =>
              value instanceof ArrayBuffer ? new TextDecoder().decode(value) : value,
            );
            db.close();
            resolve(text);
          };
        };
      }),
  );
}

async function openTools(page: Page, path = '/my-tools/') {
  await page.goto(`${app.server.url}${path}`);
  await waitForApp(page);
}

describe('my tools', () => {
  it('saves a helpline and a log entry, locks them, and opens only with the passcode', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url);

    // Save a helpline from the directory.
    await page.goto(`${app.server.url}/helplines/`);
    await waitForApp(page);
    const card = page.locator('[data-service="national-domestic-abuse-helpline"]');
    await card.getByRole('button', { name: 'Save to My contacts' }).click();
    await expect
      .poll(() => card.getByRole('button', { name: 'Saved to My contacts' }).count())
      .toBe(1);

    await openTools(page);
    await expect
      .poll(() => page.locator('.saved-item').first().textContent())
      .toContain('National Domestic Abuse Helpline');

    // A bad number is refused with a message, and what was typed stays.
    await page.getByLabel('Name', { exact: true }).fill('Auntie Rose');
    await page.getByLabel('Phone number').fill('not a number');
    await page.getByRole('button', { name: 'Add contact' }).click();
    expect(await page.locator('.field-error').textContent()).toContain(
      'does not look like a phone number',
    );
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Auntie Rose');

    // A log entry survives a reload in the middle of typing.
    await page.getByRole('button', { name: 'My log' }).click();
    await page.getByLabel('What happened?').fill(SECRET);
    await page.waitForTimeout(700); // longer than the 400 ms draft autosave
    await page.reload();
    await waitForApp(page);
    await page.getByRole('button', { name: 'My log' }).click();
    await expect.poll(() => page.getByLabel('What happened?').inputValue()).toBe(SECRET);
    await page.getByRole('button', { name: 'Save entry' }).click();
    await expect.poll(() => page.locator('.log-entry').count()).toBe(1);
    expect(await rawRecords(page)).toContain(SECRET);

    // Lock with a passcode: nothing readable is left in IndexedDB.
    await page.getByRole('button', { name: 'Lock and erase' }).click();
    await page.getByLabel('New passcode').fill('7391 blue');
    await page.getByLabel('Type it again').fill('7391 blue');
    await page.getByRole('button', { name: 'Lock with this passcode' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Locked with your passcode' }).count())
      .toBe(1);
    const sealed = await rawRecords(page);
    expect(sealed).not.toContain(SECRET);
    expect(sealed).not.toContain('national-domestic-abuse-helpline');

    // Quick exit, then come back: locked.
    await page.locator('a[data-quick-exit]').click();
    await waitForExitPage(page);
    await openTools(page);
    await page.getByLabel('Passcode', { exact: true }).waitFor();
    expect(await page.locator('.log-entry').count()).toBe(0);

    await page.getByLabel('Passcode', { exact: true }).fill('wrong one');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not right');

    const started = Date.now();
    await page.getByLabel('Passcode', { exact: true }).fill('7391 blue');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: 'My log' }).click();
    await expect.poll(() => page.locator('.log-entry').textContent()).toContain(SECRET);
    console.log(
      `unlock: ${Date.now() - started} ms from pressing Unlock to the log on screen (PBKDF2, 600,000 iterations)`,
    );
    await context.close();
  });

  it('keeps everything when the app is updated, and erase leaves nothing behind', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url);
    await openTools(page);
    await page.getByLabel('Name', { exact: true }).fill('Sam');
    await page.getByLabel('Phone number').fill('07700 900123');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await expect.poll(() => page.locator('.saved-item').count()).toBe(1);

    // An update swaps the service worker and its caches; saved things live apart from them.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const registrations = await navigator.serviceWorker.getRegistrations();
      await Promise.all(registrations.map((registration) => registration.unregister()));
      for (const name of await caches.keys()) await caches.delete(name);
    });
    await openTools(page);
    await expect.poll(() => page.locator('.saved-item').textContent()).toContain('Sam');
    expect(await page.locator('.saved-item a[href="tel:07700900123"]').count()).toBe(1);

    await page.getByRole('button', { name: 'Lock and erase' }).click();
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await page.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'has been erased' }).count())
      .toBe(1);
    expect(
      await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name)),
    ).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await context.close();
  });
});
