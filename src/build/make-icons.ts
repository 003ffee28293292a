/**
 * Renders public/icons/icon.svg to the PNG sizes the web app manifest lists, using the
 * machine's Chromium. The PNGs are committed; run `npm run icons` after changing the SVG.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../../test/e2e/browser';

const icons = resolve(import.meta.dirname, '../../public/icons');

// The app's own icon, and the plain ones for a disguised home screen (see Settings).
const SOURCES = [
  { svgFile: 'icon.svg', prefix: 'icon', background: '#1d3557' },
  { svgFile: 'weather.svg', prefix: 'weather', background: '#4a90d9' },
  { svgFile: 'notes.svg', prefix: 'notes', background: '#f2c94c' },
  { svgFile: 'recipes.svg', prefix: 'recipes', background: '#e07a3f' },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const { svgFile, prefix, background } of SOURCES) {
    const svg = readFileSync(join(icons, svgFile), 'utf8');
    await renderSizes(svg, prefix, background);
  }
} finally {
  await browser.close();
}

async function renderSizes(svg: string, prefix: string, background: string) {
  for (const { size, file, padding } of [
    { size: 192, file: `${prefix}-192.png`, padding: 0 },
    { size: 512, file: `${prefix}-512.png`, padding: 0 },
    // Maskable icons are cropped to a circle by some launchers: keep the mark in the middle 80%.
    { size: 512, file: `${prefix}-maskable-512.png`, padding: 0.1 },
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = size * (1 - padding * 2);
    await page.setContent(
      `<body style="margin:0;background:${background};display:grid;place-items:center;height:${size}px">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
    );
    await page.screenshot({ path: join(icons, file), omitBackground: padding === 0 });
    await page.close();
  }
}
