/**
 * How the sources import each other (STYLE.md): imports point down the layers and never go in a
 * circle, type-only imports included (a circle of types is still two concepts that cannot be
 * read apart). Relative imports of src/ are followed; packages are not.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './support/source-files.ts';

const root = join(import.meta.dirname, '..');

/** Each source's imports and re-exports of other sources (`from './x.ts'`), static only. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const text = readFileSync(file, 'utf8');
      const targets = [
        ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]/g),
      ]
        .map((m) => resolve(dirname(file), m[1]!))
        .filter((target) => known.has(target));
      return [file, targets];
    }),
  );
}

/** The graph's circles: its strongly connected parts of two or more files (Tarjan). */
function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    order.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) !== order.get(v)) return;
    const part: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      part.push(w);
    } while (w !== v);
    if (part.length > 1) found.push(part);
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return found;
}

const name = (file: string): string => relative(join(root, 'src'), file);

describe('the imports of the sources', () => {
  const graph = importGraph(sourceFiles(join(root, 'src')));

  it('finds the imports, type-only and re-exports included', () => {
    const model = graph.get(join(root, 'src/core/model.ts'))!.map(name);
    expect(model).toContain('core/team-model.ts');
    expect(model).toContain('core/model-basics.ts');
    expect(graph.size).toBeGreaterThan(500);
  });

  it('tells a circle when there is one', () => {
    const a = join(root, 'src/a.ts');
    const b = join(root, 'src/b.ts');
    const c = join(root, 'src/c.ts');
    expect(
      circles(
        new Map([
          [a, [b]],
          [b, [c]],
          [c, [a]],
        ]),
      ).map((p) => p.map(name).sort()),
    ).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(
      circles(
        new Map([
          [a, [b]],
          [b, [c]],
          [c, []],
        ]),
      ),
    ).toEqual([]);
  });

  it('never go in a circle', () => {
    expect(circles(graph).map((part) => part.map(name).sort().join(' <-> '))).toEqual([]);
  });

  it('never go from the simulation core up into the workers, the UI, the charts or the command line', () => {
    const pure = /^(core|machines|scenario|simulator|analysis|exercise)\//;
    const up = /^(workers|ui|charts|cli)\//;
    const wrong = [...graph].flatMap(([file, targets]) =>
      pure.test(name(file))
        ? targets.filter((t) => up.test(name(t))).map((t) => `${name(file)} -> ${name(t)}`)
        : [],
    );
    expect(wrong).toEqual([]);
  });
});
