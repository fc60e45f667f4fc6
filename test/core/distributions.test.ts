import { describe, expect, it } from 'vitest';
import {
  exponential,
  lognormal,
  triangular,
  uniform,
  weibull,
} from '../../src/core/distributions.ts';
import type { DurationDistribution, FailureModel } from '../../src/core/model.ts';
import { normalUpperTail } from '../../src/core/normal.ts';
import { RandomStreams, stream } from '../../src/core/random.ts';
import { sampleDuration, sampleTimeToFailure } from '../../src/core/sampling.ts';
import { hours, minutes } from '../../src/core/time.ts';
import { draws, ksCritical, ksStatistic } from '../support/ks.ts';

const N = 200_000;
function meanAndSe(draw: () => number): { mean: number; se: number } {
  let sum = 0;
  let sq = 0;
  for (let i = 0; i < N; i++) {
    const x = draw();
    sum += x;
    sq += x * x;
  }
  const mean = sum / N;
  return { mean, se: Math.sqrt((sq / N - mean * mean) / N) };
}
/** Lanczos approximation of the gamma function, for the Weibull mean. */
function gamma(z: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (z < 0.5) return Math.PI / (Math.sin(Math.PI * z) * gamma(1 - z));
  z -= 1;
  let x = c[0]!;
  for (let i = 1; i < g + 2; i++) x += c[i]! / (z + i);
  const t = z + g + 0.5;
  return Math.sqrt(2 * Math.PI) * Math.pow(t, z + 0.5) * Math.exp(-t) * x;
}

describe('distributions (sample means land within 4 standard errors of the analytic mean)', () => {
  const u = stream('analytic-checks');
  it.each([
    ['uniform(2, 6) has mean 4', () => uniform(u, 2, 6), 4],
    ['triangular(1, 2, 6) has mean 3', () => triangular(u, 1, 2, 6), 3],
    ['exponential with mean 5 has mean 5', () => exponential(u, 5), 5],
    [
      'weibull(k=1.5, lambda=10) has mean 10 * Gamma(1 + 1/1.5)',
      () => weibull(u, 1.5, 10),
      10 * gamma(1 + 1 / 1.5),
    ],
    [
      'lognormal(median 3, sigma 0.5) has mean 3 * exp(0.125)',
      () => lognormal(u, 3, 0.5),
      3 * Math.exp(0.125),
    ],
  ] as const)('%s', (_name, draw, expected) => {
    const { mean, se } = meanAndSe(draw);
    expect(Math.abs(mean - expected)).toBeLessThan(4 * se);
  });

  it('lognormal has its median at the given median', () => {
    const xs = Array.from({ length: 50_001 }, () => lognormal(u, 3, 0.8)).sort((a, b) => a - b);
    expect(xs[25_000]).toBeCloseTo(3, 1);
  });

  it('triangular stays within [min, max]', () => {
    for (let i = 0; i < 10_000; i++) {
      const x = triangular(u, 5, 5, 9);
      expect(x).toBeGreaterThanOrEqual(5);
      expect(x).toBeLessThanOrEqual(9);
    }
  });
});

describe('distribution shapes (Kolmogorov-Smirnov against the CDF, 50,000 draws, 0.1 % significance)', () => {
  const n = 50_000;
  const critical = ksCritical(n);
  const H = hours(1);
  const failureModels: [string, FailureModel, (t: number) => number][] = [
    [
      'an exponential life with MTBF 2500h',
      { type: 'exponential', mtbf: hours(2500) },
      (t) => 1 - Math.exp(-t / hours(2500)),
    ],
    [
      'a Weibull life, shape 1.5, scale 4000h (wear-out)',
      { type: 'weibull', shape: 1.5, scale: hours(4000) },
      (t) => 1 - Math.exp(-Math.pow(t / hours(4000), 1.5)),
    ],
    [
      'a Weibull life, shape 0.7, scale 300h (early failures)',
      { type: 'weibull', shape: 0.7, scale: hours(300) },
      (t) => 1 - Math.exp(-Math.pow(t / hours(300), 0.7)),
    ],
    [
      'a lognormal life, median 500h, sigma 1',
      { type: 'lognormal', median: hours(500), sigma: 1 },
      (t) => 1 - normalUpperTail(Math.log(t / hours(500))),
    ],
  ];
  // Each case its own stream: the same uniforms through two monotone maps would give one D twice.
  it.each(failureModels)('sampleTimeToFailure draws %s', (name, model, cdf) => {
    const u = stream('ks', name);
    expect(
      ksStatistic(
        draws(n, () => sampleTimeToFailure(model, u)),
        cdf,
      ),
    ).toBeLessThan(critical);
  });

  const triangle = (a: number, c: number, b: number) => (x: number) =>
    x <= a
      ? 0
      : x >= b
        ? 1
        : x <= c
          ? (x - a) ** 2 / ((b - a) * (c - a))
          : 1 - (b - x) ** 2 / ((b - a) * (b - c));
  const steps: [string, DurationDistribution, (t: number) => number][] = [
    [
      'uniform 5m-15m',
      { type: 'uniform', min: minutes(5), max: minutes(15) },
      (t) => Math.min(1, Math.max(0, (t - minutes(5)) / minutes(10))),
    ],
    [
      'triangular 2h, most likely 3h, 6h',
      { type: 'triangular', min: hours(2), likely: hours(3), max: hours(6) },
      triangle(2 * H, 3 * H, 6 * H),
    ],
    [
      'triangular 1h, most likely 1h, 4h (mode at the low end)',
      { type: 'triangular', min: hours(1), likely: hours(1), max: hours(4) },
      triangle(H, H, 4 * H),
    ],
    [
      'triangular 1h, most likely 4h, 4h (mode at the high end)',
      { type: 'triangular', min: hours(1), likely: hours(4), max: hours(4) },
      triangle(H, 4 * H, 4 * H),
    ],
  ];
  it.each(steps)('sampleDuration draws a step of %s', (name, d, cdf) => {
    const u = stream('ks', name);
    expect(
      ksStatistic(
        draws(n, () => sampleDuration(d, u)),
        cdf,
      ),
    ).toBeLessThan(critical);
  });

  it('sampleDuration draws a fixed step as exactly its value, taking no uniform from the stream', () => {
    const u = stream('ks', 'fixed');
    const twin = stream('ks', 'fixed');
    expect(
      new Set(draws(1000, () => sampleDuration({ type: 'fixed', value: minutes(10) }, u))),
    ).toEqual(new Set([minutes(10)]));
    expect(u()).toBe(twin());
  });

  it('tells distributions apart: a Weibull sample is rejected against the exponential of the same mean', () => {
    const u = stream('ks', 'power');
    const mean = hours(4000) * gamma(1 + 1 / 1.5);
    const sample = draws(n, () =>
      sampleTimeToFailure({ type: 'weibull', shape: 1.5, scale: hours(4000) }, u),
    );
    expect(ksStatistic(sample, (t) => 1 - Math.exp(-t / mean))).toBeGreaterThan(3 * critical);
  });
});

describe('random streams', () => {
  it('give the same draws for the same seed and names, different ones otherwise', () => {
    const a = stream('42', 'db-1', 'failure');
    const b = stream('42', 'db-1', 'failure');
    const c = stream('43', 'db-1', 'failure');
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });

  it('adding a component does not change the draws of the others', () => {
    const before = new RandomStreams('7');
    const db = before.get('db-1', 'failure');
    const drawsAlone = [db(), db()];
    const after = new RandomStreams('7');
    const newcomer = after.get('app-9', 'failure');
    newcomer();
    const db2 = after.get('db-1', 'failure');
    expect([db2(), db2()]).toEqual(drawsAlone);
  });

  it("gives a component's failure and recovery streams unrelated draws (they would be equal from one seed)", () => {
    const n = 10_000;
    for (const seed of ['1', 'class-2026'])
      for (const id of ['db-1', 'app-2']) {
        const streams = new RandomStreams(seed);
        const failure = draws(n, streams.get(id, 'failure'));
        const recovery = draws(n, streams.get(id, 'recovery'));
        expect(failure.filter((x, i) => x === recovery[i])).toEqual([]);
        const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / n;
        const [mf, mr] = [mean(failure), mean(recovery)];
        let sfr = 0;
        let sff = 0;
        let srr = 0;
        for (let i = 0; i < n; i++) {
          sfr += (failure[i]! - mf) * (recovery[i]! - mr);
          sff += (failure[i]! - mf) ** 2;
          srr += (recovery[i]! - mr) ** 2;
        }
        expect(Math.abs(sfr / Math.sqrt(sff * srr))).toBeLessThan(4 / Math.sqrt(n));
      }
  });

  it('never fails a component with no failure model, and samples durations in whole ms within range', () => {
    const u = stream('s');
    expect(sampleTimeToFailure({ type: 'none' }, u)).toBe(Infinity);
    expect(
      Number.isInteger(sampleTimeToFailure({ type: 'exponential', mtbf: hours(100) }, u)),
    ).toBe(true);
    for (let i = 0; i < 1000; i++) {
      const d = sampleDuration({ type: 'uniform', min: minutes(5), max: minutes(15) }, u);
      expect(Number.isInteger(d) && d >= minutes(5) && d <= minutes(15)).toBe(true);
    }
    expect(sampleDuration({ type: 'fixed', value: minutes(10) }, u)).toBe(minutes(10));
  });
});
