/**
 * One thin driver layer over three engines, so the contracts in contracts.ts run unchanged
 * in each: Chromium and Firefox ESR through Playwright (Firefox over WebDriver BiDi, with the
 * Playwright version that still speaks to Firefox ESR), and WebKitGTK through its WebDriver
 * with MiniBrowser under a virtual display (MiniBrowser has no headless mode).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { chromium, type Browser as PlaywrightBrowser, type Page } from 'playwright-core';
import { firefox } from 'pw-firefox';
import { Builder, By, Capabilities, Key, until, type WebDriver } from 'selenium-webdriver';

export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINES)[number];

export const BINARIES = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/lib/firefox-esr/firefox-esr',
  webkit: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
} as const;

/** Any single command that takes longer than this has hung (WebKitWebDriver sometimes does). */
export const COMMAND_TIMEOUT = 15_000;

/** One tab in a fresh browser profile. */
export interface Tab {
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  /** Runs a function body in the page (it may return a promise) and returns its result. */
  evaluate<T>(body: string): Promise<T>;
  /** A real pointer click on the first element matching the selector. */
  click(selector: string): Promise<void>;
  /** A key press sent to whatever has focus. */
  press(key: 'Enter' | 'Shift' | 'Tab'): Promise<void>;
  /** Replaces an input's value by typing, as a person would. */
  type(selector: string, text: string): Promise<void>;
  /** Requests the page itself made, where the driver can see them (null: it cannot). */
  requests(): string[] | null;
  /** Closes this tab and opens a new one in the same profile: a cold start of the app. */
  reopen(): Promise<Tab>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** A tab in a new, empty profile (its own storage and service workers). */
  newTab(options?: { width?: number; height?: number }): Promise<Tab>;
  close(): Promise<void>;
}

function withTimeout<T>(what: string, promise: Promise<T>, ms = COMMAND_TIMEOUT): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export async function launchEngine(name: EngineName, proxy: string): Promise<Engine> {
  if (name === 'webkit') return launchWebKit(proxy);
  const browser: PlaywrightBrowser =
    name === 'chromium'
      ? await chromium.launch({
          executablePath: BINARIES.chromium,
          proxy: { server: `http://${proxy}` },
        })
      : // The Firefox launcher is the same API from an older Playwright; its types match.
        ((await firefox.launch({
          channel: 'moz-firefox',
          executablePath: BINARIES.firefox,
          headless: true,
          // Playwright's own proxy option does not reach Firefox over BiDi: set the prefs.
          firefoxUserPrefs: firefoxProxyPrefs(proxy),
        })) as unknown as PlaywrightBrowser);
  return {
    name,
    async newTab({ width = 390, height = 844 } = {}) {
      const context = await browser.newContext({
        ignoreHTTPSErrors: true,
        viewport: { width, height },
      });
      const open = async (): Promise<Tab> => {
        const page = await context.newPage();
        page.setDefaultTimeout(COMMAND_TIMEOUT);
        const seen: string[] = [];
        page.on('request', (request) => seen.push(request.url()));
        return playwrightTab(page, seen, {
          reopen: async () => {
            const next = await open();
            await page.close();
            return next;
          },
          close: () => context.close(),
        });
      };
      return open();
    },
    close: () => browser.close(),
  };
}

function firefoxProxyPrefs(proxy: string): Record<string, string | number | boolean> {
  const [host = '127.0.0.1', port = '0'] = proxy.split(':');
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host,
    'network.proxy.http_port': Number(port),
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': Number(port),
    'network.proxy.no_proxies_on': '',
    // The app itself is on 127.0.0.1: reach it directly.
    'network.proxy.allow_hijacking_localhost': false,
  };
}

function playwrightTab(
  page: Page,
  seen: string[],
  profile: { reopen: () => Promise<Tab>; close: () => Promise<void> },
): Tab {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    url: async () => page.url(),
    evaluate: <T>(body: string) =>
      withTimeout('evaluate', page.evaluate(`(async () => { ${body} })()`) as Promise<T>),
    click: (selector) => page.locator(selector).first().click(),
    press: (key) => page.keyboard.press(key),
    type: async (selector, text) => {
      await page.locator(selector).first().fill('');
      await page.locator(selector).first().pressSequentially(text);
    },
    requests: () => seen,
    reopen: profile.reopen,
    close: profile.close,
  };
}

/** A free TCP port on this machine, for WebKitWebDriver to listen on. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Xvfb on the first free display; it writes the display number to fd 3 when ready. */
function startDisplay(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
        detached: true,
      },
    );
    xvfb.on('error', reject);
    xvfb.stdio[3]?.once('data', (data: Buffer) =>
      resolve({ display: `:${data.toString().trim()}`, process: xvfb }),
    );
  });
}

async function launchWebKit(proxy: string): Promise<Engine> {
  const { display, process: xvfb } = await startDisplay();
  const port = await freePort();
  const driverProcess = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
    detached: true,
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const sessions = new Set<WebDriver>();
  const stop = (child: ChildProcess) => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  return {
    name: 'webkit',
    async newTab({ width = 390, height = 844 } = {}) {
      const capabilities = new Capabilities({
        browserName: 'MiniBrowser',
        acceptInsecureCerts: true,
        // MiniBrowser takes the proxy on its command line; the app on 127.0.0.1 goes direct.
        'webkitgtk:browserOptions': {
          binary: BINARIES.webkit,
          args: [
            '--automation',
            `--proxy=http://${proxy}`,
            '--ignore-host=127.0.0.1',
            '--ignore-tls-errors',
          ],
        },
      });
      const driver = await withTimeout(
        'WebKit session',
        new Builder()
          .usingServer(`http://127.0.0.1:${port}`)
          .withCapabilities(capabilities)
          .build(),
        30_000,
      );
      sessions.add(driver);
      await driver.manage().setTimeouts({ script: COMMAND_TIMEOUT, pageLoad: COMMAND_TIMEOUT });
      await driver.manage().window().setRect({ width, height });
      return webDriverTab(driver, async () => {
        sessions.delete(driver);
        await withTimeout('quit', driver.quit()).catch(() => undefined);
      });
    },
    async close() {
      for (const driver of sessions)
        await withTimeout('quit', driver.quit()).catch(() => undefined);
      stop(driverProcess);
      stop(xvfb);
    },
  };
}

function webDriverTab(driver: WebDriver, close: () => Promise<void>): Tab {
  const keys = { Enter: Key.ENTER, Shift: Key.SHIFT, Tab: Key.TAB } as const;
  return {
    goto: (url) => withTimeout(`go to ${url}`, driver.get(url)),
    url: () => withTimeout('url', driver.getCurrentUrl()),
    evaluate: <T>(body: string) =>
      withTimeout(
        'evaluate',
        driver.executeScript(`return (async () => { ${body} })()`) as Promise<T>,
      ),
    click: async (selector) => {
      const element = await withTimeout('find', driver.findElement(By.css(selector)));
      // WebKitWebDriver scrolls a target only just into view, where a sticky bar can cover it.
      await withTimeout(
        'scroll',
        driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", element),
      );
      await withTimeout('click', element.click());
    },
    press: (key) =>
      withTimeout(`press ${key}`, driver.actions().keyDown(keys[key]).keyUp(keys[key]).perform()),
    type: async (selector, text) => {
      const element = await withTimeout('find', driver.findElement(By.css(selector)));
      // Controls that need the script stay hidden until it runs; wait, as Playwright does.
      await driver.wait(until.elementIsVisible(element), COMMAND_TIMEOUT);
      await withTimeout('clear', element.clear());
      await withTimeout('type', element.sendKeys(text));
    },
    // WebKitGTK's driver has no BiDi: it cannot list requests. The outside world's log and
    // the page's own Resource Timing cover that gap (see contracts.ts).
    requests: () => null,
    reopen: async () => {
      const old = await withTimeout('window', driver.getWindowHandle());
      await withTimeout('new tab', driver.switchTo().newWindow('tab'));
      const fresh = await withTimeout('window', driver.getWindowHandle());
      await withTimeout('switch', driver.switchTo().window(old));
      await withTimeout('close tab', driver.close());
      await withTimeout('switch', driver.switchTo().window(fresh));
      return webDriverTab(driver, close);
    },
    close,
  };
}
