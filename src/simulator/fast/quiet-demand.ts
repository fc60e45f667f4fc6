/**
 * Demand breakpoints that can change nothing but the demand, passed over without the engine.
 * Most of a run's engine events are demand breakpoints (thousands a year), and between two
 * component changes nearly all of them only move every service from one `up` interval to
 * the next. Without a trace such intervals add nothing to the metrics (MetricsSink adds
 * zero for them), so a stretch of breakpoints where every service stays `up` and no
 * component can be overloaded is passed over at once: the services' demand cursors move, and
 * each service's open interval becomes the one its last breakpoint opens. The checks are
 * settle()'s own arithmetic; both only get harder as demand grows, so a stretch passes
 * when its highest rate does (compiled.ts keeps the highest rate overall and per block of
 * breakpoints), and otherwise breakpoints are checked one by one. The first breakpoint that
 * could do more goes back to settle.ts's walk.
 */
import type { Allocator } from './arena.ts';
import { PEAK_BLOCK } from './compiled.ts';
import type { CompiledService } from './compiled.ts';
import type { ServiceRun } from './service-run.ts';

export class QuietDemand {
  readonly #services: readonly ServiceRun[];
  readonly #breakpoints: Float64Array;
  /** Each service's demand cursor during a walk, and at the breakpoint being checked. */
  readonly #k: Int32Array;
  readonly #next: Int32Array;

  constructor(services: readonly ServiceRun[], breakpoints: Float64Array, alloc: Allocator) {
    this.#services = services;
    this.#breakpoints = breakpoints;
    this.#k = alloc.i32(services.length);
    this.#next = alloc.i32(services.length);
  }

  /** Whether every service is `up` with a current topology and no outage left to close. */
  quiet(): boolean {
    for (const s of this.#services) if (!s.quiet) return false;
    return true;
  }

  /**
   * Passes over the breakpoints from index `b` that come before `until` and leave every
   * service `up` with no possible overload; returns the index of the first one not passed.
   * Call only when quiet() and nothing is overloaded, waiting to settle or an OVERLOAD deferred
   * (load-signals.ts). `fits`, where given, tells exactly whether the one service's demand
   * overloads no component (settle.ts): a breakpoint whose demand it fits passes although the
   * ratios' bound does not.
   */
  skip(b: number, until: number, fits: ((demand: number) => boolean) | null = null): number {
    if (this.#services.length === 1) return this.#skipOne(b, until, fits);
    const services = this.#services;
    const breakpoints = this.#breakpoints;
    const ks = this.#k;
    const next = this.#next;
    const n = services.length;
    const nb = breakpoints.length;
    for (let j = 0; j < n; j++) ks[j] = services[j]!.cursor;
    const from = b;
    // Every breakpoint passes when the services' highest rates do (see #skipOne).
    let ratio = 0;
    let ok = true;
    for (let j = 0; j < n; j++) {
      const { peak } = services[j]!.compiled;
      ok &&= stillUp(peak, services[j]!.capacity);
      ratio += peak > 0 ? peak * services[j]!.ratio : 0;
    }
    if (ok && ratio < 1 - 1e-6) {
      b = firstFrom(breakpoints, b, until);
      for (let j = 0; j < n; j++) ks[j] = firstFrom(services[j]!.times, ks[j]!, until);
    }
    while (b < nb) {
      const t = breakpoints[b]!;
      if (!(t < until)) break;
      let ratio = 0;
      let ok = true;
      for (let j = 0; j < n && ok; j++) {
        const s = services[j]!;
        const times = s.times;
        let k = ks[j]!;
        while (k < times.length && times[k]! <= t) k++;
        next[j] = k;
        const demand = s.rates[k]!;
        ok = stillUp(demand, s.capacity);
        ratio += demand > 0 ? demand * s.ratio : 0;
      }
      // settle(): far below every capacity, so no component needs a signal.
      if (!ok || !(ratio < 1 - 1e-6)) break;
      ks.set(next);
      while (b < nb && breakpoints[b] === t) b++;
    }
    if (b > from) for (let j = 0; j < n; j++) services[j]!.skipTo(ks[j]!);
    return b;
  }

  /**
   * skip() for one service, whose breakpoints are the run's: breakpoint k leads to rates[k + 1].
   * Every breakpoint passes when the highest rate does, a block of them when its peak does (a
   * NaN peak does not, and what it covers is checked one by one).
   */
  #skipOne(b: number, until: number, fits: ((demand: number) => boolean) | null): number {
    const s = this.#services[0]!;
    const { times, rates, capacity, ratio } = s;
    let k = b;
    if (passes(s.compiled.peak, capacity, ratio)) k = firstFrom(times, b, until);
    else {
      const memo = stopsOf(s.compiled, capacity, ratio);
      for (;;) {
        // The first breakpoint from k that does not pass; if not before `until`, the first that is not.
        let stop = memo === null ? 0 : memo[k]! - 1;
        if (stop < 0 || memo === null) {
          stop = firstStop(s, k, capacity, ratio);
          if (memo !== null) memo[k] = stop + 1;
        }
        if (!(stop < times.length && times[stop]! < until)) {
          k = firstFrom(times, k, until);
          break;
        }
        k = stop;
        // Past the bound: settle would check every load, and find none over its capacity.
        const demand = rates[k + 1]!;
        if (fits !== null && stillUp(demand, capacity) && fits(demand)) k++;
        else break;
      }
    }
    if (k > b) s.skipTo(k);
    return k;
  }
}

/**
 * The first breakpoint from `k` on that does not pass at `capacity` and `ratio` (the number of
 * breakpoints if none): a block of them passes when its peak does (a NaN peak does not, and
 * what it covers is checked one by one).
 */
function firstStop(s: ServiceRun, k: number, capacity: number, ratio: number): number {
  const { times, rates } = s;
  const { peaks } = s.compiled;
  const nb = times.length;
  while (k < nb) {
    const end = k + PEAK_BLOCK;
    if ((k & (PEAK_BLOCK - 1)) === 0 && end <= nb) {
      if (passes(peaks[k / PEAK_BLOCK]!, capacity, ratio)) {
        k = end;
        continue;
      }
    }
    if (!passes(rates[k + 1]!, capacity, ratio)) break;
    k++;
  }
  return k;
}

/**
 * Per compiled service (shared by every run of a scenario), for the first few (capacity,
 * ratio) pairs its runs skip at: from each breakpoint a skip started at, where it stopped, + 1
 * (0: not known yet). A skip starts at the same breakpoints run after run (where a business
 * day's demand falls back under the bound), so most are found, not walked to again.
 */
const stopMemos = new WeakMap<
  CompiledService,
  { capacity: number; ratio: number; stops: Int32Array }[]
>();
/** Pairs memoised per service at most: the rest are walked each time. */
const MEMO_PAIRS = 4;

function stopsOf(compiled: CompiledService, capacity: number, ratio: number): Int32Array | null {
  let memos = stopMemos.get(compiled);
  if (memos === undefined) stopMemos.set(compiled, (memos = []));
  for (const m of memos)
    if (Object.is(m.capacity, capacity) && Object.is(m.ratio, ratio)) return m.stops;
  if (memos.length === MEMO_PAIRS) return null;
  const stops = new Int32Array(compiled.times.length + 1);
  memos.push({ capacity, ratio, stops });
  return stops;
}

/** The first index from `from` on whose time is not before `until` (galloping, then halving). */
function firstFrom(times: Float64Array, from: number, until: number): number {
  let lo = from;
  let hi = from;
  for (let step = 1; hi < times.length && times[hi]! < until; step *= 2) {
    lo = hi + 1;
    hi = from + step;
  }
  if (hi > times.length) hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < until) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether a service `up` at `capacity` stays `up` at `demand` (serviceState), with its
 * interval's unserved demand exactly 0: a NaN (say from an unbounded demand on an unbounded
 * capacity) is left to the engine.
 */
const stillUp = (demand: number, capacity: number): boolean => demand - capacity <= 0;

/** Both checks for the one service's demand (settle()'s sum of ratios has one term). */
const passes = (demand: number, capacity: number, ratio: number): boolean =>
  stillUp(demand, capacity) && (demand > 0 ? demand * ratio : 0) < 1 - 1e-6;
