import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { extractText, getDocumentProxy } from 'unpdf';
import { openIsolatedPage, useAppAndChromium, waitForApp } from './harness';

const app = useAppAndChromium();

/** The PDF's pages and text, as the print media type renders them in Chromium. */
async function pdfOf(bytes: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  const first = await pdf.getPage(1);
  const [, , width, height] = first.view;
  return {
    pages: totalPages,
    text: text.replace(/\s+/g, ' '),
    widthMm: (width! / 72) * 25.4,
    heightMm: (height! / 72) * 25.4,
  };
}

describe('for staff: handouts, show to a client and sharing by code', () => {
  it.each([
    ['en', 'a4', 210, 297],
    ['cy', 'a5', 148, 210],
  ] as const)(
    'prints a one-page %s handout on %s with the helplines and no app name',
    async (locale, paper, width, height) => {
      const { context, page } = await openIsolatedPage(app.browser, app.server.url);
      await page.goto(`${app.server.url}${locale === 'en' ? '' : `/${locale}`}/domestic-abuse/`);
      await waitForApp(page);
      await page.evaluate(() => {
        window.print = () => undefined;
      });
      await page.locator('.staff-tools > summary').click();
      await page.locator(`button[data-print="${paper}"]`).click();
      await page.emulateMedia({ media: 'print' });
      const pdf = await pdfOf(await page.pdf({ preferCSSPageSize: true, printBackground: false }));
      expect(pdf.pages).toBe(1);
      expect(Math.round(pdf.widthMm)).toBe(width);
      expect(Math.round(pdf.heightMm)).toBe(height);
      expect(pdf.text).toContain('0808 2000 247');
      expect(pdf.text).toContain('0808 80 10 800');
      expect(pdf.text).toContain('999');
      expect(pdf.text).not.toMatch(/Waymark/i);
      await context.close();
    },
  );

  it('shows a code that opens the same page in the client’s language, only after a safety check', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url);
    await page.goto(`${app.server.url}/ur/forced-marriage/`);
    await waitForApp(page);
    await page.locator('.staff-tools > summary').click();
    const tools = page.locator('.staff-tools');
    expect(await tools.locator('.qr-code').count()).toBe(0);
    expect(await tools.locator('.share-qr .warning').isVisible()).toBe(true);
    await tools.locator('.share-qr button').click();
    const png = PNG.sync.read(await tools.locator('.qr-code').screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(`${app.server.url}/ur/forced-marriage/`);
    await context.close();
  });

  it('shows a page in the client’s language beside the staff member’s, and switches in one tap', async () => {
    const { context, page } = await openIsolatedPage(app.browser, app.server.url, {
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(`${app.server.url}/show/#fgm`);
    await waitForApp(page);
    await page.getByRole('button', { name: 'اردو' }).click();
    const theirs = page.locator('.show-column').first();
    const mine = page.locator('.show-column').nth(1);
    await theirs.locator('article[lang="ur"][dir="rtl"] > h2').waitFor();
    await mine.locator('article[lang="en"] > h2').waitFor();
    expect(await mine.locator('article > h2').innerText()).toBe('Female genital mutilation (FGM)');
    // Side by side on a wide screen, in large text.
    const [a, b] = [await theirs.boundingBox(), await mine.boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    expect(await mine.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(
      19,
    );
    await page.screenshot({ path: '.cache/screenshots/show-en-ur.png', fullPage: false });
    // One tap switches the client's side.
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await theirs.locator('article[lang="cy"] > h2').waitFor();
    await context.close();

    const phone = await openIsolatedPage(app.browser, app.server.url, {
      viewport: { width: 390, height: 844 },
    });
    await phone.page.goto(`${app.server.url}/show/#fgm`);
    await waitForApp(phone.page);
    await phone.page.getByRole('button', { name: 'اردو' }).click();
    await phone.page.locator('.show-column article[lang="ur"]').waitFor();
    await phone.page.locator('.show-column article[lang="en"]').waitFor();
    const [top, bottom] = await phone.page
      .locator('.show-column')
      .evaluateAll((columns) => columns.map((column) => column.getBoundingClientRect().top));
    expect(bottom!).toBeGreaterThan(top! + 100);
    await phone.page.screenshot({
      path: '.cache/screenshots/show-en-ur-phone.png',
      fullPage: false,
    });
    await phone.context.close();
  });
});
