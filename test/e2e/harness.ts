/**
 * Shared set-up for the browser contracts: a static server on dist/, Debian's Chromium,
 * and routing that stands in for the outside world (this machine has no network, and the
 * tests must prove the app asks nothing of it anyway).
 */
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Request,
} from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../src/build/static-server';
import {
  DEFAULT_EXIT_URL,
  EXIT_DESTINATIONS,
} from '../../src/features/quick-exit/exit-destination';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';

export const DIST = resolve(import.meta.dirname, '../../dist');
export const EXIT_URL = DEFAULT_EXIT_URL;
/** Every neutral site the quick exit can be set to (Settings); answered with a plain page. */
const EXIT_URLS = Object.values(EXIT_DESTINATIONS).filter((url) => url.startsWith('https://'));
/** A stand-in for wherever the user was before opening Waymark (a search engine, say). */
export const BEFORE_URL = 'https://before.example/';
export const TIMEOUT = 10_000;

export function startServer(port = 0): Promise<StaticServer> {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests');
  }
  return startStaticServer(DIST, port);
}

/**
 * Starts a server on dist/ and a Chromium for the whole test file, and stops both after it.
 * The returned object is filled in before the first test runs.
 */
export function useAppAndChromium(): { server: StaticServer; browser: Browser } {
  const shared = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    shared.server = await startServer();
    shared.browser = await launchChromium();
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
}

export function launchPersistentChromium(userDataDir: string, options: { offline?: boolean } = {}) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
    offline: options.offline,
  });
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'waymark-profile-'));
}

/** Every page the build wrote, as URL paths ('/', '/cy/helplines/', …). */
export function builtPagePaths(): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') paths.push(`/${relative(DIST, dir)}/`.replace('//', '/'));
    }
  };
  walk(DIST);
  return paths.sort();
}

export interface OutsideRequest {
  url: string;
  referer: string | undefined;
  isNavigation: boolean;
}

/**
 * Answers the exit destination and the 'before' page with small neutral pages, refuses
 * everything else off the app's origin, and records every request that tried to leave.
 */
export async function routeOutsideWorld(
  context: BrowserContext,
  appOrigin: string,
): Promise<OutsideRequest[]> {
  const outside: OutsideRequest[] = [];
  await context.route(
    (url) => url.origin !== appOrigin,
    async (route, request: Request) => {
      outside.push({
        url: request.url(),
        referer: (await request.allHeaders()).referer,
        isNavigation: request.isNavigationRequest(),
      });
      if (EXIT_URLS.some((exit) => request.url().startsWith(exit))) {
        await route.fulfill({
          contentType: 'text/html',
          body: '<title>Weather</title><h1>Weather forecast</h1>',
        });
      } else if (request.url() === BEFORE_URL) {
        await route.fulfill({
          contentType: 'text/html',
          body: '<title>Search</title><h1>Search results</h1>',
        });
      } else {
        await route.abort('blockedbyclient');
      }
    },
  );
  return outside;
}

/** A fresh browser context with the outside world routed, and a page with the standard timeout. */
export async function openIsolatedPage(
  browser: Browser,
  appOrigin: string,
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext(options);
  const outside = await routeOutsideWorld(context, appOrigin);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  return { context, page, outside };
}

export async function waitForExitPage(page: Page): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(EXIT_URL), { timeout: TIMEOUT });
  await page.getByRole('heading', { name: 'Weather forecast' }).waitFor({ timeout: TIMEOUT });
}

/** Waits until the app's scripts have run (the quick exit is wired and the page hydrated). */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, {
    timeout: TIMEOUT,
  });
}

/**
 * Visits each path in one of two tabs, each taking the next path when it is free. Walking
 * every page is most of the end-to-end run, and two tabs keep both of the machine's cores busy.
 */
export async function walkInTwoTabs(
  context: BrowserContext,
  paths: string[],
  visit: (page: Page, path: string) => Promise<void>,
  setUp: (page: Page) => void = () => undefined,
): Promise<void> {
  const queue = [...paths];
  const tabs = await Promise.all([context.newPage(), context.newPage()]);
  await Promise.all(
    tabs.map(async (page) => {
      page.setDefaultTimeout(TIMEOUT);
      setUp(page);
      for (let path = queue.shift(); path !== undefined; path = queue.shift())
        await visit(page, path);
    }),
  );
  await Promise.all(tabs.map((tab) => tab.close()));
}
