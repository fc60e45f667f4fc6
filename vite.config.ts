import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files run on at least two workers. Vitest's default (cores - 1) is one worker on a 2-core
 * machine, which leaves a core idle while the main process waits: two workers took the unit
 * suite from 352 s to 270 s and the e2e suite from 380 s to 285 s on the 2-core CI machine.
 */
export const testWorkers = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  // Relative asset URLs: the built app works from any folder (file share, sub-path, zip).
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    // One app bundle (D3, XState, zod, YAML, Lit): about 560 kB, 175 kB gzipped, loaded once.
    chunkSizeWarningLimit: 700,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    // Statistical and fuzz tests run thousands of simulations: on a loaded 2-core machine a
    // few take several seconds. Speed is checked by npm run bench, not by test timeouts.
    testTimeout: 30_000,
    maxWorkers: testWorkers,
  },
});
