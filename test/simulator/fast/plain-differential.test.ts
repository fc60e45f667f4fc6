/**
 * The plain runner (src/simulator/fast/plain/) against the general fast run, forced on the very
 * same compiled scenario: generated plain scenarios give the same metrics, byte for byte, and
 * the same count of engine events, seed after seed; the same progress calls; the same refusal
 * at the event ceiling; and the same study aggregate on the reference model.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runStudy } from '../../../src/analysis/montecarlo/run-study.ts';
import { runSeed } from '../../../src/analysis/montecarlo/seeds.ts';
import { StudyAggregate } from '../../../src/analysis/montecarlo/study-aggregate.ts';
import { computeMetrics } from '../../../src/core/metrics.ts';
import type { Scenario } from '../../../src/core/model.ts';
import { simTime } from '../../../src/core/time.ts';
import { parseScenario } from '../../../src/scenario/index.ts';
import { compileScenario } from '../../../src/simulator/fast/compiled.ts';
import { plainModelOf } from '../../../src/simulator/fast/plain/plain-model.ts';
import { runCompiled, type RunLimits } from '../../../src/simulator/fast/simulate-fast.ts';
import { simulateWithStats } from '../../../src/simulator/simulate.ts';
import { plainScenario } from './plain-arbitrary.ts';
import { component, flatDemand, scenario, service } from '../../support/model-builder.ts';

/** What a run gives, or the error it stops with, as text. */
function outcome(run: () => unknown): string {
  try {
    return JSON.stringify(run());
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

/** What the generated runs went through (so that the properties are seen to test something). */
const seen = { outages: 0, unserved: 0, dataLost: 0, breakpoints: 0 };

/** Both runners on the same compiled scenario give the same result, and the plain one was taken. */
function expectSameRuns(s: Scenario, seeds: readonly string[], limits: RunLimits = {}): void {
  const c = compileScenario(s);
  expect(plainModelOf(c)).not.toBeNull();
  if (c.breakpoints.length > 0) seen.breakpoints++;
  for (const seed of seeds) {
    const plain = outcome(() => runCompiled(c, seed, false, limits));
    const general = outcome(() => runCompiled(c, seed, false, { ...limits, general: true }));
    expect(plain).toBe(general);
    if (plain.startsWith('error')) continue;
    const { metrics } = JSON.parse(plain) as ReturnType<typeof runCompiled>;
    if (metrics.some((m) => m.outages.length > 0)) seen.outages++;
    if (metrics.some((m) => m.unservedTransactions > 0)) seen.unserved++;
    if (metrics.some((m) => m.dataLostMinutes > 0)) seen.dataLost++;
  }
}

const reference = ((): Scenario => {
  const file = 'test/bench/reference-model.yaml';
  const r = parseScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not parse`);
  return r.scenario;
})();

describe('the plain runner (differential against the general fast run)', () => {
  it('takes the reference model, and leaves models with capacities, teams, groups or injects to the general run', () => {
    expect(plainModelOf(compileScenario(reference))).not.toBeNull();
    const plain = scenario({
      components: [component('a')],
      services: [service('s', { type: 'component', id: 'a' })],
    });
    expect(plainModelOf(compileScenario(plain))).not.toBeNull();
    const bounded = { ...plain, components: [component('a', { capacity: 100 })] };
    expect(plainModelOf(compileScenario(bounded))).toBeNull();
    const injected: Scenario = {
      ...plain,
      injects: [{ at: simTime(0), action: 'fail', component: 'a' }],
    };
    expect(plainModelOf(compileScenario(injected))).toBeNull();
  });

  it('gives the reference model the same metrics and engine events, seed after seed', () => {
    expectSameRuns(reference, ['0', '1', 'golden', 'reference:run:7', 'x']);
  });

  it('gives the reference model the same study aggregate as the general run', () => {
    const runs = 200;
    const study = runStudy(reference, { runs, masterSeed: 'plain' });
    const c = compileScenario(reference);
    const general = StudyAggregate.empty(reference, 'plain', runs, 'none');
    for (let i = 0; i < runs; i++)
      general.addRun(i, runCompiled(c, runSeed('plain', i), false, { general: true }).metrics);
    expect(JSON.stringify(study)).toBe(JSON.stringify(general));
  });

  it('gives generated plain scenarios the same metrics and engine events (minutes to hours, days)', () => {
    fc.assert(
      fc.property(
        plainScenario(false),
        fc.array(fc.string({ maxLength: 5 }), { minLength: 1, maxLength: 3 }),
        (s, seeds) => expectSameRuns(s, seeds),
      ),
      { numRuns: 150 },
    );
    expect(seen.outages).toBeGreaterThan(50);
    expect(seen.unserved).toBeGreaterThan(20);
    expect(seen.dataLost).toBeGreaterThan(20);
    expect(seen.breakpoints).toBeGreaterThan(20);
  });

  it('gives generated plain scenarios the same metrics when many events share an instant (ms over seconds)', () => {
    fc.assert(
      fc.property(plainScenario(true), fc.string({ maxLength: 5 }), (s, seed) =>
        expectSameRuns(s, [seed, `${seed}+`]),
      ),
      { numRuns: 150 },
    );
  });

  it('gives generated plain scenarios the metrics and engine events of the actor path', () => {
    fc.assert(
      fc.property(plainScenario(false), fc.string({ maxLength: 5 }), (s, seed) => {
        const actor = simulateWithStats(s, seed);
        const plain = runCompiled(compileScenario(s), seed, false);
        expect(plain.engineEvents).toBe(actor.engineEvents);
        expect(JSON.stringify(plain.metrics)).toBe(JSON.stringify(computeMetrics(s, actor.trace)));
      }),
      { numRuns: 40 },
    );
  });

  it('calls progress at the same instants and stops at the same ceiling', () => {
    const busy = scenario({
      horizon: 200_000 as Scenario['horizon'],
      components: ['a', 'b', 'c'].map((id) =>
        component(id, { failure: { type: 'exponential', mtbf: 5 as never }, recovery: 'fix' }),
      ),
      plans: [
        {
          id: 'fix',
          name: 'fix',
          steps: [
            {
              id: 'x',
              name: 'x',
              duration: { type: 'fixed', value: 3 as never },
              owner: null,
              after: [],
            },
          ],
        },
      ],
      services: [
        service(
          's',
          {
            type: 'group',
            atLeast: 2,
            of: ['a', 'b', 'c'].map((id) => ({ type: 'component' as const, id })),
          },
          { demand: flatDemand(10) },
        ),
      ],
    });
    const heard = (general: boolean): number[] => {
      const times: number[] = [];
      runCompiled(compileScenario(busy), '1', false, { general, onProgress: (t) => times.push(t) });
      return times;
    };
    expect(heard(false).length).toBeGreaterThan(3);
    expect(heard(false)).toEqual(heard(true));
    // Past the ceiling both stop the same way (the estimate allows the run; the run beats it).
    expectSameRuns(busy, ['1', '2'], { maxEvents: 20_000 });
    expect(
      outcome(() => runCompiled(compileScenario(busy), '1', false, { maxEvents: 20_000 })),
    ).toMatch(/^error/);
  });
});
