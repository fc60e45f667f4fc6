/**
 * A log-binned histogram re-binned for reading: the runs at zero (bin 0, below 1e-6) apart,
 * then at most `k` equal-width bins from 0 past the highest occupied bin, of a round width
 * (1, 2, 2.5 or 5 times a power of ten, so the edges read well: 0, 20, 40 min). Each fine bin
 * goes whole to the coarse bin holding its midpoint, and each coarse bin names an example run
 * (the smallest run index in it) that a chart can open.
 */
import { BIN_COUNT, binEdges, binValue, type LogHistogram } from './log-histogram.ts';

export interface Bar {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** An example run in the bar (the first by index), or null when the runs were not recorded. */
  readonly run: number | null;
}

export interface Distribution {
  readonly total: number;
  /** Runs at (or within 1e-6 of) zero. */
  readonly zero: number;
  /** An example run at zero, or null. */
  readonly zeroRun: number | null;
  readonly bars: readonly Bar[];
}

/** The smallest of 1, 2, 2.5, 5 × 10^n that is at least x (x > 0), by exact scaling. */
export function roundStep(x: number): number {
  let power = 1;
  while (power > x) power /= 10;
  while (power * 10 <= x) power *= 10;
  for (const m of [1, 2, 2.5, 5, 10]) if (power * m >= x) return power * m;
  return power * 10;
}

const smaller = (a: number | null, b: number | null): number | null =>
  a === null ? b : b === null ? a : Math.min(a, b);

export function distribution(h: LogHistogram, k = 10): Distribution {
  const zero = h.counts[0] ?? 0;
  const zeroRun = h.firstRunIn(0, 0);
  let top = 0;
  // Down from the highest bin that may hold a count (those above it are empty).
  for (let i = Math.min(h.highest, BIN_COUNT - 1); i > 0; i--)
    if (h.counts[i]! > 0) {
      top = i;
      break;
    }
  if (top === 0) return { total: h.total, zero, zeroRun, bars: [] };
  const highest = binValue(top);
  const width = roundStep(Math.min(binEdges(top)[1], Number.MAX_VALUE) / k);
  const n = Math.max(1, Math.min(k, Math.floor(highest / width) + 1));
  const counts = new Array<number>(n).fill(0);
  const runs = new Array<number | null>(n).fill(null);
  for (let i = Math.max(1, h.lowest); i <= top; i++) {
    const c = h.counts[i]!;
    if (c === 0) continue;
    const j = Math.min(n - 1, Math.floor(binValue(i) / width));
    counts[j]! += c;
    runs[j] = smaller(runs[j]!, h.firstRunIn(i, i));
  }
  return {
    total: h.total,
    zero,
    zeroRun,
    bars: counts.map((count, j) => ({
      from: j * width,
      to: (j + 1) * width,
      count,
      run: runs[j]!,
    })),
  };
}

/**
 * The bars of a chart: the runs at zero join the first bar (zero lies in [0, width)); a
 * distribution of zeros only becomes one bar [0, 1 min) wide enough to see.
 */
export function chartBars(d: Distribution, emptyWidth = 1): Bar[] {
  if (d.bars.length === 0)
    return d.zero > 0 ? [{ from: 0, to: emptyWidth, count: d.zero, run: d.zeroRun }] : [];
  return d.bars.map((b, j) =>
    j === 0 ? { ...b, count: b.count + d.zero, run: smaller(d.zeroRun, b.run) } : b,
  );
}

/** Bars of 1 − x (availability from unavailability), in ascending order of the new value. */
export function complementBars(bars: readonly Bar[]): Bar[] {
  return bars.map((b) => ({ ...b, from: 1 - b.to, to: 1 - b.from })).reverse();
}
