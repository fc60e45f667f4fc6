/**
 * The simulation core runs the same in Node, the browser and workers, and is reproducible:
 * core, machines, scenario, simulator, analysis and exercise never read the wall clock, never use
 * Math.random, never touch the DOM and never import UI libraries. (ESLint enforces the same
 * rule while editing; this test keeps it true whatever the lint configuration.)
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles as files } from './support/source-files.ts';

const root = join(import.meta.dirname, '..');
const pureDirs = [
  'src/core',
  'src/machines',
  'src/scenario',
  'src/simulator',
  'src/analysis',
  'src/exercise',
];
const forbidden: [RegExp, string][] = [
  [/\bDate\.now\s*\(/, 'Date.now()'],
  [/\bnew Date\(\s*\)/, 'new Date() (the wall clock)'],
  [/\bMath\.random\s*\(/, 'Math.random()'],
  [/\bperformance\.now\s*\(/, 'performance.now()'],
  // a call, not a method signature such as the engine clock's `setTimeout(fn: ..., timeout: number)`
  [/(?<![.\w#])setTimeout\s*\((?!\s*\w+\s*:)/, 'setTimeout'],
  [/(?<![.\w#])setInterval\s*\((?!\s*\w+\s*:)/, 'setInterval'],
  [/\b(window|document|localStorage|requestAnimationFrame)\./, 'a DOM global'],
  [/from ['"](lit|d3|d3-selection)(\/[^'"]*)?['"]/, 'a UI library'],
];

describe('the simulation core is pure', () => {
  const sources = pureDirs.flatMap((d) => files(join(root, d)));

  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it.each(forbidden)('never uses %s', (pattern) => {
    const offenders = sources.filter((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .some((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && pattern.test(line)),
    );
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});

describe('the public-holiday data set is loaded only when a scenario names holidays', () => {
  it('date-holidays (a large data set) is imported by no module but the page engine: the page fetches it per country, Node requires it on demand', () => {
    const importers = files(join(root, 'src'))
      .filter((f) => /from ['"]date-holidays(-parser)?['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    // the page's holiday engine, a chunk of its own fetched with the first scenario naming holidays
    expect(importers).toEqual(['src/ui/app/holiday-engine.ts']);
  });
});
