/**
 * `npm run bench`: quick-exit speed against the GOV.UK Frontend 'Exit this page' component
 * in the same Chromium run, the gzip weight of what the home page loads, the unlock cost of the
 * private tools, and the size and speed of 'find help near you'.
 * Figures are printed, not asserted: this machine is shared and noisy.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { startStaticServer } from '../../src/build/static-server';
import {
  DIST,
  launchChromium,
  launchPersistentChromium,
  newProfileDir,
  routeOutsideWorld,
  startServer,
} from '../e2e/harness';
import { median, percentile } from './stats';
import { PBKDF2_ITERATIONS } from '../../src/storage/crypto';
import { createGeoIndex } from '../../src/features/near-me/geo-index';
import type { GeoData } from '../../src/features/near-me/geo-data';
import { nearestPlaces } from '../../src/features/near-me/nearest';
import { loadContent } from '../../src/build/content/load-content';
import { placeSummaries } from '../../src/build/geo/place-summaries';
import { APP_PAGES } from '../../src/build/site-pages';
import { createSearcher } from '../../src/features/search/searcher';
import {
  LIGHTHOUSE_PATHS,
  launchForLighthouse,
  lighthouseScores,
  type PageScores,
} from '../lighthouse/lighthouse-scores';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const root = resolve(import.meta.dirname, '../..');

interface ExitTiming {
  /** pointer-down → main heading no longer rendered (ms). */
  hidden: number;
  /** pointer-down → the exit navigation started (the Navigation API's navigate event). */
  navigation: number;
  /** Whether the first frame painted after pointer-down already had the content hidden. */
  hiddenInFirstFrame: boolean;
}

async function measureExit(
  page: Page,
  url: string,
  ready: string,
  button: string,
): Promise<ExitTiming> {
  await page.goto(url);
  await page.waitForSelector(ready, { state: 'attached', timeout: 10_000 });
  const box = await page.locator(button).boundingBox();
  if (!box) throw new Error(`No ${button} on ${url}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction(
    () => {
      const bench = (window as unknown as { __bench: Record<string, unknown> }).__bench;
      return (
        bench.navigation !== undefined &&
        bench.hidden !== undefined &&
        bench.hiddenInFirstFrame !== undefined
      );
    },
    null,
    { timeout: 10_000 },
  );
  const bench = await page.evaluate(
    () => (window as unknown as { __bench: Record<string, number | boolean> }).__bench,
  );
  return {
    hidden: (bench.hidden as number) - (bench.down as number),
    navigation: (bench.navigation as number) - (bench.down as number),
    hiddenInFirstFrame: bench.hiddenInFirstFrame as boolean,
  };
}

function summarise(name: string, timings: ExitTiming[]) {
  const hidden = timings.map((t) => t.hidden);
  const navigation = timings.map((t) => t.navigation);
  const firstFrame = timings.filter((t) => t.hiddenInFirstFrame).length;
  console.log(
    `${name.padEnd(28)} hidden: median ${median(hidden).toFixed(2)} ms (p90 ${percentile(hidden, 90).toFixed(2)})` +
      `  navigation start: median ${median(navigation).toFixed(2)} ms (p90 ${percentile(navigation, 90).toFixed(2)})` +
      `  hidden in first frame: ${firstFrame}/${timings.length}`,
  );
}

async function benchQuickExit(browser: Browser) {
  const app = await startServer();
  const govukRoot = mkdtempSync(join(tmpdir(), 'govuk-exit-'));
  copyFileSync(join(root, 'test/bench/govuk/index.html'), join(govukRoot, 'index.html'));
  copyFileSync(join(root, 'test/bench/govuk/init.js'), join(govukRoot, 'init.js'));
  const govukDist = join(root, 'node_modules/govuk-frontend/dist/govuk');
  for (const file of ['govuk-frontend.min.js', 'govuk-frontend.min.css']) {
    copyFileSync(join(govukDist, file), join(govukRoot, file));
  }
  const govuk = await startStaticServer(govukRoot, 0);
  const waymark: ExitTiming[] = [];
  const peer: ExitTiming[] = [];
  try {
    for (const [server, results, url, ready, button] of [
      [app, waymark, `${app.url}/cover-your-tracks/`, 'html[data-hydrated]', 'a[data-quick-exit]'],
      [
        govuk,
        peer,
        `${govuk.url}/`,
        '[data-govuk-exit-this-page-init]',
        '.govuk-exit-this-page__button',
      ],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
      await routeOutsideWorld(context, server.url);
      await context.addInitScript({ path: join(root, 'test/bench/instrument-exit.js') });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`page error on ${url}: ${error.message}`));
      await measureExit(page, url, ready, button); // warm-up, not counted
      for (let run = 0; run < RUNS; run++)
        results.push(await measureExit(page, url, ready, button));
      await context.close();
    }
  } finally {
    await app.close();
    await govuk.close();
  }
  console.log(
    `\nQuick exit, ${RUNS} runs each, Chromium, 360×640, from pointer-down (mouse down then up at once):`,
  );
  summarise('Waymark quick exit', waymark);
  summarise('GOV.UK Exit this page', peer);
  console.log('Targets: hidden ≤ 16 ms, navigation started ≤ 50 ms, both faster than GOV.UK.');
}

async function benchHomeWeight(browser: Browser) {
  const server = await startServer();
  const context = await browser.newContext();
  await routeOutsideWorld(context, server.url);
  const page = await context.newPage();
  const files: { path: string; type: string; bytes: number; gzip: number }[] = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (
      !['document', 'script', 'stylesheet'].includes(type) ||
      !response.url().startsWith(server.url)
    )
      return;
    const body = await response.body();
    files.push({
      path: new URL(response.url()).pathname,
      type,
      bytes: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
    });
  });
  await page.goto(`${server.url}/`);
  await page.waitForSelector('html[data-hydrated]', { timeout: 10_000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  await server.close();
  console.log('\nHome page first load (HTML, CSS and JS it loads; gzip -9):');
  for (const file of files) {
    console.log(
      `  ${file.type.padEnd(10)} ${file.path.padEnd(32)} ${(file.bytes / 1024).toFixed(1).padStart(6)} KB raw ${(file.gzip / 1024).toFixed(1).padStart(6)} KB gzip`,
    );
  }
  const total = files.reduce((sum, file) => sum + file.gzip, 0);
  console.log(`  total: ${(total / 1024).toFixed(1)} KB gzip (target ≤ 50 KB)`);
}

/** Time to turn a passcode into the key (PBKDF2-SHA-256, 600,000 rounds) in the page: the unlock cost. */
async function benchUnlock(browser: Browser) {
  const server = await startServer();
  const context = await browser.newContext();
  await routeOutsideWorld(context, server.url);
  const page = await context.newPage();
  await page.goto(`${server.url}/my-tools/`);
  const times = await page.evaluate(async (iterations) => {
    const results: number[] = [];
    for (let run = 0; run < 7; run++) {
      const started = performance.now();
      const material = await crypto.subtle.importKey(
        'raw',
        new TextEncoder().encode('7391 blue'),
        'PBKDF2',
        false,
        ['deriveKey'],
      );
      const key = await crypto.subtle.deriveKey(
        {
          name: 'PBKDF2',
          hash: 'SHA-256',
          salt: crypto.getRandomValues(new Uint8Array(16)),
          iterations,
        },
        material,
        { name: 'AES-GCM', length: 256 },
        false,
        ['encrypt', 'decrypt'],
      );
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv },
        key,
        new TextEncoder().encode('check'),
      );
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, sealed);
      results.push(performance.now() - started);
    }
    return results;
  }, PBKDF2_ITERATIONS);
  await context.close();
  await server.close();
  console.log(
    `\nUnlock (PBKDF2-SHA-256, ${PBKDF2_ITERATIONS.toLocaleString('en-GB')} iterations, then AES-GCM check), Chromium, 7 runs: median ${median(times).toFixed(0)} ms (p90 ${percentile(times, 90).toFixed(0)} ms)`,
  );
}

/** The postcodes and towns the near-me figures are timed over: cities, partial codes, towns. */
const NEAR_ME_QUERIES = [
  'CF10 1AA',
  'sw1a 2aa',
  'M1',
  'LS1 4AP',
  'Gloucester',
  'Truro',
  'NE1',
  'Newport',
];

/**
 * Find help near you: the size of the bundled location data, and the time from a postcode or
 * town to sorted results, in Node (the pure code) and in Chromium (typing to results on screen).
 */
async function benchNearMe(browser: Browser) {
  const raw = readFileSync(join(DIST, 'geo/uk.json'));
  console.log(
    `\nNear me: location data ${(raw.length / 1024).toFixed(0)} KB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB gzip (target ≤ 150 KB gzip)`,
  );
  const parseStarted = performance.now();
  const index = createGeoIndex(JSON.parse(raw.toString('utf8')) as GeoData);
  const parseMs = performance.now() - parseStarted;
  const content = loadContent(join(root, 'content'), APP_PAGES);
  const places = placeSummaries(content.places, 'en', index);
  const times: number[] = [];
  for (let run = 0; run < 200; run++) {
    for (const query of NEAR_ME_QUERIES) {
      const started = performance.now();
      const result = index.lookup(query);
      const location =
        result.kind === 'found'
          ? result.location
          : result.kind === 'choose-town' && result.towns[0]
            ? index.townLocation(result.towns[0].index)
            : null;
      if (location) nearestPlaces(places, location);
      times.push(performance.now() - started);
    }
  }
  console.log(
    `  Node: parse and index ${parseMs.toFixed(1)} ms once; postcode or town → sorted results over ${places.length} places: median ${median(times).toFixed(3)} ms (p90 ${percentile(times, 90).toFixed(3)} ms, ${times.length} runs; target ≤ 2 ms)`,
  );

  const server = await startServer();
  const context = await browser.newContext();
  await routeOutsideWorld(context, server.url);
  const page = await context.newPage();
  await page.goto(`${server.url}/near-me/`);
  await page.waitForSelector('html[data-hydrated]', { timeout: 10_000 });
  const browserTimes: number[] = [];
  for (let run = 0; run < 5; run++) {
    for (const query of NEAR_ME_QUERIES.filter((q) => q !== 'Newport')) {
      await page.fill('#near-me-input', query);
      // A string, not a function: the TypeScript runner would add helpers the page lacks.
      // Each query differs from the one before, so new results mean a new heading.
      browserTimes.push(
        (await page.evaluate(`(async () => {
          const heading = () => document.querySelector('#near-me-results')?.textContent ?? '';
          const before = heading();
          const started = performance.now();
          document.querySelector('.near-me-form button[type=submit]').click();
          await new Promise((done) => {
            const check = () => (heading() !== '' && heading() !== before ? done() : requestAnimationFrame(check));
            check();
          });
          return performance.now() - started;
        })()`)) as number,
      );
    }
  }
  await context.close();
  await server.close();
  console.log(
    `  Chromium: typed text → results on screen (lookup, ranking and rendering): median ${median(browserTimes).toFixed(1)} ms (p90 ${percentile(browserTimes, 90).toFixed(1)} ms, ${browserTimes.length} runs)`,
  );
}

/** Gzip bytes of the HTML, CSS and JS each kind of page loads on a first visit. */
async function benchRouteWeights(browser: Browser) {
  const server = await startServer();
  console.log(
    '\nFirst load per route (HTML, CSS and JS, gzip -9, empty cache, no service worker):',
  );
  for (const path of [
    '/',
    '/domestic-abuse/',
    '/helplines/',
    '/search/',
    '/near-me/',
    '/my-tools/',
    '/help/me/',
    '/is-this-ok/',
    '/show/',
    '/ur/',
    '/ur/helplines/',
  ]) {
    // A fresh context each time: nothing cached from the route before.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await routeOutsideWorld(context, server.url);
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (['document', 'script', 'stylesheet'].includes(type)) {
        sizes.push(
          response.body().then(
            (body) => gzipSync(body, { level: 9 }).length,
            () => 0,
          ),
        );
      }
    });
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector('html[data-hydrated]', { timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    console.log(`  ${path.padEnd(20)} ${(bytes / 1024).toFixed(1).padStart(6)} KB`);
    await context.close();
  }
  await server.close();
}

/**
 * Offline cold start: visit once so the service worker installs, close the browser, start it
 * again with no network, and time first contentful paint of the home page from the cache.
 */
async function benchOfflineColdStart() {
  const server = await startServer();
  const profile = newProfileDir();
  const first = await launchPersistentChromium(profile);
  const page = await first.newPage();
  await page.goto(`${server.url}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForTimeout(1500);
  await first.close();
  await server.close();
  const paints: number[] = [];
  for (let run = 0; run < 5; run++) {
    const offline = await launchPersistentChromium(profile, { offline: true });
    const cold = offline.pages()[0] ?? (await offline.newPage());
    await cold.goto(server.url + '/');
    // A string, not a function: the TypeScript runner would add helpers the page lacks.
    paints.push(
      (await cold.evaluate(`new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0];
          if (paint) resolve(paint.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(Number.NaN), 5000);
      })`)) as number,
    );
    await offline.close();
  }
  const measured = paints.filter(Number.isFinite);
  console.log(
    `\nOffline cold start (fresh browser process, no network, served by the service worker): first contentful paint median ${median(measured).toFixed(0)} ms (p90 ${percentile(measured, 90).toFixed(0)} ms, ${measured.length} of ${paints.length} runs reported a paint)`,
  );
}

/** Lighthouse, every category, mobile emulation: median of three runs per page. */
async function benchLighthouse() {
  const server = await startServer();
  const port = 9800;
  const lighthouseBrowser = await launchForLighthouse(port);
  console.log(
    '\nLighthouse (mobile emulation, median of 3 runs): performance / accessibility / best practices / SEO',
  );
  try {
    for (const path of LIGHTHOUSE_PATHS) {
      const runs: PageScores[] = [];
      for (let run = 0; run < 3; run++) {
        runs.push(
          ...(await lighthouseScores(
            server.url,
            [path],
            ['performance', 'accessibility', 'best-practices', 'seo'],
            port,
          )),
        );
      }
      const med = (category: string) => median(runs.map((r) => r.scores[category] ?? 0));
      console.log(
        `  ${path.padEnd(22)} ${med('performance')} / ${med('accessibility')} / ${med('best-practices')} / ${med('seo')}`,
      );
    }
  } finally {
    await lighthouseBrowser.close();
    await server.close();
  }
}

/** Search over the whole English index, in Node: the cost of each keystroke's query. */
function benchSearch() {
  const content = loadContent(join(root, 'content'), APP_PAGES);
  const search = createSearcher(readFileSync(join(DIST, 'search/en.json'), 'utf8'), 'en');
  const queries = [
    'domestic abuse',
    'forcd mariage',
    'I was raped last night',
    'refuge',
    'stalker',
    'is this ok',
    'FGM',
    'worried about my friend',
  ];
  const times: number[] = [];
  for (let run = 0; run < 100; run++) {
    for (const query of queries) {
      const started = performance.now();
      search(query);
      times.push(performance.now() - started);
    }
  }
  console.log(
    `\nSearch over the English index (${content.pagesByLocale.get('en')?.length ?? 0} pages and the checks), Node: median ${median(times).toFixed(2)} ms per query (p90 ${percentile(times, 90).toFixed(2)} ms, ${times.length} queries)`,
  );
}

/** What the service worker keeps for each language: the shell plus that language's files. */
function benchPrecache() {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1] ?? '');
  const gzipOf = (url: string) => gzipSync(readFileSync(join(DIST, url.replace(/^\//, '')))).length;
  const total = urls.reduce((sum, url) => sum + gzipOf(url), 0);
  const welsh = urls.filter((url) => url.startsWith('cy/') || url === 'search/cy.json');
  console.log(
    `\nPrecache (installed on first visit): ${urls.length} files, ${(total / 1024).toFixed(0)} KB gzip, of which Welsh pages ${(welsh.reduce((s, u) => s + gzipOf(u), 0) / 1024).toFixed(0)} KB; other languages are kept when first opened.`,
  );
}

/** BENCH_ONLY=near-me,lighthouse runs just those parts (names as below). */
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (name: string) => !only || only.includes(name);

const browser = await launchChromium();
try {
  console.log(`dist: ${DIST}`);
  if (wanted('quick-exit')) await benchQuickExit(browser);
  if (wanted('home')) await benchHomeWeight(browser);
  if (wanted('unlock')) await benchUnlock(browser);
  if (wanted('near-me')) await benchNearMe(browser);
  if (wanted('routes')) await benchRouteWeights(browser);
  if (wanted('search')) benchSearch();
  if (wanted('precache')) benchPrecache();
  if (wanted('offline')) await benchOfflineColdStart();
  if (wanted('lighthouse')) await benchLighthouse();
} finally {
  await browser.close();
}
