import { describe, expect, it } from 'vitest';
import {
  exponential,
  lognormal,
  triangular,
  uniform,
  weibull,
} from '../../src/core/distributions.ts';
import { RandomStreams, stream } from '../../src/core/random.ts';
import { sampleDuration, sampleTimeToFailure } from '../../src/core/sampling.ts';
import { hours, minutes } from '../../src/core/time.ts';

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
