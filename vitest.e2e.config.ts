import { defineConfig } from 'vitest/config';

// Browser contracts, run against the built dist/ in real headless Chromium. One file at a
// time: the machine has two cores and each file starts its own browser and server.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Browsers on a busy two-core machine: give polled assertions the same 10 s as other waits.
    expect: { poll: { timeout: 10_000 } },
  },
});
