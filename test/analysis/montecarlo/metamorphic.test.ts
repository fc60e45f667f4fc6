/**
 * Metamorphic checks on studies, with random failures only and common random numbers (the
 * same master seed, so run i of both studies draws the same numbers): a longer MTBF on any
 * component, or a shorter recovery step, never makes a service's mean downtime in agreed
 * hours worse beyond the 95 % interval of the difference. A run may get worse (a failure
 * moved later can land in agreed hours); the mean of a study may not, beyond its noise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ServiceAggregate } from '../../../src/analysis/montecarlo/aggregate.ts';
import { meanDelta, runSeed, runStudy } from '../../../src/analysis/montecarlo/index.ts';
import {
  sensitivityParameters,
  withParameter,
  type ParameterInfo,
} from '../../../src/analysis/sensitivity/index.ts';
import { computeMetrics } from '../../../src/core/metrics.ts';
import type { Scenario } from '../../../src/core/model.ts';
import { parseScenario } from '../../../src/scenario/index.ts';
import { simulate } from '../../../src/simulator/simulate.ts';
import { fixture } from './study-fixture.ts';

const RUNS = 150;
const SEED = 'metamorphic';

const dir = join(import.meta.dirname, '../../../scenarios');
const bundled = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => {
    const r = parseScenario(readFileSync(join(dir, f), 'utf8'), f);
    if (!r.ok) throw new Error(`${f} does not parse`);
    return r.scenario;
  });

/** The MTBFs and step durations of every service's components and plans, once each. */
function parameters(scenario: Scenario): ParameterInfo[] {
  const all = scenario.services.flatMap((s) => sensitivityParameters(scenario, s.id));
  const byId = new Map(all.map((p) => [p.id, p]));
  return [...byId.values()].filter(
    (p) => p.parameter.kind === 'mtbf' || p.parameter.kind === 'step-duration',
  );
}

/** The mean downtime in agreed hours of each service, as moments. */
const downtimes = (scenario: Scenario) =>
  runStudy(scenario, { runs: RUNS, masterSeed: SEED }).services.map(
    (s) => s.measures.downtimeMinutes.moments,
  );

/** Better: a longer MTBF (× 1.1 to 4) or a shorter step (× 0.1 to 0.9). */
const better = (p: ParameterInfo) =>
  p.parameter.kind === 'mtbf'
    ? fc.double({ min: 1.1, max: 4, noNaN: true })
    : fc.double({ min: 0.1, max: 0.9, noNaN: true });

describe.each([fixture, ...bundled].map((s) => [s.name, s] as const))(
  'studies of %s on common random numbers',
  (_, scenario) => {
    const base = downtimes(scenario);
    const params = parameters(scenario);

    it('has MTBFs and steps to change', () => {
      expect(params.some((p) => p.parameter.kind === 'mtbf')).toBe(true);
      expect(params.some((p) => p.parameter.kind === 'step-duration')).toBe(true);
    });

    it('a longer MTBF or a shorter step never makes mean downtime in agreed hours worse beyond the interval', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...params).chain((p) => fc.tuple(fc.constant(p), better(p))),
          ([p, factor]) => {
            const after = downtimes(withParameter(scenario, p.parameter, p.current * factor));
            after.forEach((m, k) => {
              const d = meanDelta(base[k]!, m);
              expect(
                d.low,
                `${p.label} × ${factor}, ${scenario.services[k]!.id}`,
              ).toBeLessThanOrEqual(0);
            });
          },
        ),
        { numRuns: 10, seed: 12 },
      );
    });
  },
);

describe('the same check on the actor path (hand-picked, few runs)', () => {
  /** A study through `simulate` (XState actors), run i with the seed `${SEED}:run:i`. */
  function actorDowntime(scenario: Scenario, runs: number) {
    const service = scenario.services[0]!;
    const a = new ServiceAggregate({
      service: service.id,
      name: service.name,
      target: service.objectives.availability,
      currency: service.impact.currency,
    });
    for (let i = 0; i < runs; i++)
      a.addRun(computeMetrics(scenario, simulate(scenario, runSeed(SEED, i)))[0]!, i);
    return a.measures.downtimeMinutes.moments;
  }

  it("the fixture's repair 30 min shorter, and its load balancer's MTBF doubled", () => {
    const runs = 40;
    const base = actorDowntime(fixture, runs);
    // The actor path's study is the fast path's, run for run.
    const fast = runStudy(fixture, { runs, masterSeed: SEED }).services[0]!;
    expect(base.toJSON()).toEqual(fast.measures.downtimeMinutes.moments.toJSON());
    const [repair, lb] = ['step-duration:fix:repair', 'mtbf:lb'].map((id) =>
      parameters(fixture).find((p) => p.id === id)!,
    );
    const shorter = actorDowntime(withParameter(fixture, repair!.parameter, 60), runs);
    const longer = actorDowntime(withParameter(fixture, lb!.parameter, lb!.current * 2), runs);
    for (const after of [shorter, longer]) {
      const d = meanDelta(base, after);
      expect(d.low).toBeLessThanOrEqual(0);
      expect(d.delta).toBeLessThanOrEqual(0);
    }
  });
});
