/**
 * Runs the browser contracts (contracts.ts) in each engine against the built app, and prints
 * one line per engine: `chromium: 9 passed, 0 failed (41 s)`. A failing engine fails the run.
 *
 *   npm run test:engine                  all three engines
 *   npm run test:engine -- firefox       one engine (chromium, firefox or webkit)
 *
 * Needs `npm run build` first, and the engines from Debian (`.ci/run` installs them).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePath } from '../../src/app/paths';
import { startStaticServer } from '../../src/build/static-server';
import { DIST, builtPagePaths } from '../e2e/harness';
import { CONTRACTS } from './contracts';
import { BINARIES, ENGINES, launchEngine, type EngineName } from './drivers';
import { startOutsideWorld } from './outside-world';

/** No contract may take longer than this, whatever an engine does. */
const CONTRACT_TIMEOUT = 180_000;

const asked = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = asked.filter((name) => !(ENGINES as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Unknown engine(s): ${unknown.join(', ')}. Choose from: ${ENGINES.join(', ')}.`);
  process.exit(2);
}
const engines = (asked.length > 0 ? asked : [...ENGINES]) as EngineName[];
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(2);
}

const englishRoutes = builtPagePaths().filter((path) => parsePath(path).locale === 'en');
const app = await startStaticServer(DIST, 0);
const world = await startOutsideWorld();
const results: Record<string, { passed: number; failed: number; seconds: number }> = {};

for (const name of engines) {
  const started = Date.now();
  const result = { passed: 0, failed: 0, seconds: 0 };
  results[name] = result;
  console.log(`\n== ${name}`);
  if (!existsSync(BINARIES[name])) {
    console.log(
      `  ✗ ${name} is not installed at ${BINARIES[name]} (run .ci/run, or apt-get install it)`,
    );
    result.failed = CONTRACTS.length;
    continue;
  }
  let engine;
  try {
    engine = await launchEngine(name, world.proxy);
  } catch (error) {
    console.log(`  ✗ could not start ${name}: ${String(error)}`);
    result.failed = CONTRACTS.length;
    continue;
  }
  for (const contract of CONTRACTS) {
    const contractStarted = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        contract.run({
          engine,
          app: app.url,
          world,
          englishRoutes,
          startApp: () => startStaticServer(DIST, 0),
        }),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`took over ${CONTRACT_TIMEOUT / 1000} s`)),
            CONTRACT_TIMEOUT,
          );
        }),
      ]);
      result.passed++;
      console.log(`  ✓ ${contract.name} (${((Date.now() - contractStarted) / 1000).toFixed(1)} s)`);
    } catch (error) {
      result.failed++;
      // Some WebDriver errors carry no message: show their name and first stack lines.
      const why =
        error instanceof Error
          ? error.message ||
            `${error.name}: ${error.stack?.split('\n').slice(1, 4).join(' ') ?? ''}`
          : String(error);
      console.log(`  ✗ ${contract.name}\n      ${why}`);
    } finally {
      clearTimeout(timer);
    }
  }
  await engine.close().catch(() => undefined);
  result.seconds = Math.round((Date.now() - started) / 1000);
}

await world.close();
await app.close();

console.log('');
for (const [name, { passed, failed, seconds }] of Object.entries(results))
  console.log(`${name}: ${passed} passed, ${failed} failed (${seconds} s)`);
const reports = resolve(import.meta.dirname, '../../.cache/test-reports');
mkdirSync(reports, { recursive: true });
writeFileSync(join(reports, 'engines.json'), JSON.stringify(results, null, 2));
process.exit(Object.values(results).every((result) => result.failed === 0) ? 0 : 1);
