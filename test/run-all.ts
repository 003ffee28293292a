/**
 * `npm test`: type-check, lint, content checks, unit tests, production build, then the browser contracts
 * against that build. Prints one plain summary line per suite and a total, because CI
 * reads closing lines and vitest's own summary is not one it understands.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

console.log('');
for (const { name, passed, failed } of checks)
  console.log(`${name}: ${passed} passed, ${failed} failed`);
const passed = checks.reduce((sum, c) => sum + c.passed, 0);
const failed = checks.reduce((sum, c) => sum + c.failed, 0);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
