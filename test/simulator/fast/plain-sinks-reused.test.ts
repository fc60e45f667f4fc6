/**
 * The plain runner keeps one MetricsSink per service and restarts it at each run: a run's
 * metrics are still those of a run on fresh sinks, and the metrics of an earlier run are
 * not changed by the runs after it (its outages and data losses stay its own lists).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSeed } from '../../../src/analysis/montecarlo/seeds.ts';
import { parseScenario } from '../../../src/scenario/index.ts';
import { compileScenario } from '../../../src/simulator/fast/compiled.ts';
import { plainRunnerOf } from '../../../src/simulator/fast/plain/plain-run.ts';

const FILE = 'test/bench/reference-model.yaml';

function reference() {
  const r = parseScenario(readFileSync(FILE, 'utf8'), FILE);
  if (!r.ok) throw new Error(`${FILE} does not parse`);
  return r.scenario;
}

describe('the plain runner reusing its sinks', () => {
  it('gives each run the metrics a fresh runner gives it, and leaves earlier metrics alone', () => {
    const scenario = reference();
    const runner = plainRunnerOf(compileScenario(scenario))!;
    expect(runner).not.toBeNull();
    const first = runner.run(runSeed('reused', 0), Infinity, undefined)!.metrics;
    const firstCopy = structuredClone(first);
    // The reference model's lines go down every year: outages to keep apart.
    expect(first.some((m) => m.outages.length > 0)).toBe(true);
    const later: unknown[] = [];
    for (let i = 1; i < 40; i++)
      later.push(runner.run(runSeed('reused', i), Infinity, undefined)!.metrics);
    expect(first).toEqual(firstCopy);
    // A fresh runner (a new compiled scenario: its own sinks) gives run 7 the same metrics.
    const fresh = plainRunnerOf(compileScenario(reference()))!;
    expect(fresh).not.toBe(runner);
    expect(structuredClone(fresh.run(runSeed('reused', 7), Infinity, undefined)!.metrics)).toEqual(
      structuredClone(later[6]),
    );
  });
});
