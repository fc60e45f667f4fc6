import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binSpans, binWithinBudget, countBins } from '../../src/charts/density.ts';
import { hours } from '../../src/core/time.ts';

const px = (t: number) => t / hours(1); // one pixel per hour
const severity = (s: string) => ['ok', 'warn', 'bad'].indexOf(s);
const s = (start: number, end: number, state: string) => ({
  start: hours(start),
  end: hours(end),
  state,
});

/** The budget search as it was: build the bins at 1, 2, 4 ... px until they fit. */
function byBuilding<T extends { start: number; end: number; state: string }>(
  spans: readonly T[],
  view: { from: number; to: number },
  budget: number,
) {
  const range = Math.abs(px(view.to) - px(view.from));
  for (let minPx = 1; ; minPx *= 2) {
    const bins = binSpans(spans, px, view, severity, minPx);
    if (bins.length <= budget || minPx > range) return bins;
  }
}

/** Consecutive spans (quarter hours to days), in time order, as a run's intervals are. */
const spansArb = fc
  .array(
    fc.record({
      quarters: fc.integer({ min: 1, max: 96 }),
      state: fc.constantFrom('ok', 'warn', 'bad'),
    }),
    { maxLength: 300 },
  )
  .map((parts) => {
    let at = 0;
    return parts.map(({ quarters, state }) => {
      const span = s(at / 4, (at + quarters) / 4, state);
      at += quarters;
      return span;
    });
  });

describe('countBins', () => {
  it('counts a whole span, a merged run and the run left open at the end', () => {
    const view = { from: 0, to: hours(100) };
    // 0-3 whole; 3-3.5-4 merge into one bin (a pixel wide); 4-4.5 is left pending: three bins
    const spans = [s(0, 3, 'ok'), s(3, 3.5, 'bad'), s(3.5, 4, 'ok'), s(4, 4.5, 'ok')];
    expect(countBins(spans, px, view)).toBe(3);
    expect(binSpans(spans, px, view, severity)).toHaveLength(3);
    // at 2 px the 3 h span stays whole and the rest (1.5 h) is one run
    expect(countBins(spans, px, view, 2)).toBe(2);
  });

  it('is the number of bins binSpans makes, at any threshold and window', () => {
    fc.assert(
      fc.property(
        spansArb,
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom(1, 2, 4, 8, 16),
        (spans, from, width, minPx) => {
          const view = { from: hours(from), to: hours(from + width) };
          expect(countBins(spans, px, view, minPx)).toBe(
            binSpans(spans, px, view, severity, minPx).length,
          );
        },
      ),
    );
  });
});

describe('binWithinBudget', () => {
  it('gives the very bins the search by building them gave', () => {
    fc.assert(
      fc.property(
        spansArb,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 120 }),
        (spans, width, budget) => {
          const view = { from: 0, to: hours(width) };
          expect(binWithinBudget(spans, px, view, severity, budget)).toEqual(
            byBuilding(spans, view, budget),
          );
        },
      ),
    );
  });
});
