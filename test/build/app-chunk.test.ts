import { describe, expect, it } from 'vitest';
import { appModules, staticallyReachable } from '../../src/build/app-chunk.ts';

/** A module graph: each module and what it imports statically. */
const graph: Record<string, string[]> = {
  '/p/src/main.ts': ['/p/src/early.ts'],
  '/p/src/early.ts': ['/p/src/runner.ts', '\0virtual:loaders'],
  '/p/src/runner.ts': [],
  '\0virtual:loaders': [],
  '/p/src/define.ts': ['/p/src/app.ts'],
  '/p/src/app.ts': ['/p/src/runner.ts', '/p/src/units.ts', '/p/node_modules/lit/index.js', '\0decorate'],
  '/p/src/units.ts': ['/p/src/app.ts'], // a cycle
  '/p/node_modules/lit/index.js': [],
  '\0decorate': [],
  '/p/src/editor.ts': ['/p/src/units.ts'], // a lazy tab: imported dynamically, so not in the graph
};
const info = (id: string) => (graph[id] ? { importedIds: graph[id] } : null);

describe("the app's start-up chunk", () => {
  it('follows static imports, through cycles', () => {
    expect([...staticallyReachable('/p/src/define.ts', info)].sort()).toEqual([
      '\0decorate',
      '/p/node_modules/lit/index.js',
      '/p/src/app.ts',
      '/p/src/define.ts',
      '/p/src/runner.ts',
      '/p/src/units.ts',
    ]);
  });

  it("holds the app's own modules, not the page entry's, a library's or a lazy tab's", () => {
    expect([...appModules('/p/src/define.ts', '/p/src/main.ts', info)].sort()).toEqual([
      '\0decorate',
      '/p/src/app.ts',
      '/p/src/define.ts',
      '/p/src/units.ts',
    ]);
  });
});
