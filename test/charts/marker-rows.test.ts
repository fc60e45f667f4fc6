import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markerRows } from '../../src/charts/marker-rows.ts';

describe('markerRows(xs, gap): rows so that no marker covers another', () => {
  it("puts the bank exercise's injects 2, 3 and 4 (a few px apart) on rows of their own", () => {
    // x of the five injects on a 640 px strip: 2 and 3 are 2 px apart, 4 is 15 px after 3.
    expect(markerRows([38, 72, 74, 89, 192], 18)).toEqual([0, 0, 1, 2, 0]);
  });

  it('keeps one row when the markers are far apart', () => {
    expect(markerRows([0, 20, 40], 18)).toEqual([0, 0, 0]);
  });

  it('leaves at least the gap between any two markers on the same row', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 40 }), (xs) => {
        const rows = markerRows(xs, 18);
        for (let i = 0; i < xs.length; i++)
          for (let j = i + 1; j < xs.length; j++)
            if (rows[i] === rows[j]) expect(Math.abs(xs[i]! - xs[j]!)).toBeGreaterThanOrEqual(18);
      }),
    );
  });
});
