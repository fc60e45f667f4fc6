import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gamma } from '../../../src/core/gamma.ts';
import {
  durationMean,
  failureMean,
  withDurationMean,
  withFailureMean,
} from '../../../src/core/means.ts';
import type { DurationDistribution, FailureModel } from '../../../src/core/model.ts';
import { hours, minutes } from '../../../src/core/time.ts';

describe('gamma(x)', () => {
  it('is the factorial one down at whole numbers', () => {
    const factorial = [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880];
    factorial.forEach((f, n) => expect(gamma(n + 1)).toBeCloseTo(f, 13 - Math.log10(f)));
    expect(gamma(21) / 2.43290200817664e18).toBeCloseTo(1, 13);
  });

  it('is √π at 1/2, √π/2 at 3/2 and 0.9027452929509336 at 5/3', () => {
    expect(gamma(0.5)).toBeCloseTo(Math.sqrt(Math.PI), 14);
    expect(gamma(1.5)).toBeCloseTo(Math.sqrt(Math.PI) / 2, 14);
    expect(gamma(5 / 3)).toBeCloseTo(0.9027452929509336, 14);
  });

  it('reflects below 1/2 (Γ(−1/2) = −2√π) and has poles at 0 and the negative integers', () => {
    expect(gamma(-0.5)).toBeCloseTo(-2 * Math.sqrt(Math.PI), 13);
    expect(gamma(0)).toBeNaN();
    expect(gamma(-3)).toBeNaN();
  });

  it('satisfies Γ(x + 1) = x·Γ(x)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 50, noNaN: true }), (x) => {
        expect(gamma(x + 1) / (x * gamma(x))).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('failureMean(model) and withFailureMean(model, mean)', () => {
  it('reads the mean time between failures of each model', () => {
    expect(failureMean({ type: 'none' })).toBe(Infinity);
    expect(failureMean({ type: 'exponential', mtbf: hours(100) })).toBe(hours(100));
    // 4000 h · Γ(1 + 1/1.5) = 4000 h · 0.90274529... = 3610.98 h
    expect(failureMean({ type: 'weibull', shape: 1.5, scale: hours(4000) }) / hours(1)).toBeCloseTo(
      3610.981171803734,
      8,
    );
    // the exponential is a Weibull of shape 1
    expect(failureMean({ type: 'weibull', shape: 1, scale: hours(7) })).toBeCloseTo(hours(7), 6);
    // 100 h · e^(0.5² / 2) = 113.31 h
    expect(
      failureMean({ type: 'lognormal', median: hours(100), sigma: 0.5 }) / hours(1),
    ).toBeCloseTo(113.3148453066826, 10);
  });

  it('moves a model to a new mean and keeps its shape', () => {
    const models: FailureModel[] = [
      { type: 'exponential', mtbf: hours(100) },
      { type: 'weibull', shape: 0.7, scale: hours(100) },
      { type: 'lognormal', median: hours(100), sigma: 1.2 },
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...models),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        (m, mean) => {
          const moved = withFailureMean(m, mean);
          expect(moved.type).toBe(m.type);
          if (moved.type === 'weibull' && m.type === 'weibull') expect(moved.shape).toBe(m.shape);
          if (moved.type === 'lognormal' && m.type === 'lognormal')
            expect(moved.sigma).toBe(m.sigma);
          expect(failureMean(moved) / mean).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it('gives a component that never failed exponential failures', () => {
    expect(withFailureMean({ type: 'none' }, hours(50))).toEqual({
      type: 'exponential',
      mtbf: hours(50),
    });
  });
});

describe('durationMean(d) and withDurationMean(d, mean)', () => {
  const fixed: DurationDistribution = { type: 'fixed', value: minutes(10) };
  const uniform: DurationDistribution = { type: 'uniform', min: minutes(10), max: minutes(30) };
  const triangular: DurationDistribution = {
    type: 'triangular',
    min: minutes(120),
    likely: minutes(180),
    max: minutes(360),
  };

  it('is the value, the midpoint, or a third of min + likely + max', () => {
    expect(durationMean(fixed)).toBe(minutes(10));
    expect(durationMean(uniform)).toBe(minutes(20));
    expect(durationMean(triangular)).toBe(minutes(220));
  });

  it('scales every bound by the same factor', () => {
    expect(withDurationMean(uniform, minutes(40))).toEqual({
      type: 'uniform',
      min: minutes(20),
      max: minutes(60),
    });
    expect(withDurationMean(triangular, minutes(110))).toEqual({
      type: 'triangular',
      min: minutes(60),
      likely: minutes(90),
      max: minutes(180),
    });
  });

  it('makes an instant step a fixed one', () => {
    expect(withDurationMean({ type: 'fixed', value: minutes(0) }, minutes(5))).toEqual({
      type: 'fixed',
      value: minutes(5),
    });
  });
});
