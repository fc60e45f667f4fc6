/**
 * A log-binned histogram re-binned for reading: the runs at zero (bin 0, below 1e-6) apart,
 * then `k` equal-width bins from 0 to the upper edge of the highest occupied bin. Each fine bin
 * goes whole to the coarse bin holding its midpoint.
 */
import { BIN_COUNT, binEdges, binValue, type LogHistogram } from './log-histogram.ts';

export interface Bar {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

export interface Distribution {
  readonly total: number;
  /** Runs at (or within 1e-6 of) zero. */
  readonly zero: number;
  readonly bars: readonly Bar[];
}

export function distribution(h: LogHistogram, k = 10): Distribution {
  const zero = h.counts[0] ?? 0;
  let top = 0;
  for (let i = BIN_COUNT - 1; i > 0; i--)
    if (h.counts[i]! > 0) {
      top = i;
      break;
    }
  if (top === 0) return { total: h.total, zero, bars: [] };
  const upper = Math.min(binEdges(top)[1], Number.MAX_VALUE);
  const width = upper / k;
  const counts = new Array<number>(k).fill(0);
  for (let i = 1; i <= top; i++) {
    const c = h.counts[i]!;
    if (c > 0) counts[Math.min(k - 1, Math.floor(binValue(i) / width))]! += c;
  }
  return {
    total: h.total,
    zero,
    bars: counts.map((count, j) => ({ from: j * width, to: (j + 1) * width, count })),
  };
}
