import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erfc, normalUpperQuantile, normalUpperTail } from '../../src/core/normal.ts';

/** Relative difference. */
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('the normal upper tail and its inverse', () => {
  // Reference values from scipy.special.erfc and scipy.stats.norm (double precision).
  it.each([
    [0.5, 0.4795001221869535],
    [3, 2.2090496998585445e-5],
    [-1, 1.8427007929497148],
    [10, 2.0884875837625446e-45],
  ])('erfc(%d) is %d to 1e-14', (x, expected) => {
    expect(rel(erfc(x), expected)).toBeLessThan(1e-14);
  });

  it.each([
    [1, 0.15865525393145707],
    [6, 9.865876450376946e-10],
    [-2, 0.9772498680518208],
  ])('P(Z > %d) is %d to 1e-14, far into the tail too', (z, expected) => {
    expect(rel(normalUpperTail(z), expected)).toBeLessThan(1e-14);
  });

  it.each([
    [0.025, 1.9599639845400545],
    [1e-9, 5.9978070150076865],
    [0.9, -1.2815515655446004],
    [0.5, 0],
  ])('the z with P(Z > z) = %d is %d', (p, expected) => {
    expect(Math.abs(normalUpperQuantile(p) - expected)).toBeLessThan(1e-13);
  });

  it('has infinite quantiles at 0 and 1', () => {
    expect(normalUpperQuantile(0)).toBe(Infinity);
    expect(normalUpperQuantile(1)).toBe(-Infinity);
  });

  it('inverts the tail: Q(Q⁻¹(p)) = p to 1e-12 for any p from 1e-300 to 1 (the limit at 1e-300, where z is 37)', () => {
    const p = fc.oneof(
      fc.double({ min: 1e-300, max: 1, noNaN: true }),
      fc.integer({ min: -300, max: 0 }).map((e) => 10 ** e),
    );
    fc.assert(
      fc.property(p, (x) => {
        fc.pre(x > 0);
        expect(rel(normalUpperTail(normalUpperQuantile(x)), x)).toBeLessThan(1e-12);
      }),
      { seed: 7 },
    );
  });
});
