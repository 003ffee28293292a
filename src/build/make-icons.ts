/**
 * Renders public/icons/icon.svg to the PNG sizes the web app manifest lists, using the
 * machine's Chromium. The PNGs are committed; run `npm run icons` after changing the SVG.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../../test/e2e/browser';

const icons = resolve(import.meta.dirname, '../../public/icons');
const svg = readFileSync(join(icons, 'icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const { size, file, padding } of [
    { size: 192, file: 'icon-192.png', padding: 0 },
    { size: 512, file: 'icon-512.png', padding: 0 },
    // Maskable icons are cropped to a circle by some launchers: keep the mark in the middle 80%.
    { size: 512, file: 'icon-maskable-512.png', padding: 0.1 },
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = size * (1 - padding * 2);
    await page.setContent(
      `<body style="margin:0;background:#1d3557;display:grid;place-items:center;height:${size}px">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
    );
    await page.screenshot({ path: join(icons, file), omitBackground: padding === 0 });
    await page.close();
  }
} finally {
  await browser.close();
}
