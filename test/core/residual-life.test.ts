import { describe, expect, it } from 'vitest';
import { lognormal, weibull } from '../../src/core/distributions.ts';
import { gamma } from '../../src/core/gamma.ts';
import type { AgeAtStart, FailureModel } from '../../src/core/model.ts';
import { normalUpperTail } from '../../src/core/normal.ts';
import { stream } from '../../src/core/random.ts';
import {
  lognormalForwardRecurrence,
  lognormalRemainingLife,
  weibullForwardRecurrence,
  weibullRemainingLife,
} from '../../src/core/residual-life.ts';
import { sampleTimeToFailure, sampleTimeToFirstFailure } from '../../src/core/sampling.ts';
import { hours, ms } from '../../src/core/time.ts';
import { regularizedGammaP } from '../support/incomplete-gamma.ts';
import { draws, ksCritical, ksStatistic } from '../support/ks.ts';

const n = 50_000;
const critical = ksCritical(n);

/**
 * The equilibrium (forward recurrence) CDFs, (1/mean)·∫₀ᵗ S(x) dx, in closed form:
 * Weibull(k, λ): P(1/k, (t/λ)^k); lognormal(m, σ): t·Q(z)/mean + 1 - Q(z - σ), z = ln(t/m)/σ.
 */
const weibullEquilibriumCdf = (k: number, scale: number) => (t: number) =>
  regularizedGammaP(1 / k, Math.pow(t / scale, k));
const lognormalEquilibriumCdf = (median: number, sigma: number) => {
  const mean = median * Math.exp((sigma * sigma) / 2);
  return (t: number) => {
    if (t <= 0) return 0;
    const z = Math.log(t / median) / sigma;
    return (t * normalUpperTail(z)) / mean + 1 - normalUpperTail(z - sigma);
  };
};
/** CDF of the remaining life at `age`: 1 - S(age + r)/S(age). */
const weibullRemainingCdf = (k: number, scale: number, age: number) => (r: number) =>
  1 - Math.exp(Math.pow(age / scale, k) - Math.pow((age + r) / scale, k));
const lognormalRemainingCdf = (median: number, sigma: number, age: number) => {
  const tail = (t: number) => normalUpperTail(Math.log(t / median) / sigma);
  return (r: number) => 1 - tail(age + r) / tail(age);
};

describe('the reference CDFs of these tests', () => {
  it.each([
    [2 / 3, 0.1, 0.22939873933867763],
    [2 / 3, 1, 0.7751824719838556],
    [2 / 3, 10, 0.9999848998824576],
    [1 / 3, 1, 0.9042885885708817],
    [2, 2.5, 0.7127025048163542],
  ])('P(%d, %d) is %d (scipy.special.gammainc)', (a, x, expected) => {
    expect(regularizedGammaP(a, x)).toBeCloseTo(expected, 12);
  });

  it('integrate to the mean residual life E[X²]/2E[X] (Weibull 1.5, lognormal sigma 0.8)', () => {
    // ∫ (1 - F_e) = E[X²] / (2 E[X]), by the trapezium rule on a fine grid.
    const integral = (cdf: (t: number) => number, upTo: number) => {
      const steps = 200_000;
      const h = upTo / steps;
      let sum = 0;
      for (let i = 0; i <= steps; i++) sum += (i === 0 || i === steps ? 0.5 : 1) * (1 - cdf(i * h));
      return sum * h;
    };
    const k = 1.5;
    const weibullMoment = (r: number) => gamma(1 + r / k);
    expect(integral(weibullEquilibriumCdf(k, 1), 30)).toBeCloseTo(
      weibullMoment(2) / (2 * weibullMoment(1)),
      5,
    );
    // Lognormal(1, σ): E[X²] / 2E[X] = e^(2σ²) / (2 e^(σ²/2)).
    const s = 0.8;
    expect(integral(lognormalEquilibriumCdf(1, s), 400)).toBeCloseTo(
      Math.exp(2 * s * s) / (2 * Math.exp((s * s) / 2)),
      3,
    );
  });
});

describe('the time to the next failure in steady state (KS against S(t)/mean, 50,000 draws)', () => {
  it.each([
    [1.5, 4000],
    [3, 1000],
    [0.7, 300],
  ])('a Weibull life of shape %d, scale %dh', (k, scaleHours) => {
    const u = stream('equilibrium', 'weibull', String(k));
    const scale = hours(scaleHours);
    const sample = draws(n, () => weibullForwardRecurrence(u, k, scale));
    expect(ksStatistic(sample, weibullEquilibriumCdf(k, scale))).toBeLessThan(critical);
  });

  it.each([
    [500, 1],
    [1500, 0.7],
    [8000, 0.3],
  ])('a lognormal life of median %dh, sigma %d', (medianHours, sigma) => {
    const u = stream('equilibrium', 'lognormal', String(sigma));
    const median = hours(medianHours);
    const sample = draws(n, () => lognormalForwardRecurrence(u, median, sigma));
    expect(ksStatistic(sample, lognormalEquilibriumCdf(median, sigma))).toBeLessThan(critical);
  });

  it('is not a new life: new Weibull and lognormal lives are rejected against the equilibrium CDF', () => {
    const u = stream('equilibrium', 'power');
    const weibulls = draws(n, () => weibull(u, 1.5, hours(4000)));
    expect(ksStatistic(weibulls, weibullEquilibriumCdf(1.5, hours(4000)))).toBeGreaterThan(
      5 * critical,
    );
    const lognormals = draws(n, () => lognormal(u, hours(500), 1));
    expect(ksStatistic(lognormals, lognormalEquilibriumCdf(hours(500), 1))).toBeGreaterThan(
      5 * critical,
    );
  });
});

describe('the remaining life at a known age (KS against 1 - S(age + r)/S(age), 50,000 draws)', () => {
  it.each([
    [1.5, 4000, 2000],
    [1.5, 4000, 12_000],
    [3, 1000, 2500],
    [0.7, 300, 1000],
  ])('a Weibull life of shape %d, scale %dh, at %dh', (k, scaleHours, ageHours) => {
    const u = stream('remaining', 'weibull', String(k), String(ageHours));
    const [scale, age] = [hours(scaleHours), hours(ageHours)];
    const sample = draws(n, () => weibullRemainingLife(u, k, scale, age));
    expect(ksStatistic(sample, weibullRemainingCdf(k, scale, age))).toBeLessThan(critical);
  });

  it.each([
    [500, 1, 500],
    [500, 1, 5000],
    // 6 sigmas past the median: the age has a survival of 1e-9.
    [1000, 0.5, 1000 * Math.exp(3)],
  ])('a lognormal life of median %dh, sigma %d, at %dh', (medianHours, sigma, ageHours) => {
    const u = stream('remaining', 'lognormal', String(sigma), String(ageHours));
    const [median, age] = [hours(medianHours), hours(ageHours)];
    const sample = draws(n, () => lognormalRemainingLife(u, median, sigma, age));
    expect(ksStatistic(sample, lognormalRemainingCdf(median, sigma, age))).toBeLessThan(critical);
  });

  it('wears out: an old Weibull (shape 3) component has a shorter remaining life than a new one', () => {
    const u = stream('remaining', 'wear-out');
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const fresh = mean(draws(n, () => weibullRemainingLife(u, 3, hours(1000), 0)));
    const old = mean(draws(n, () => weibullRemainingLife(u, 3, hours(1000), hours(1500))));
    expect(old).toBeLessThan(fresh / 3);
  });

  it('at age 0 is a new life, draw for draw', () => {
    const [a, b] = [stream('zero'), stream('zero')];
    for (let i = 0; i < 100; i++) {
      expect(weibullRemainingLife(a, 1.5, 4000, 0)).toBeCloseTo(weibull(b, 1.5, 4000), 9);
      expect(lognormalRemainingLife(a, 500, 1, 0)).toBe(lognormal(b, 500, 1));
    }
  });
});

describe('sampleTimeToFirstFailure', () => {
  const ages: AgeAtStart[] = [
    { type: 'new' },
    { type: 'steady-state' },
    { type: 'age', age: hours(3000) },
  ];
  const models: FailureModel[] = [
    { type: 'none' },
    { type: 'exponential', mtbf: hours(2500) },
    { type: 'weibull', shape: 1.5, scale: hours(4000) },
    { type: 'lognormal', median: hours(500), sigma: 1 },
  ];

  it('draws an exponential life (memoryless), a component that never fails, and a new one as sampleTimeToFailure does', () => {
    for (const model of models)
      for (const age of ages) {
        if (age.type !== 'new' && (model.type === 'weibull' || model.type === 'lognormal'))
          continue;
        const [a, b] = [stream('first'), stream('first')];
        expect(draws(20, () => sampleTimeToFirstFailure(model, age, a))).toEqual(
          draws(20, () => sampleTimeToFailure(model, b)),
        );
      }
  });

  it('draws a Weibull or lognormal life in steady state or at an age from the samplers above, in whole ms', () => {
    const weibullModel = { type: 'weibull', shape: 1.5, scale: hours(4000) } as const;
    const lognormalModel = { type: 'lognormal', median: hours(500), sigma: 1 } as const;
    const age = ms(hours(3000));
    const cases: [FailureModel, AgeAtStart, (u: () => number) => number][] = [
      [
        weibullModel,
        { type: 'steady-state' },
        (u) => weibullForwardRecurrence(u, 1.5, hours(4000)),
      ],
      [weibullModel, { type: 'age', age }, (u) => weibullRemainingLife(u, 1.5, hours(4000), age)],
      [
        lognormalModel,
        { type: 'steady-state' },
        (u) => lognormalForwardRecurrence(u, hours(500), 1),
      ],
      [lognormalModel, { type: 'age', age }, (u) => lognormalRemainingLife(u, hours(500), 1, age)],
    ];
    for (const [model, ageAtStart, sampler] of cases) {
      const [a, b] = [stream('first'), stream('first')];
      expect(draws(50, () => sampleTimeToFirstFailure(model, ageAtStart, a))).toEqual(
        draws(50, () => Math.round(sampler(b))),
      );
    }
  });
});
