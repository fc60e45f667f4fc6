/**
 * Moments keep exact integer sums (issue 17 keeps them in numbers, split so that every product
 * and sum is exact, then in BigInts): whatever the values, their sum and sum of squares are those of BigInt arithmetic,
 * across the 2^52 boundary, read in the middle of adding, merged, and through JSON.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Moments } from '../../src/analysis/montecarlo/moments.ts';

/** The sums as BigInt arithmetic gives them, value after value. */
function reference(xs: readonly number[], scale: number): { sum: bigint; sumSq: bigint } {
  let sum = 0n;
  let sumSq = 0n;
  for (const x of xs) {
    const b = BigInt(Math.round(x * scale));
    sum += b;
    sumSq += b * b;
  }
  return { sum, sumSq };
}

const value = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true }),
  // Around the points where a square passes 2^52 (2^26 ≈ 6.7e7) and a value 2^40, and past them.
  fc.integer({ min: 2 ** 26 - 5, max: 2 ** 26 + 5 }),
  fc.integer({ min: 2 ** 40 - 5, max: 2 ** 40 + 5 }).map((x) => x * (x % 2 === 0 ? 1 : -1)),
  fc.double({ min: 1e12, max: 1e15, noNaN: true }),
);

describe('Moments sums', () => {
  it('are exact by hand: two values past 2^52 and one below', () => {
    const m = new Moments(1);
    m.add(2 ** 52);
    m.add(2 ** 52);
    m.add(3);
    expect(m.sum).toBe(2n ** 53n + 3n);
    expect(m.sumSq).toBe(2n * 2n ** 104n + 9n);
    expect(m.n).toBe(3);
  });

  it('are those of BigInt arithmetic, however they are read, merged or written', () => {
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 300 }),
        fc.constantFrom(1, 1e4, 1e6, 1e12),
        fc.nat(300),
        (xs, scale, cut) => {
          const whole = new Moments(scale);
          const a = new Moments(scale);
          const b = new Moments(scale);
          xs.forEach((x, k) => {
            whole.add(x);
            (k < cut ? a : b).add(x);
            // Reading in the middle changes nothing.
            if (k === cut) expect(typeof a.sum).toBe('bigint');
          });
          a.merge(b);
          const expected = reference(xs, scale);
          for (const m of [whole, a, Moments.fromJSON(whole.toJSON(), scale)]) {
            expect(m.sum).toBe(expected.sum);
            expect(m.sumSq).toBe(expected.sumSq);
            expect(m.n).toBe(xs.length);
          }
          expect(JSON.stringify(a.toJSON())).toBe(JSON.stringify(whole.toJSON()));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stay exact over many values near the 2^40 units where the split ends, of either sign', () => {
    const xs: number[] = [];
    for (let k = 0; k < 40_000; k++) {
      const edge = 2 ** 40 - 1 - (k % 7);
      xs.push(k % 3 === 0 ? -edge : k % 3 === 1 ? edge : (k * 7_919) % 2 ** 40);
    }
    xs.push(2 ** 40, -(2 ** 40), 0.5, -0.5, -0);
    const m = new Moments(1);
    for (const x of xs) m.add(x);
    expect(m.sum).toBe(reference(xs, 1).sum);
    expect(m.sumSq).toBe(reference(xs, 1).sumSq);
  });

  it('refuses a value that is not a number, as before', () => {
    expect(() => new Moments(1).add(NaN)).toThrow(RangeError);
    expect(() => new Moments(1).add(Infinity)).toThrow(RangeError);
  });
});
