/**
 * 95 % confidence intervals: the normal approximation for a mean, Wilson's interval for a
 * proportion (good near 0 and 1, where availability targets live), and the distribution-free
 * order-statistic interval for a quantile read from a log-binned histogram.
 */
import { binEdges, binValue, type LogHistogram } from './log-histogram.ts';
import type { Moments } from './moments.ts';

export const Z95 = 1.959963984540054;

export interface Estimate {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

/** Mean ± z·s/√n (a zero-width interval from one run; NaN when empty). */
export function meanInterval(m: Moments): Estimate {
  const value = m.mean();
  const half = m.n > 1 ? Z95 * Math.sqrt(Math.max(0, m.variance()) / m.n) : 0;
  return { value, low: value - half, high: value + half };
}

/** Proportion k/n with Wilson's score interval (NaN when n = 0). */
export function wilsonInterval(k: number, n: number): Estimate {
  if (n === 0) return { value: NaN, low: NaN, high: NaN };
  const p = k / n;
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At k = 0 (k = n) the lower (upper) bound is exactly 0 (1); rounding would leave 1e-18.
  return {
    value: p,
    low: k === 0 ? 0 : Math.max(0, centre - half),
    high: k === n ? 1 : Math.min(1, centre + half),
  };
}

export interface QuantileEstimate extends Estimate {
  /** Edges of the bin holding the quantile: the sketch's precision. */
  readonly binLow: number;
  readonly binHigh: number;
}

/**
 * The q-quantile: its bin's midpoint, with the 95 % interval from the ranks n·q ± z·√(n·q·(1−q))
 * (the lower edge of the bin of the low rank to the upper edge of the bin of the high rank).
 */
export function quantileInterval(h: LogHistogram, q: number): QuantileEstimate {
  const n = h.total;
  if (n === 0) return { value: NaN, low: NaN, high: NaN, binLow: NaN, binHigh: NaN };
  const bin = h.quantileBin(q);
  const half = Z95 * Math.sqrt(n * q * (1 - q));
  const lowBin = h.binAtRank(Math.floor(n * q - half));
  const highBin = h.binAtRank(Math.ceil(n * q + half) + 1);
  const [binLow, binHigh] = binEdges(bin);
  return {
    value: binValue(bin),
    low: lowBin <= 0 ? 0 : binEdges(lowBin)[0],
    high: binEdges(highBin)[1],
    binLow: bin <= 0 ? 0 : binLow,
    binHigh,
  };
}
