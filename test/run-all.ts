/**
 * `npm test`: type-check, lint, content checks, unit tests, production build, then the browser contracts
 * against that build. Prints one plain summary line per suite and a total, because CI
 * reads closing lines and vitest's own summary is not one it understands.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ENGINES } from './engines/drivers';

const root = resolve(import.meta.dirname, '..');
const reports = join(root, '.cache/test-reports');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n== ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  return result.status === 0;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTotalTests: number;
}

function runVitest(label: string, config: string): { passed: number; failed: number } {
  const output = join(reports, `${label}.json`);
  rmSync(output, { force: true });
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  let report: VitestJson;
  try {
    report = JSON.parse(readFileSync(output, 'utf8')) as VitestJson;
  } catch {
    // No report means the run itself broke: count it as one failure, never as a pass.
    return { passed: 0, failed: 1 };
  }
  // A suite that ran nothing, or skipped anything, has not proven anything.
  if (report.numTotalTests === 0) return { passed: 0, failed: 1 };
  let failed = report.numFailedTests + report.numPendingTests;
  // The runner can fail outside any test (an error while loading a file): count that too.
  if (!ok && failed === 0) failed = 1;
  return { passed: report.numPassedTests, failed };
}

/** The browser contracts in Chromium, Firefox ESR and WebKitGTK: one line per engine. */
function runEngineContracts(): { name: string; passed: number; failed: number }[] {
  const output = join(reports, 'engines.json');
  rmSync(output, { force: true });
  const ok = run('engines', 'npx', ['tsx', 'test/engines/run-engines.ts']);
  let report: Record<string, { passed: number; failed: number }> = {};
  try {
    report = JSON.parse(readFileSync(output, 'utf8')) as typeof report;
  } catch {
    // No report: the runner broke before the end. Every engine counts as failed.
  }
  const results: { name: string; passed: number; failed: number }[] = ENGINES.map((name) => {
    const result = report[name];
    if (!result || result.passed + result.failed === 0) return { name, passed: 0, failed: 1 };
    return { name, passed: result.passed, failed: result.failed };
  });
  // The runner failed yet no engine says why: never let that pass.
  if (!ok && results.every((result) => result.failed === 0))
    results.push({ name: 'engines', passed: 0, failed: 1 });
  return results;
}

mkdirSync(reports, { recursive: true });
const checks: { name: string; passed: number; failed: number }[] = [];
const check = (name: string, ok: boolean) =>
  checks.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

check('typecheck', run('typecheck', 'npm', ['run', '--silent', 'typecheck']));
check('lint', run('lint', 'npm', ['run', '--silent', 'lint']));
check('content', run('content', 'npm', ['run', '--silent', 'content:check']));
checks.push({ name: 'unit', ...runVitest('unit', 'vitest.config.ts') });
const built = run('build', 'npm', ['run', '--silent', 'build']);
check('build', built);
checks.push(
  built
    ? { name: 'e2e', ...runVitest('e2e', 'vitest.e2e.config.ts') }
    : { name: 'e2e', passed: 0, failed: 1 },
);
checks.push(
  ...(built ? runEngineContracts() : ENGINES.map((name) => ({ name, passed: 0, failed: 1 }))),
);

console.log('');
for (const { name, passed, failed } of checks)
  console.log(`${name}: ${passed} passed, ${failed} failed`);
const passed = checks.reduce((sum, c) => sum + c.passed, 0);
const failed = checks.reduce((sum, c) => sum + c.failed, 0);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
