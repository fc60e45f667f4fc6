import { describe, expect, it } from 'vitest';
import type {
  Component,
  DurationDistribution,
  RecoveryPlan,
  Scenario,
} from '../../src/core/model.ts';
import type { Trace } from '../../src/core/trace.ts';
import { days, hours } from '../../src/core/time.ts';
import { simulateFast } from '../../src/simulator/fast/simulate-fast.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { component, ref, scenario, service } from '../support/model-builder.ts';

/** Both simulation paths, by name. */
const paths: [string, (s: Scenario, seed: string) => Trace][] = [
  ['actor path', (s, seed) => simulate(s, seed)],
  ['fast path', (s, seed) => simulateFast(s, seed, { trace: true }).trace!],
];

const MTBF = hours(100);
const step = (duration: DurationDistribution) => ({
  id: 'repair',
  name: 'repair',
  duration,
  owner: null,
  after: [],
});
/** A one-step plan whose repair takes `min`-`max` hours (uniform), or exactly `min` hours. */
const fix = (min: number, max = min): RecoveryPlan => ({
  id: 'fix',
  name: 'fix',
  steps: [
    step(
      min === max
        ? { type: 'fixed', value: hours(min) }
        : { type: 'uniform', min: hours(min), max: hours(max) },
    ),
  ],
});
const failing = (id: string, mtbf = MTBF): Component =>
  component(id, { failure: { type: 'exponential', mtbf }, recovery: 'fix' });
const world = (components: Component[], plan = fix(0, 10), horizonDays = 60): Scenario =>
  scenario({
    components,
    services: components.map((c) => service(`uses-${c.id}`, ref(c.id))),
    plans: [plan],
    horizon: days(horizonDays),
  });

/** Each random failure of `id`, as the time since it last became operational (or since the start). */
function lives(trace: Trace, id: string): number[] {
  const out: number[] = [];
  let since = 0;
  for (const e of trace.events) {
    if (e.type !== 'component' || e.component !== id) continue;
    if (e.to === 'operational') since = e.t;
    if (e.to === 'failed' && e.cause === 'random') out.push(e.t - since);
  }
  return out;
}

function correlation(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

describe.each(paths)('the random streams of a run (%s)', (_path, run) => {
  it("keeps a component's lives between failures when its repairs take longer and draw more (failure and recovery draw from different streams)", () => {
    // A fixed repair draws nothing, a uniform one a uniform each time: from one stream the
    // lives after the first repair would shift.
    const quick = lives(run(world([failing('a')], fix(2)), 'streams'), 'a');
    const slow = lives(run(world([failing('a')], fix(5, 9)), 'streams'), 'a');
    const shared = Math.min(quick.length, slow.length);
    expect(shared).toBeGreaterThanOrEqual(5);
    expect(slow.slice(0, shared)).toEqual(quick.slice(0, shared));
  });

  it("draws a component's first life and its first repair independently: over 400 seeds their uniforms are uncorrelated", () => {
    const lifeUniforms: number[] = [];
    const repairUniforms: number[] = [];
    // A life of 20 h on average: the first failure comes well inside 10 days for every seed.
    const mtbf = hours(20);
    const s = world([failing('a', mtbf)], fix(0, 10), 10);
    for (let i = 0; i < 400; i++) {
      const trace = run(s, `independent-${i}`);
      const first = lives(trace, 'a')[0]!;
      const repair = trace.events.find((e) => e.type === 'step-started');
      if (repair?.type !== 'step-started') throw new Error('no repair in the horizon');
      // Inverse transforms: exponential life -mtbf·ln(1 - u), uniform repair 10h·u.
      lifeUniforms.push(1 - Math.exp(-first / mtbf));
      repairUniforms.push(repair.duration / hours(10));
    }
    // Had both come from one seed, every pair would be equal and the correlation 1.
    expect(lifeUniforms.filter((u, i) => u === repairUniforms[i])).toEqual([]);
    expect(Math.abs(correlation(lifeUniforms, repairUniforms))).toBeLessThan(4 / Math.sqrt(400));
  });

  it("leaves a component's failures and repairs unchanged when another component is added before it", () => {
    const of = (trace: Trace) =>
      JSON.stringify(trace.events.filter((e) => 'component' in e && e.component === 'b'));
    const alone = run(world([failing('b')], fix(0, 10), 365), 'newcomer');
    const joined = run(world([failing('a'), failing('b')], fix(0, 10), 365), 'newcomer');
    expect(lives(alone, 'b').length).toBeGreaterThan(20);
    expect(of(joined)).toBe(of(alone));
  });
});
