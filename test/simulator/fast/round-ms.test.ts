/**
 * roundMs is Math.round, the same number (and the same sign of zero) for every double: where
 * `Math.floor(x + 0.5)` would differ (just below one half, from 2^52 on, at -0 and the negative
 * halves) it answers as Math.round does.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roundMs } from '../../../src/simulator/fast/plain/round-ms.ts';

const TWO_52 = 2 ** 52;

describe('roundMs', () => {
  it('rounds halves up, as Math.round, by hand', () => {
    expect(roundMs(0.5)).toBe(1);
    expect(roundMs(1.5)).toBe(2);
    expect(roundMs(2.5)).toBe(3);
    expect(roundMs(2.4999999999999996)).toBe(2);
    expect(roundMs(7_200_000.5)).toBe(7_200_001);
    expect(roundMs(7_200_000.4999999)).toBe(7_200_000);
  });

  it('gives 0 for the largest double below one half (floor(x + 0.5) gives 1)', () => {
    const x = 0.49999999999999994;
    expect(Math.floor(x + 0.5)).toBe(1);
    expect(roundMs(x)).toBe(0);
  });

  it('keeps the integers from 2^52 on (floor(x + 0.5) moves 2^52 + 1 to 2^52 + 2)', () => {
    expect(Math.floor(TWO_52 + 1 + 0.5)).toBe(TWO_52 + 2);
    expect(roundMs(TWO_52 + 1)).toBe(TWO_52 + 1);
    expect(roundMs(2 ** 60)).toBe(2 ** 60);
  });

  it('gives -0 where Math.round does, and NaN and the infinities unchanged', () => {
    expect(Object.is(roundMs(-0), -0)).toBe(true);
    expect(Object.is(roundMs(-0.2), -0)).toBe(true);
    expect(Object.is(roundMs(-0.5), -0)).toBe(true);
    expect(roundMs(-1.5)).toBe(-1);
    expect(roundMs(NaN)).toBeNaN();
    expect(roundMs(Infinity)).toBe(Infinity);
    expect(roundMs(-Infinity)).toBe(-Infinity);
  });

  it('is Math.round for any double', () => {
    fc.assert(
      fc.property(fc.double(), (x) => Object.is(roundMs(x), Math.round(x))),
      { numRuns: 20_000 },
    );
  });

  it('is Math.round next to every half up to 2^53', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 53 }),
        fc.integer({ min: -4, max: 4 }),
        (n, steps) => {
          let x = n + 0.5;
          for (let k = 0; k < Math.abs(steps); k++) x = steps < 0 ? prevDouble(x) : nextDouble(x);
          return Object.is(roundMs(x), Math.round(x));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});

const view = new DataView(new ArrayBuffer(8));
/** The next double above a positive finite x, and the one below. */
function nextDouble(x: number): number {
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}
function prevDouble(x: number): number {
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) - 1n);
  return view.getFloat64(0);
}
