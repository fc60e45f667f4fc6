import { defineConfig } from 'vitest/config';

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
  },
});
