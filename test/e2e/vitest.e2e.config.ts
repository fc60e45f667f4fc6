/**
 * End-to-end tests: `npm run test:e2e`. The global setup builds the app, serves it with
 * `vite preview` and provides its address; each test file drives Debian's Chromium.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { testWorkers } from '../../vite.config.ts';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    // two files drive two browsers at once (vite.config.ts testWorkers)
    maxWorkers: testWorkers,
    // a guard against a hang, not a speed check: a browser shares the cores with another
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for the page (a file parsed, an address written), not a speed check:
    // its 1 s default failed on a loaded machine while the page was still parsing the bank
    expect: { poll: { timeout: 10_000 } },
  },
});
