import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer } from './harness';
import {
  LIGHTHOUSE_PATHS,
  launchForLighthouse,
  lighthouseScores,
} from '../lighthouse/lighthouse-scores';
import type { StaticServer } from '../../src/build/static-server';

const PORT = 9229 + Math.floor(Math.random() * 500);

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launchForLighthouse(PORT);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Performance is measured by `npm run bench` (it varies on a busy machine); these two
// categories are deterministic enough to fail a run on.
describe('Lighthouse: accessibility and best practices score 100', () => {
  it('on the home, a topic, helplines and near-me pages, in English and Urdu', async () => {
    const results = await lighthouseScores(
      server.url,
      LIGHTHOUSE_PATHS,
      ['accessibility', 'best-practices'],
      PORT,
    );
    const below = results.flatMap(({ path, scores, failing }) =>
      scores.accessibility === 100 && scores['best-practices'] === 100
        ? []
        : [`${path}: ${JSON.stringify(scores)} ${failing.join('; ')}`],
    );
    expect(below).toEqual([]);
  }, 300_000);
});
