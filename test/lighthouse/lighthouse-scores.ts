/**
 * Lighthouse (the npm package) against Debian's Chromium, with its default mobile emulation.
 * Shared by `npm run bench` (every category, printed) and the e2e suite (accessibility and
 * best practices, which are steady enough to fail a run on).
 */
import lighthouse from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/browser';

/** Home, a topic page, helplines and near-me, in English and in Urdu (right to left). */
export const LIGHTHOUSE_PATHS = [
  '/',
  '/domestic-abuse/',
  '/helplines/',
  '/near-me/',
  '/ur/',
  '/ur/domestic-abuse/',
  '/ur/helplines/',
  '/ur/near-me/',
];

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export interface PageScores {
  path: string;
  scores: Record<string, number>;
  /** Audits that did not pass in the categories asked for, for a useful failure message. */
  failing: string[];
}

/** A Chromium that Lighthouse can drive over the DevTools protocol on a free port. */
export async function launchForLighthouse(port: number): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [`--remote-debugging-port=${port}`, '--disable-gpu', '--no-first-run'],
  });
}

export async function lighthouseScores(
  origin: string,
  paths: string[],
  categories: Category[],
  port: number,
): Promise<PageScores[]> {
  const results: PageScores[] = [];
  for (const path of paths) {
    const run = await lighthouse(`${origin}${path}`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = run;
    const scores: Record<string, number> = {};
    const failing: string[] = [];
    for (const category of categories) {
      const result = lhr.categories[category];
      scores[category] = Math.round((result?.score ?? 0) * 100);
      for (const ref of result?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          failing.push(`${category}: ${audit.id} (${audit.title})`);
        }
      }
    }
    results.push({ path, scores, failing });
  }
  return results;
}
