import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { appChunk } from './src/build/app-chunk.ts';
import { chunkLimit } from './src/build/chunk-limit.ts';
import { holidayChunks } from './src/build/holiday-chunks.ts';
import { immutableAssets } from './src/build/immutable-assets.ts';
import { precompressed, servePrecompressed } from './src/build/precompressed.ts';
import { prebuiltScenarios } from './src/build/prebuilt-scenarios.ts';
import { workerPrefetch } from './src/build/worker-prefetch.ts';

/**
 * Test files run on at least two workers. Vitest's default (cores - 1) is one worker on a 2-core
 * machine, which leaves a core idle while the main process waits: two workers took the unit
 * suite from 352 s to 270 s and the e2e suite from 380 s to 285 s on the 2-core CI machine.
 */
export const testWorkers = Math.max(2, availableParallelism() - 1);

/** The app's start-up modules in one chunk, preloaded by the HTML (src/build/app-chunk.ts). */
const app = appChunk('src/ui/app/define.ts', 'src/main.ts');

export default defineConfig({
  // Relative asset URLs: the built app works from any folder (file share, sub-path, zip).
  base: './',
  plugins: [
    holidayChunks(),
    prebuiltScenarios(),
    chunkLimit(),
    app.plugin,
    workerPrefetch(),
    immutableAssets(),
    precompressed(),
    servePrecompressed(),
  ],
  worker: {
    format: 'es',
    plugins: () => [holidayChunks(), prebuiltScenarios({ eager: true }), chunkLimit()],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Vite's default warning limit (500 kB): test/build/chunk-sizes.test.ts fails past it. The
    // first load brings the timeline only; each tab's view and each country's holidays are
    // chunks of their own (src/ui/app/lazy-tabs.ts, src/build/holiday-chunks.ts).
    rolldownOptions: {
      output: {
        // A tab's view is named for it (view-bia-view-…js), so the e2e test can tell them apart.
        chunkFileNames: (chunk) => {
          const view = /src\/ui\/([a-z-]+)\/(?:[a-z-]+\/)?define[a-z-]*\.ts$/.exec(
            chunk.facadeModuleId ?? '',
          );
          if (view?.[1] === 'app') return 'assets/app-[hash].js'; // the app itself
          // the Monte Carlo tab's session, loaded with its view (src/ui/app/lazy-montecarlo-session.ts)
          if (chunk.facadeModuleId?.endsWith('src/ui/montecarlo-view/session.ts'))
            return 'assets/view-montecarlo-session-[hash].js';
          return view ? `assets/view-${view[1]}-[hash].js` : 'assets/[name]-[hash].js';
        },
        // Libraries apart from the app's code: each chunk stays under the limit, fetched in
        // parallel, and a new build of the app leaves them cached.
        codeSplitting: {
          groups: [
            app.group,
            {
              name: 'codemirror',
              test: /node_modules[\\/](@codemirror|@lezer|crelt|style-mod|w3c-keyname)[\\/]/,
            },
            // zod stays apart: the page's first paint never reads a scenario (the build did,
            // src/build/prebuilt-scenarios.ts), so it comes with the reader, when one is read.
            { name: 'read', test: /node_modules[\\/](yaml|js-yaml|temporal-polyfill)[\\/]/ },
            {
              name: 'draw',
              test: /node_modules[\\/](d3-[a-z-]+|lit|lit-html|lit-element|@lit|xstate|seedrandom|internmap|delaunator|robust-predicates)[\\/]/,
            },
          ],
        },
      },
    },
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
