/**
 * What the page evaluates before its first paint: the modules the app's entry (src/ui/app/define.ts)
 * imports statically, transitively (a dynamic import() is a later chunk). Parsing, compiling and
 * evaluating them is most of a cold load's main-thread time, so code the first paint never runs
 * stays out: the simulator's actor path and its machines (the page's runs are the worker's, on
 * the fast path; only the exercise runs on the page, and its view is loaded with its tab).
 * Nor the scenario reader (zod and its schemas, ~60 ms of a cold load): the build read the bundled
 * scenarios (src/build/prebuilt-scenarios.ts), and the page imports the reader when it reads one.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = 'src/ui/app/define.ts';

/** The files `entry` imports statically, transitively (paths relative to the repository). */
async function staticGraph(entry: string): Promise<Set<string>> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    splitting: true,
    outdir: 'out',
    logLevel: 'silent',
    plugins: [
      {
        // the build's virtual modules (holiday loaders, prebuilt scenarios) are data, not code
        name: 'virtual',
        setup(b) {
          b.onResolve({ filter: /^virtual:/ }, (a) => ({ path: a.path, namespace: 'virtual' }));
          b.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({ contents: 'export default {}' }));
        },
      },
    ],
  });
  const inputs = result.metafile.inputs;
  const seen = new Set([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift())
    for (const i of inputs[file]?.imports ?? [])
      if (i.kind === 'import-statement' && !seen.has(i.path)) {
        seen.add(i.path);
        queue.push(i.path);
      }
  return seen;
}

describe("the app's start-up modules", () => {
  let graph: Set<string>;
  beforeAll(async () => {
    graph = await staticGraph(ENTRY);
  }, 60_000);

  it('include the timeline, the worker runner and the playback machine (the check sees the graph)', () => {
    expect(graph).toContain('src/ui/timeline-view/timeline-view.ts');
    expect(graph).toContain('src/ui/controllers/simulation-runner.ts');
    expect(graph).toContain('src/machines/playback.machine.ts');
  });

  it("leave out the simulator's actor path and the machines it runs", () => {
    const actorPath = [...graph].filter(
      (f) =>
        f === 'src/simulator/simulate.ts' ||
        /^src\/machines\/(component|recovery-plan|standby-group|team)\.machine\.ts$/.test(f),
    );
    expect(actorPath).toEqual([]);
  });

  it("leave out the scenario reader: zod and the schemas it builds (the build read the bundled scenarios)", () => {
    const reader = [...graph].filter(
      (f) =>
        f.startsWith('node_modules/zod/') ||
        /^src\/scenario\/[a-z-]+-format\.ts$/.test(f) ||
        f === 'src/scenario/parse.ts' ||
        f === 'src/scenario/schema.ts',
    );
    expect(reader).toEqual([]);
  });
});
