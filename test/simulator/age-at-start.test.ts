import { describe, expect, it } from 'vitest';
import { gamma } from '../../src/core/gamma.ts';
import type { AgeAtStart, Component, FailureModel, Scenario } from '../../src/core/model.ts';
import type { Trace } from '../../src/core/trace.ts';
import { days, hours } from '../../src/core/time.ts';
import { simulateFast } from '../../src/simulator/fast/simulate-fast.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { atLeast, component, scenario, service } from '../support/model-builder.ts';

const YEAR = days(365);
const SEEDS = 500;
const COPIES = 4;

/** Each model with its mean life. */
const models: [string, FailureModel, number][] = [
  [
    'Weibull, shape 1.5 (the bank databases)',
    { type: 'weibull', shape: 1.5, scale: hours(1000) },
    hours(1000) * gamma(1 + 1 / 1.5),
  ],
  [
    'Weibull, shape 3 (strong wear-out)',
    { type: 'weibull', shape: 3, scale: hours(1000) },
    hours(1000) * gamma(1 + 1 / 3),
  ],
  [
    'lognormal, sigma 1',
    { type: 'lognormal', median: hours(700), sigma: 1 },
    hours(700) * Math.exp(0.5),
  ],
];

/**
 * COPIES components of each model, repaired the moment they fail (no detection delay, a plan
 * with no steps): each one's failures are then a renewal process with no downtime, whose
 * expected count over t is t/mean from steady state (and not from new).
 */
function renewals(ageAtStart: AgeAtStart): Scenario {
  const components: Component[] = models.flatMap(([, failure], m) =>
    Array.from({ length: COPIES }, (_, k) =>
      component(`m${m}-${k}`, { failure, ageAtStart, recovery: 'at-once' }),
    ),
  );
  return scenario({
    components,
    services: [service('any', atLeast(1, ...components.map((c) => c.id)))],
    plans: [{ id: 'at-once', name: 'at once', steps: [] }],
    horizon: YEAR,
  });
}

/** Random failures in the run, per model: one count per component. */
function counts(trace: Trace): number[][] {
  const out = models.map(() => Array.from({ length: COPIES }, () => 0));
  for (const e of trace.events)
    if (e.type === 'component' && e.to === 'failed' && e.cause === 'random') {
      const [m, k] = e.component.slice(1).split('-').map(Number);
      out[m!]![k!]!++;
    }
  return out;
}

/** Per model: the mean first-year count over SEEDS × COPIES component-years, and its standard error. */
function firstYear(ageAtStart: AgeAtStart): { mean: number; se: number }[] {
  const s = renewals(ageAtStart);
  const all = models.map((): number[] => []);
  for (let i = 0; i < SEEDS; i++)
    counts(simulateFast(s, `year-${i}`, { trace: true }).trace!).forEach((c, m) =>
      all[m]!.push(...c),
    );
  return all.map((xs) => {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
    return { mean, se: Math.sqrt(variance / xs.length) };
  });
}

describe('components not new at the start', () => {
  const steady = firstYear({ type: 'steady-state' });
  const fresh = firstYear({ type: 'new' });

  it.each(models.map(([name, , mean], m) => [name, m, mean] as const))(
    'in steady state, fail in the first year at the long-run rate, a year / mean life, within 4 standard errors (%s)',
    (_name, m, mean) => {
      const expected = YEAR / mean;
      expect(Math.abs(steady[m]!.mean - expected)).toBeLessThan(4 * steady[m]!.se);
    },
  );

  it('when new, fail less in the first year with wear-out (Weibull shape > 1): the renewal function M(t) < t/mean', () => {
    for (const m of [0, 1]) {
      const expected = YEAR / models[m]![2];
      expect(fresh[m]!.mean).toBeLessThan(expected - 4 * fresh[m]!.se);
    }
  });

  it('give the same run on the actor path and the fast path, in steady state and at a given age', () => {
    for (const age of [{ type: 'steady-state' }, { type: 'age', age: hours(1500) }] as const) {
      const s = { ...renewals(age), horizon: days(60) };
      for (const seed of ['1', 'age'])
        expect(JSON.stringify(simulateFast(s, seed, { trace: true }).trace)).toBe(
          JSON.stringify(simulate(s, seed)),
        );
    }
  });

  it('at a given age: an old wearing-out component fails sooner than a new one', () => {
    const first = (age: AgeAtStart) => {
      const s = { ...renewals(age), horizon: days(60) };
      let sum = 0;
      for (let i = 0; i < 100; i++) {
        const trace = simulateFast(s, `old-${i}`, { trace: true }).trace!;
        const e = trace.events.find(
          (x) => x.type === 'component' && x.component === 'm1-0' && x.to === 'failed',
        );
        sum += e?.t ?? days(60);
      }
      return sum / 100;
    };
    // Weibull shape 3, scale 1000 h: new, the first failure comes after ~893 h on average; at
    // 1,500 h of age, (1.5³ + E)^(1/3) - 1.5 in units of 1000 h: about 130 h.
    expect(first({ type: 'age', age: hours(1500) })).toBeLessThan(hours(200));
    expect(first({ type: 'new' })).toBeGreaterThan(hours(700));
  });
});
