/**
 * A fixed log-binned histogram of non-negative values: the mergeable quantile sketch of a
 * Monte Carlo study. Bins are those of HDR histograms, read straight from the bits of the
 * double: each power of two from 2^MIN_EXP to 2^MAX_EXP is cut into 2^SUB_BITS equal bins, so
 * a bin's width is at most 1/128 of its lower edge (a quantile read at a bin's midpoint is
 * within 0.4 % of the true one). Values below 2^MIN_EXP (≈ 1e-6), zero included, share bin 0;
 * values from 2^MAX_EXP (≈ 1.8e13) share the last bin. The bin of a value depends on its bits
 * only (no logarithm), so every machine bins alike; counts are integers, so a merge is an
 * exact, associative and commutative sum, and the size never depends on the number of runs.
 *
 * Each bin also remembers its first run: the smallest run index that landed in it, so a chart
 * can open an example run from any bar. Merging takes the smaller, so it too is the same
 * whatever the split into chunks, workers or shards.
 */

export const SUB_BITS = 7;
export const MIN_EXP = -20;
export const MAX_EXP = 44;
const SUB = 1 << SUB_BITS;
export const BIN_COUNT = (MAX_EXP - MIN_EXP) * SUB + 2;
const LAST = BIN_COUNT - 1;

const view = new DataView(new ArrayBuffer(8));

/** The bin of a value. */
export function binOf(x: number): number {
  if (!(x > 0)) return 0;
  if (x === Infinity) return LAST;
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const exp = ((hi >>> 20) & 0x7ff) - 1023;
  if (exp < MIN_EXP) return 0;
  if (exp >= MAX_EXP) return LAST;
  return 1 + (exp - MIN_EXP) * SUB + ((hi >>> (20 - SUB_BITS)) & (SUB - 1));
}

/** The edges [lower, upper) of a bin. */
export function binEdges(bin: number): [number, number] {
  if (bin <= 0) return [0, 2 ** MIN_EXP];
  if (bin >= LAST) return [2 ** MAX_EXP, Infinity];
  const exp = MIN_EXP + Math.floor((bin - 1) / SUB);
  const sub = (bin - 1) % SUB;
  return [2 ** exp * (1 + sub / SUB), 2 ** exp * (1 + (sub + 1) / SUB)];
}

/** A representative value of a bin: 0 for bin 0, the lower edge for the last, else the midpoint. */
export function binValue(bin: number): number {
  const [lo, hi] = binEdges(bin);
  return bin <= 0 ? 0 : hi === Infinity ? lo : (lo + hi) / 2;
}

/** Sparse JSON form: [bin, count, first run] in bin order (the run is absent in older files). */
export type HistogramJson = [bin: number, count: number, firstRun?: number][];

const NO_RUN = -1;

export class LogHistogram {
  /**
   * Empty by default; a caller that passes arrays (a worker's, as posted or moved: packed-study.ts)
   * sets `total`, `lowest` and `highest` to match them.
   */
  constructor(
    readonly counts: Float64Array = new Float64Array(BIN_COUNT),
    /** The smallest run index seen in each bin, or -1. */
    readonly firstRuns: Int32Array = new Int32Array(BIN_COUNT).fill(NO_RUN),
  ) {}

  total = 0;
  /**
   * The lowest and highest bins that may hold a count or a run (lowest > highest while empty):
   * every bin outside them is empty, so merge, toJSON and the rank scans skip the thousands of
   * empty bins at either end (they run cold, once, at a study's end).
   */
  lowest = BIN_COUNT;
  highest = -1;

  /** Adds a value; `run` (the run's index) makes it an example of its bin. */
  add(x: number, run?: number): void {
    const bin = binOf(x);
    this.counts[bin]! += 1;
    this.total += 1;
    if (bin < this.lowest) this.lowest = bin;
    if (bin > this.highest) this.highest = bin;
    if (run !== undefined) {
      const first = this.firstRuns[bin]!;
      if (first === NO_RUN || run < first) this.firstRuns[bin] = run;
    }
  }

  merge(other: LogHistogram): void {
    for (let i = other.lowest; i <= other.highest; i++) {
      this.counts[i]! += other.counts[i]!;
      const theirs = other.firstRuns[i]!;
      const ours = this.firstRuns[i]!;
      if (theirs !== NO_RUN && (ours === NO_RUN || theirs < ours)) this.firstRuns[i] = theirs;
    }
    this.total += other.total;
    if (other.lowest < this.lowest) this.lowest = other.lowest;
    if (other.highest > this.highest) this.highest = other.highest;
  }

  /** The smallest run index in bins [from, to], or null when none of them has one. */
  firstRunIn(from: number, to: number): number | null {
    let best = NO_RUN;
    for (let i = Math.max(0, from); i <= Math.min(LAST, to); i++) {
      const r = this.firstRuns[i]!;
      if (r !== NO_RUN && (best === NO_RUN || r < best)) best = r;
    }
    return best === NO_RUN ? null : best;
  }

  /** The bin holding the value of rank `rank` (1-based) in ascending order; -1 when empty. */
  binAtRank(rank: number): number {
    if (this.total === 0) return -1;
    const r = Math.min(Math.max(1, rank), this.total);
    let seen = 0;
    for (let i = this.lowest; i <= this.highest; i++) {
      seen += this.counts[i]!;
      if (seen >= r) return i;
    }
    return LAST;
  }

  /** The bin holding the q-quantile (the value of rank ⌈q·n⌉). */
  quantileBin(q: number): number {
    return this.binAtRank(Math.ceil(q * this.total));
  }

  toJSON(): HistogramJson {
    const out: HistogramJson = [];
    for (let i = this.lowest; i <= this.highest; i++) {
      const c = this.counts[i]!;
      const run = this.firstRuns[i]!;
      if (c > 0) out.push(run === NO_RUN ? [i, c] : [i, c, run]);
    }
    return out;
  }

  static fromJSON(json: HistogramJson): LogHistogram {
    LogHistogram.checkJSON(json);
    const h = new LogHistogram();
    h.addJSON(json);
    return h;
  }

  /** Throws on a bin that is not valid; otherwise returns the runs counted. */
  static checkJSON(json: HistogramJson): number {
    let total = 0;
    for (const [bin, count, run] of json) {
      if (!Number.isInteger(bin) || bin < 0 || bin >= BIN_COUNT || !Number.isInteger(count))
        throw new TypeError(`histogram bin ${String(bin)} (count ${String(count)}) is not valid`);
      if (run !== undefined && !(Number.isInteger(run) && run >= 0 && run <= 0x7fffffff))
        throw new TypeError(`histogram bin ${bin}: first run ${String(run)} is not a run index`);
      total += count;
    }
    return total;
  }

  /**
   * Adds a histogram's JSON (checked by checkJSON): what `merge(LogHistogram.fromJSON(json))`
   * gives, without making its two 8,194-bin arrays only to add and drop them.
   */
  addJSON(json: HistogramJson): void {
    for (const [bin, count, run] of json) {
      this.counts[bin]! += count;
      this.total += count;
      if (bin < this.lowest) this.lowest = bin;
      if (bin > this.highest) this.highest = bin;
      if (run !== undefined) {
        const first = this.firstRuns[bin]!;
        if (first === NO_RUN || run < first) this.firstRuns[bin] = run;
      }
    }
  }
}
