import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { parsePath } from '../../src/app/paths';
import {
  builtPagePaths,
  routeOutsideWorld,
  useAppAndChromium,
  waitForApp,
  walkInTwoTabs,
} from './harness';

const app = useAppAndChromium();
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('accessibility: axe-core finds no WCAG 2.2 A or AA violation', () => {
  it.each([
    // English in both schemes for contrast; Welsh; Urdu for a right-to-left layout, in dark.
    ['en', 'light'],
    ['en', 'dark'],
    ['cy', 'light'],
    ['ur', 'dark'],
  ] as const)('on every page in %s, in %s mode', async (language, colorScheme) => {
    const paths = builtPagePaths().filter((path) => parsePath(path).locale === language);
    const context = await app.browser.newContext({
      colorScheme,
      viewport: { width: 390, height: 800 },
    });
    await routeOutsideWorld(context, app.server.url);
    const failures: string[] = [];
    await walkInTwoTabs(context, paths, async (page, path) => {
      await page.goto(`${app.server.url}${path}`);
      await waitForApp(page);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      for (const violation of results.violations) {
        failures.push(`${path}: ${violation.id} at ${violation.nodes[0]?.target.join(' ')}`);
      }
    });
    await context.close();
    expect(paths.length).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });
});
