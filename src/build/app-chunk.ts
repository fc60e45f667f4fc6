/**
 * The page's start-up chunks, for a light and early first load (src/main.ts):
 *
 * - One `app` chunk: every module of ours the app's entry (src/ui/app/define.ts, imported
 *   dynamically by the tiny page entry) needs at once, statically, minus what the page entry
 *   itself loads. Left to automatic chunking, the modules the app shares with its lazily loaded
 *   tabs became a dozen chunks of 1-13 kB, each a request of its own: with HTTP/1.1's six
 *   connections a cold load fetched them in four rounds (~50 ms each on this machine) before the
 *   app could run. Every tab is imported by the app, so it loads after it and finds them there.
 * - The HTML names the app chunk and its imports as `modulepreload`, so the browser fetches them
 *   while it fetches the page entry, not after the entry has run.
 */
import type { Plugin } from 'vite';

interface Graph {
  readonly importedIds: readonly string[];
}

/** The modules reachable from `from` by static imports (`from` included). */
export function staticallyReachable(
  from: string,
  info: (id: string) => Graph | null,
): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of info(id)?.importedIds ?? []) stack.push(next);
  }
  return seen;
}

/** Our own modules (not a library's, not a virtual one) the app needs, less the page entry's. */
export function appModules(
  appEntry: string,
  pageEntry: string,
  info: (id: string) => Graph | null,
): Set<string> {
  const page = staticallyReachable(pageEntry, info);
  const app = new Set<string>();
  for (const id of staticallyReachable(appEntry, info))
    if (!page.has(id) && !id.includes('node_modules') && !id.startsWith('\0rolldown')) app.add(id);
  return app;
}

export interface AppChunk {
  readonly plugin: Plugin;
  /** A `codeSplitting` group (lower priority than the libraries' groups, which take theirs first). */
  readonly group: {
    name: string;
    test: (id: string) => boolean;
    priority: number;
    includeDependenciesRecursively: boolean;
  };
}

export function appChunk(appEntry: string, pageEntry: string): AppChunk {
  let modules = new Set<string>();
  const endsWith = (suffix: string) => (id: string) => id.endsWith(suffix);
  return {
    plugin: {
      name: 'app-chunk',
      apply: 'build',
      buildEnd() {
        const ids = [...this.getModuleIds()];
        const app = ids.find(endsWith(appEntry));
        const page = ids.find(endsWith(pageEntry));
        if (app === undefined || page === undefined) return; // a worker's build: neither is in it
        modules = appModules(app, page, (id) => this.getModuleInfo(id));
      },
      transformIndexHtml: {
        order: 'post',
        handler(html, context) {
          const bundle = context.bundle;
          if (!bundle) return html;
          // The group's chunk has no facade: it is the one holding the app's entry module.
          const app = Object.values(bundle).find(
            (c) => c.type === 'chunk' && c.moduleIds.some(endsWith(appEntry)),
          );
          if (app?.type !== 'chunk') return html;
          const base = html.includes('src="./assets/') ? './' : '/';
          const present = new Set([...html.matchAll(/href="[^"]*\/(assets\/[^"]+)"/g)].map((m) => m[1]));
          const links = [app.fileName, ...app.imports]
            .filter((file) => !present.has(file) && !html.includes(`src="${base}${file}"`))
            .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
          return html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
        },
      },
    },
    group: {
      name: 'app',
      test: (id) => modules.has(id),
      priority: -1,
      // Only the modules above: pulling in their imports would move the page entry's own
      // modules (the worker's start, the early holidays) into the app chunk.
      includeDependenciesRecursively: false,
    },
  };
}
