/**
 * The simulation worker's script fetched from the HTML: the page entry starts the worker
 * (src/ui/app/early-start.ts), but only once the entry itself has arrived and run, and only then
 * did the worker's 53 kB (gz) start to come, after the app's chunks. A `prefetch` link names it
 * in the page, so it comes with the entry and the app's chunks; the worker's own request finds it
 * in the HTTP cache (assets are immutable: src/build/immutable-assets.ts), or joins it in flight.
 * (A `modulepreload` would be fetched for the document's module map, which a worker does not
 * share; a `preload` the worker does not consume warns in the console.)
 */
import type { Plugin } from 'vite';

/** The href of the bundle's simulation worker script (`./assets/simulate.worker-….js`), or null. */
export function simulationWorkerHref(fileNames: readonly string[], base: string): string | null {
  const file = fileNames.find((name) => /(^|\/)simulate\.worker-[\w-]+\.js$/.test(name));
  return file === undefined ? null : `${base}${file}`;
}

export function workerPrefetch(): Plugin {
  let base = './';
  return {
    name: 'worker-prefetch',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        const href = simulationWorkerHref(Object.keys(context.bundle), base);
        if (href === null) return html;
        return [
          {
            tag: 'link',
            attrs: { rel: 'prefetch', href },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
