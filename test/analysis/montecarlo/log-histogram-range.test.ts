import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distribution } from '../../../src/analysis/montecarlo/distribution.ts';
import {
  BIN_COUNT,
  binOf,
  LogHistogram,
  type HistogramJson,
} from '../../../src/analysis/montecarlo/log-histogram.ts';

/** The bin of rank `rank` by a scan of every bin (what binAtRank did before it kept a range). */
function binAtRankByFullScan(h: LogHistogram, rank: number): number {
  if (h.total === 0) return -1;
  const r = Math.min(Math.max(1, rank), h.total);
  let seen = 0;
  for (let i = 0; i < BIN_COUNT; i++) {
    seen += h.counts[i]!;
    if (seen >= r) return i;
  }
  return BIN_COUNT - 1;
}

/** The sparse JSON by a scan of every bin. */
function jsonByFullScan(h: LogHistogram): HistogramJson {
  const out: HistogramJson = [];
  for (let i = 0; i < BIN_COUNT; i++)
    if (h.counts[i]! > 0)
      out.push(h.firstRuns[i] === -1 ? [i, h.counts[i]!] : [i, h.counts[i]!, h.firstRuns[i]!]);
  return out;
}

const histogramOf = (values: readonly number[], firstRun = 0): LogHistogram => {
  const h = new LogHistogram();
  values.forEach((x, k) => h.add(x, firstRun + k));
  return h;
};

describe('LogHistogram keeps the range of its occupied bins', () => {
  it('starts empty (lowest above highest) and widens to each value added', () => {
    const h = new LogHistogram();
    expect(h.lowest).toBeGreaterThan(h.highest);
    expect(h.binAtRank(1)).toBe(-1);
    h.add(60);
    expect([h.lowest, h.highest]).toEqual([binOf(60), binOf(60)]);
    h.add(0.5);
    h.add(1e4);
    expect([h.lowest, h.highest]).toEqual([binOf(0.5), binOf(1e4)]);
    h.add(0);
    expect(h.lowest).toBe(0);
  });

  it('a merge takes the union of the two ranges; JSON and back keeps it', () => {
    const a = histogramOf([10, 20]);
    const b = histogramOf([0.001, 5], 2);
    a.merge(b);
    expect([a.lowest, a.highest]).toEqual([binOf(0.001), binOf(20)]);
    const back = LogHistogram.fromJSON(a.toJSON());
    expect([back.lowest, back.highest]).toEqual([a.lowest, a.highest]);
    const empty = new LogHistogram();
    empty.merge(new LogHistogram());
    expect(empty.toJSON()).toEqual([]);
    expect(empty.lowest).toBeGreaterThan(empty.highest);
  });

  it('JSON, ranks and merges read only the range and agree with a scan of every bin', () => {
    const value = fc.oneof(
      fc.constant(0),
      fc.double({ min: 0, max: 1e15, noNaN: true }),
      fc.double({ min: 1e-8, max: 10, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 60 }),
        fc.array(value, { maxLength: 60 }),
        (xs, ys) => {
          const a = histogramOf(xs);
          const b = histogramOf(ys, xs.length);
          const all = histogramOf([...xs, ...ys]);
          a.merge(b);
          expect(a.toJSON()).toEqual(jsonByFullScan(all));
          expect(LogHistogram.fromJSON(all.toJSON()).toJSON()).toEqual(jsonByFullScan(all));
          for (let rank = 0; rank <= all.total + 1; rank++)
            expect(a.binAtRank(rank)).toBe(binAtRankByFullScan(all, rank));
          expect(distribution(a)).toEqual(distribution(all));
        },
      ),
    );
  });
});
