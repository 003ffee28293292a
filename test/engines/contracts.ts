/**
 * The browser contracts every engine must keep: Chromium, Firefox ESR and WebKitGTK (the
 * engine of every iPhone browser). Each uses only the thin driver in drivers.ts, and checks
 * what a person would see: where Back lands and what it shows, not history.length, which
 * differs between engines.
 */
import type { StaticServer } from '../../src/build/static-server';
import type { Engine, Tab } from './drivers';
import { BEFORE_URL, EXIT_URL, type OutsideWorld } from './outside-world';

export interface ContractContext {
  engine: Engine;
  /** The app's origin, e.g. http://127.0.0.1:4321 */
  app: string;
  world: OutsideWorld;
  /** A second copy of the app on its own origin, for a contract that stops its server. */
  startApp(): Promise<StaticServer>;
  /** English routes of every prerendered page ('/', '/helplines/', …). */
  englishRoutes: string[];
}

export interface Contract {
  name: string;
  run(context: ContractContext): Promise<void>;
}

export class ContractFailure extends Error {}

function expect(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ContractFailure(message);
}

/** Polls until `check` is true; fails with `what` after `timeout` ms. */
async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  timeout = 10_000,
): Promise<void> {
  const end = Date.now() + timeout;
  let lastError: unknown;
  while (Date.now() < end) {
    try {
      if (await check()) return;
    } catch (error) {
      // A page mid-navigation cannot answer: try again.
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new ContractFailure(
    `timed out waiting for ${what}${lastError ? ` (${String(lastError)})` : ''}`,
  );
}

const waitForApp = (tab: Tab) =>
  waitUntil('the app to start', () =>
    tab.evaluate<boolean>("return document.documentElement.dataset.hydrated === 'true'"),
  );

const waitForUrl = (tab: Tab, url: string | ((href: string) => boolean)) =>
  waitUntil(`the address to be ${String(url)}`, async () => {
    const href = await tab.url();
    return typeof url === 'string' ? href === url : url(href);
  });

const title = (tab: Tab) => tab.evaluate<string>('return document.title');

/** Clicks the control whose visible text is exactly `text` (a button or link), once it appears. */
async function clickText(tab: Tab, text: string): Promise<void> {
  await waitUntil(`a button or link that says "${text}"`, () =>
    tab.evaluate<boolean>(`
      const target = [...document.querySelectorAll('button, a')].find((el) => el.innerText.trim() === ${JSON.stringify(text)});
      document.querySelectorAll('[data-contract-target]').forEach((el) => el.removeAttribute('data-contract-target'));
      if (target) target.setAttribute('data-contract-target', '');
      return Boolean(target);`),
  );
  await tab.click('[data-contract-target]');
}

/** The form control labelled exactly `label`, as a selector, once it appears. */
async function fieldLabelled(tab: Tab, label: string): Promise<string> {
  await waitUntil(`a field labelled "${label}"`, () =>
    tab.evaluate<boolean>(`
      const labelElement = [...document.querySelectorAll('label')].find((el) => el.innerText.trim() === ${JSON.stringify(label)});
      const control = labelElement && (labelElement.control ?? labelElement.querySelector('input, textarea, select'));
      document.querySelectorAll('[data-contract-field]').forEach((el) => el.removeAttribute('data-contract-field'));
      if (control) control.setAttribute('data-contract-field', '');
      return Boolean(control);`),
  );
  return '[data-contract-field]';
}

/** history.back() without waiting on the driver (its own back() can hang in Firefox and WebKit). */
const pressBack = (tab: Tab) =>
  tab.evaluate<boolean>('setTimeout(() => history.back(), 0); return true;');

/**
 * While the tab settles after Back, the app must never be on screen: if an engine restores
 * it (from its back-forward cache, say), it must already be hidden and leaving again.
 */
async function neverShowsTheApp(
  tab: Tab,
  app: string,
  settleUntil: (href: string) => boolean,
): Promise<void> {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    try {
      const href = await tab.url();
      if (href.startsWith(app)) {
        const visible = await tab.evaluate<boolean>('return !document.body.hidden');
        expect(!visible, `Back showed the app at ${href}`);
      } else if (
        settleUntil(href) &&
        (await tab.evaluate<string>('return document.readyState')) === 'complete'
      ) {
        return;
      }
    } catch (error) {
      if (error instanceof ContractFailure) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new ContractFailure('Back never settled on a page that is not the app');
}

/** Records, when the page is left, whether it had hidden itself first. */
const recordHiddenOnLeave = (tab: Tab) =>
  tab.evaluate(
    `addEventListener('pagehide', () => localStorage.setItem('contract-hidden-on-leave', String(document.body.hidden && document.documentElement.classList.contains('wm-exiting')))); return true;`,
  );

async function wasHiddenOnLeave(tab: Tab, app: string): Promise<boolean> {
  await tab.goto(`${app}/settings/`);
  return (
    (await tab.evaluate<string | null>(
      "return localStorage.getItem('contract-hidden-on-leave')",
    )) === 'true'
  );
}

function exitRequests(world: OutsideWorld, since: number) {
  return world.requests.slice(since).filter((request) => request.url.startsWith(EXIT_URL));
}

/** Runs `work` in a tab of a fresh profile, and closes it whatever happens. */
async function inNewTab(engine: Engine, work: (tab: Tab) => Promise<void>): Promise<void> {
  const tab = await engine.newTab();
  try {
    await work(tab);
  } finally {
    await tab.close();
  }
}

export const CONTRACTS: Contract[] = [
  {
    name: 'quick exit by click: hidden first, no referrer, and Back after three pages shows the page before',
    async run({ engine, app, world }) {
      await inNewTab(engine, async (tab) => {
        await tab.goto(BEFORE_URL);
        await tab.goto(`${app}/`);
        await waitForApp(tab);
        for (const path of ['/helplines/', '/cover-your-tracks/', '/about/']) {
          await tab.click(`footer a[href="${path}"]`);
          await waitForUrl(tab, `${app}${path}`);
          await waitForApp(tab);
        }
        await recordHiddenOnLeave(tab);
        const before = world.requests.length;
        await tab.click('a[data-quick-exit]');
        await waitForUrl(tab, (href) => href.startsWith(EXIT_URL));
        await waitUntil('the neutral site to show', async () => (await title(tab)) === 'Weather');
        const [exit] = exitRequests(world, before);
        expect(exit !== undefined, 'the neutral site was never asked for');
        expect(exit.referer === undefined, `leaving sent a referrer: ${exit.referer}`);

        await pressBack(tab);
        await neverShowsTheApp(tab, app, (href) => href === BEFORE_URL);
        expect((await title(tab)) === 'Search', 'Back did not show the page from before the app');
        // Forward and Back again: still only the neutral site and the page before.
        await tab.evaluate('setTimeout(() => history.forward(), 0); return true;');
        await neverShowsTheApp(tab, app, (href) => href.startsWith(EXIT_URL));
        await pressBack(tab);
        await neverShowsTheApp(tab, app, (href) => href === BEFORE_URL);

        expect(await wasHiddenOnLeave(tab, app), 'the page was not hidden before it left');
      });
    },
  },
  {
    name: 'quick exit by keyboard: Tab reaches it and Enter leaves',
    async run({ engine, app }) {
      await inNewTab(engine, async (tab) => {
        await tab.goto(`${app}/domestic-abuse/`);
        await waitForApp(tab);
        // The skip link comes first, then the quick exit.
        let focusedExit = false;
        for (let press = 0; press < 3 && !focusedExit; press++) {
          await tab.press('Tab');
          focusedExit = await tab.evaluate<boolean>(
            "return document.activeElement?.matches('a[data-quick-exit]') ?? false",
          );
        }
        expect(focusedExit, 'Tab did not reach the quick exit within three presses');
        await tab.press('Enter');
        await waitForUrl(tab, (href) => href.startsWith(EXIT_URL));
      });
    },
  },
  {
    name: 'quick exit by Shift three times, counting down in Welsh plural forms',
    async run({ engine, app, world }) {
      await inNewTab(engine, async (tab) => {
        await tab.goto(`${app}/cy/helplines/`);
        await waitForApp(tab);
        const status = () =>
          tab.evaluate<string>(
            "return document.querySelector('[data-quick-exit-status]').textContent",
          );
        await tab.press('Shift');
        // Welsh has a 'two' form: 'ddwywaith' (twice), then 'unwaith' (once).
        await waitUntil('the Welsh "twice more" hint', async () =>
          (await status()).includes('ddwywaith'),
        );
        await tab.press('Shift');
        await waitUntil('the Welsh "once more" hint', async () =>
          (await status()).includes('unwaith'),
        );
        const before = world.requests.length;
        await tab.press('Shift');
        await waitForUrl(tab, (href) => href.startsWith(EXIT_URL));
        await waitUntil('the exit request', async () => exitRequests(world, before).length > 0);
        expect(
          exitRequests(world, before).every((request) => request.referer === undefined),
          'leaving sent a referrer',
        );
      });
    },
  },
  {
    name: 'Welsh and Urdu: language, direction and a mirrored layout',
    async run({ engine, app }) {
      await inNewTab(engine, async (tab) => {
        const layout = async (path: string) => {
          await tab.goto(`${app}${path}`);
          await waitForApp(tab);
          return tab.evaluate<{
            lang: string;
            dir: string;
            direction: string;
            nameAtRight: boolean;
          }>(`
            const name = document.querySelector('.site-name').getBoundingClientRect();
            return {
              lang: document.documentElement.lang,
              dir: document.documentElement.dir,
              direction: getComputedStyle(document.body).direction,
              nameAtRight: name.left > innerWidth / 2,
            };`);
        };
        const welsh = await layout('/cy/helplines/');
        expect(
          welsh.lang === 'cy' && welsh.dir === 'ltr' && welsh.direction === 'ltr',
          `Welsh page: ${JSON.stringify(welsh)}`,
        );
        expect(!welsh.nameAtRight, 'Welsh page: the site name is not on the left');
        const urdu = await layout('/ur/helplines/');
        expect(
          urdu.lang === 'ur' && urdu.dir === 'rtl' && urdu.direction === 'rtl',
          `Urdu page: ${JSON.stringify(urdu)}`,
        );
        expect(
          urdu.nameAtRight,
          'Urdu page: the layout is not mirrored (site name not on the right)',
        );
      });
    },
  },
  {
    name: 'find help near you by postcode',
    async run({ engine, app }) {
      await inNewTab(engine, async (tab) => {
        await tab.goto(`${app}/near-me/`);
        await waitForApp(tab);
        await tab.type('#near-me-input', 'gl1 1aa');
        await tab.click('form button[type="submit"]');
        await waitUntil('results near GL1 1AA', () =>
          tab.evaluate<boolean>(
            "return document.querySelector('#near-me-results')?.textContent.includes('GL1 1AA') ?? false",
          ),
        );
        const first = await tab.evaluate<string>(
          "return document.querySelector('.near-me-results .place')?.textContent ?? ''",
        );
        expect(
          /Gloucestershire/i.test(first),
          `the nearest place is not the Gloucestershire SARC: ${first.slice(0, 80)}`,
        );
        expect(!(await tab.url()).includes('GL1'), 'the postcode went into the address');
      });
    },
  },
  {
    name: 'private log: write, lock, reopen, unlock',
    async run({ engine, app }) {
      const secret = 'He took my keys on Tuesday';
      await inNewTab(engine, async (tab) => {
        await tab.goto(`${app}/my-tools/`);
        await waitForApp(tab);
        await clickText(tab, 'My log');
        await tab.type(await fieldLabelled(tab, 'What happened?'), secret);
        await clickText(tab, 'Save entry');
        await waitUntil('the saved entry', () =>
          tab.evaluate<boolean>("return document.querySelectorAll('.log-entry').length === 1"),
        );
        await clickText(tab, 'Lock and erase');
        await tab.type(
          await fieldLabelled(tab, 'New passcode (at least 4 characters)'),
          '7391 blue',
        );
        await tab.type(await fieldLabelled(tab, 'Type it again'), '7391 blue');
        await clickText(tab, 'Lock with this passcode');
        await waitUntil('the locked message', () =>
          tab.evaluate<boolean>(
            "return [...document.querySelectorAll('[role=status]')].some((el) => el.textContent.includes('Locked with your passcode'))",
          ),
        );
        // Reopen: nothing readable until the passcode is given.
        await tab.goto(`${app}/my-tools/`);
        await waitForApp(tab);
        const passcode = await fieldLabelled(tab, 'Passcode');
        expect(
          !(await tab.evaluate<string>('return document.body.innerText')).includes(secret),
          'the locked log was readable',
        );
        await tab.type(passcode, '7391 blue');
        await clickText(tab, 'Unlock');
        await waitUntil('the unlocked tools', () =>
          tab.evaluate<boolean>(
            "return [...document.querySelectorAll('button')].some((el) => el.innerText.trim() === 'My log')",
          ),
        );
        await clickText(tab, 'My log');
        await waitUntil('the entry, readable again', () =>
          tab.evaluate<boolean>(
            `return document.querySelector('.log-entry')?.textContent.includes(${JSON.stringify(secret)}) ?? false`,
          ),
        );
      });
    },
  },
  {
    name: 'offline: every English route and a cold start, with the server stopped',
    async run({ engine, startApp, englishRoutes }) {
      const server = await startApp();
      const app = server.url;
      let tab = await engine.newTab();
      try {
        await tab.goto(`${app}/`);
        await waitForApp(tab);
        await waitUntil(
          'the service worker to take control',
          async () => {
            const ready = await tab.evaluate<boolean>(
              'await navigator.serviceWorker.ready; return navigator.serviceWorker.controller !== null;',
            );
            if (!ready) await tab.goto(`${app}/`);
            return ready;
          },
          30_000,
        );
        await server.close();
        for (const route of englishRoutes) {
          await tab.goto(`${app}${route}`);
          const ok = await tab.evaluate<boolean>(
            "return document.querySelectorAll('h1').length === 1 && document.querySelector('a[data-quick-exit]') !== null",
          );
          expect(ok, `${route} did not open offline`);
        }
        // A cold start: a new tab in the same profile, straight to a page, with no network.
        tab = await tab.reopen();
        await tab.goto(`${app}/helplines/`);
        await waitForApp(tab);
        expect(
          (await tab.evaluate<number>("return document.querySelectorAll('.service').length")) > 10,
          'cold start offline showed no helplines',
        );
      } finally {
        await tab.close();
        await server.close().catch(() => undefined);
      }
    },
  },
  {
    name: 'no request to any other origin, and nothing typed or located leaves the device',
    async run({ engine, app, world }) {
      const typed = ['bruises', 'GL1 1AA'];
      await inNewTab(engine, async (tab) => {
        const before = world.requests.length;
        const seenInPage: string[] = [];
        const visit = async (path: string, act?: () => Promise<void>) => {
          await tab.goto(`${app}${path}`);
          await waitForApp(tab);
          await act?.();
          await new Promise((resolve) => setTimeout(resolve, 300));
          seenInPage.push(
            ...(await tab.evaluate<string[]>(
              "return performance.getEntriesByType('resource').map((entry) => entry.name)",
            )),
          );
        };
        await visit('/');
        await visit('/search/', async () => {
          await tab.type('#search-input', typed[0]!);
          await waitUntil('search results', () =>
            tab.evaluate<boolean>("return document.querySelector('.search-results p') !== null"),
          );
        });
        await visit('/near-me/', async () => {
          await tab.type('#near-me-input', typed[1]!);
          await tab.click('form button[type="submit"]');
          await waitUntil('near-me results', () =>
            tab.evaluate<boolean>("return document.querySelector('#near-me-results') !== null"),
          );
        });
        await visit('/cy/helplines/');
        await visit('/easy-read/domestic-abuse/');
        const fromDriver = tab.requests();
        const everything = [...seenInPage, ...(fromDriver ?? [])];
        const elsewhere = everything.filter(
          (url) => !url.startsWith(app) && !url.startsWith('data:'),
        );
        expect(elsewhere.length === 0, `requests to other origins: ${elsewhere.join(', ')}`);
        const carried = everything.filter((url) =>
          typed.some((words) => url.toLowerCase().includes(words.toLowerCase().replace(' ', ''))),
        );
        expect(carried.length === 0, `a request carried what was typed: ${carried.join(', ')}`);
        // The proxy sees every request to another origin, whoever makes it; none may carry the
        // typed words (the browser's own update checks may appear and carry nothing of ours).
        const outside = world.requests.slice(before);
        const leaked = outside.filter((request) =>
          typed.some((words) =>
            decodeURIComponent(request.url).toLowerCase().includes(words.toLowerCase()),
          ),
        );
        expect(
          leaked.length === 0,
          `typed words reached another site: ${leaked.map((r) => r.url).join(', ')}`,
        );
        const fromApp = outside.filter((request) => request.referer?.startsWith(app));
        expect(
          fromApp.length === 0,
          `the app asked another site for: ${fromApp.map((r) => r.url).join(', ')}`,
        );
      });
    },
  },
  {
    name: 'installing on iOS: touch icon, home-screen title, status bar, standalone, and a disguise',
    async run({ engine, app }) {
      await inNewTab(engine, async (tab) => {
        await tab.goto(`${app}/`);
        await waitForApp(tab);
        const install = await tab.evaluate<{
          icon: string;
          title: string;
          capable: string;
          statusBar: string;
          display: string;
          iconOk: boolean;
        }>(`
          const meta = (name) => document.querySelector('meta[name="' + name + '"]')?.content ?? '';
          const icon = document.querySelector('link[rel="apple-touch-icon"]')?.href ?? '';
          const manifest = await (await fetch(document.querySelector('link[rel="manifest"]').href)).json();
          return {
            icon,
            title: meta('apple-mobile-web-app-title'),
            capable: meta('apple-mobile-web-app-capable'),
            statusBar: meta('apple-mobile-web-app-status-bar-style'),
            display: manifest.display,
            iconOk: (await fetch(icon)).ok,
          };`);
        expect(install.iconOk && install.icon.endsWith('.png'), `touch icon: ${install.icon}`);
        expect(install.title === 'Waymark', `home-screen title: ${install.title}`);
        expect(
          install.capable === 'yes' && install.statusBar === 'default',
          `status bar: ${JSON.stringify(install)}`,
        );
        expect(install.display === 'standalone', `display: ${install.display}`);
        // With a disguise chosen, the icon and the name iOS would save are the disguise's.
        await tab.evaluate(
          "localStorage.setItem('waymark-settings', JSON.stringify({ identity: 'weather' })); return true;",
        );
        await tab.goto(`${app}/`);
        await waitForApp(tab);
        const disguised = await tab.evaluate<{ icon: string; title: string; tabTitle: string }>(`
          return {
            icon: document.querySelector('link[rel="apple-touch-icon"]').getAttribute('href'),
            title: document.querySelector('meta[name="apple-mobile-web-app-title"]').content,
            tabTitle: document.title,
          };`);
        expect(disguised.icon === '/icons/weather-192.png', `disguised icon: ${disguised.icon}`);
        // The private tools say plainly that Safari may delete them, and how to keep them.
        await tab.goto(`${app}/my-tools/`);
        await waitForApp(tab);
        const storageNote = await tab.evaluate<string>(
          "return document.querySelector('[data-apple-storage]')?.textContent ?? ''",
        );
        expect(
          storageNote.includes('7 days') && storageNote.includes('Add to Home Screen'),
          `the iPhone storage note is missing: ${storageNote}`,
        );
        expect(
          disguised.title === disguised.tabTitle && !disguised.title.includes('Waymark'),
          `disguised name: ${JSON.stringify(disguised)}`,
        );
      });
    },
  },
];
