/**
 * A service's demand as a piecewise-constant rate (transactions per minute): the hourly
 * profile times the weekday factor times every active surge. The simulator asks for the
 * rate now and the time of the next change, so demand is never ticked minute by minute.
 */
import { weekdayOf } from './civil.ts';
import { normaliseIntervals } from './intervals.ts';
import type { Inject, Scenario, Service } from './model.ts';
import { occursOn } from './recurrence.ts';
import { MS_PER_DAY, MS_PER_HOUR } from './time.ts';
import { localAt, localSpan, nextLocalHour, nextOffsetChange, simAt } from './zone.ts';

interface ActiveSurge {
  readonly start: number;
  readonly end: number;
  readonly factor: number;
}

export class DemandProfile {
  readonly #service: Service;
  readonly #clock: Pick<Scenario, 'startEpoch' | 'timeZone'>;
  readonly #horizon: number;
  /** Every surge (recurring or injected) laid out on simulated time, sorted by start. */
  readonly surges: readonly ActiveSurge[];
  /** Sorted, distinct times at which a surge starts or ends. */
  readonly #edges: readonly number[];
  readonly #longestSurge: number;
  /** `tpm * hourly[h] * weekdays[d]` at index `d * 24 + h`, worked out once (rateAt reads it). */
  readonly #base: Float64Array;
  /** The surges' starts (as `surges`), searched without a callback. */
  readonly #starts: Float64Array;
  /** Whether the rate is the same at every hour of every weekday, with no surge: it never changes. */
  readonly #flat: boolean;
  /** The last rate worked out and its time: the breakpoint chain asks each time twice or more. */
  #lastT = NaN;
  #lastRate = NaN;

  constructor(scenario: Scenario, service: Service, injects: readonly Inject[] = scenario.injects) {
    this.#service = service;
    this.#clock = { startEpoch: scenario.startEpoch, timeZone: scenario.timeZone };
    this.#horizon = scenario.horizon;
    const surges: ActiveSurge[] = [];
    const local = localSpan(scenario, scenario.horizon);
    // From the date before the start: its surge may run past midnight into the run.
    const first = Math.floor(local.from / MS_PER_DAY) * MS_PER_DAY - MS_PER_DAY;
    for (const s of service.demand.surges) {
      for (let midnight = first; midnight < local.to; midnight += MS_PER_DAY) {
        if (!occursOn(s.every, service.calendar, midnight)) continue;
        // A date the clocks skip whole (Pacific/Apia, 30 December 2011) has no surge.
        if (simAt(scenario, midnight + MS_PER_DAY) === simAt(scenario, midnight)) continue;
        // A surge starts at a local time and lasts its duration in elapsed time.
        const start = simAt(scenario, midnight + s.at);
        surges.push({ start, end: start + s.duration, factor: s.factor });
      }
    }
    for (const inject of injects) {
      if (inject.action !== 'surge' || (inject.service !== null && inject.service !== service.id))
        continue;
      surges.push({ start: inject.at, end: inject.at + inject.duration, factor: inject.factor });
    }
    this.surges = surges
      .filter((s) => s.end > 0 && s.start < this.#horizon)
      .sort((a, b) => a.start - b.start);
    this.#edges = [...new Set(this.surges.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
    this.#longestSurge = Math.max(0, ...this.surges.map((s) => s.end - s.start));
    this.#starts = Float64Array.from(this.surges, (s) => s.start);
    this.#base = baseRates(service.demand);
    this.#flat = this.surges.length === 0 && this.#base.every((r) => r === this.#base[0]);
  }

  /** Demand in transactions per minute at simulated time `t`. */
  rateAt(t: number): number {
    if (t === this.#lastT) return this.#lastRate;
    const rate = this.#rateAt(t);
    this.#lastT = t;
    this.#lastRate = rate;
    return rate;
  }

  #rateAt(t: number): number {
    const demand = this.#service.demand;
    const epoch = localAt(this.#clock, t);
    const hour = Math.floor((epoch - Math.floor(epoch / MS_PER_DAY) * MS_PER_DAY) / MS_PER_HOUR);
    const weekday = weekdayOf(epoch);
    let rate =
      this.#base[weekday * 24 + hour] ??
      demand.tpm * (demand.hourly[hour] ?? 0) * (demand.weekdays[weekday] ?? 1);
    const surges = this.surges;
    if (surges.length === 0) return rate;
    // Only surges starting in (t - longest, t] can be active at t.
    for (let i = firstAbove(this.#starts, t - this.#longestSurge); i < surges.length; i++) {
      const s = surges[i]!;
      if (s.start > t) break;
      if (t < s.end) rate *= s.factor;
    }
    return rate;
  }

  /** The first time after `t` at which the rate differs from the rate at `t`; Infinity if never before the horizon. */
  nextChange(t: number): number {
    // Saves a look at every hour of the run (8,760 a year) when nothing ever changes.
    if (this.#flat) return Infinity;
    const current = this.rateAt(t);
    let hourEdge = nextLocalHour(this.#clock, t);
    let e = firstAfter(this.#edges, t, (x) => x);
    for (;;) {
      const edge = this.#edges[e] ?? Infinity;
      const candidate = Math.min(hourEdge, edge);
      if (candidate >= this.#horizon) return Infinity;
      if (this.rateAt(candidate) !== current) return candidate;
      if (candidate === hourEdge) hourEdge = nextLocalHour(this.#clock, hourEdge);
      if (candidate === edge) e++;
    }
  }

  /**
   * The chain of changes `nextChange` gives from time 0 (`times`) and the rate from each on
   * (`rates[k]` holds from `times[k - 1]`, `rates[0]` from 0): the same numbers, found without
   * asking rateAt at every local hour of the run (a year is 8,760 hours; this was most of a cold
   * compile). Between two offset changes or surge edges the offset and the surges in force are
   * fixed, so the rate at each local hour is the base table's entry times the same factors, in
   * rateAt's order (the same products, bit for bit). Proved equal to the chain in
   * test/core/demand-breakpoints.test.ts.
   */
  breakpoints(): { times: number[]; rates: number[] } {
    const times: number[] = [];
    const rates: number[] = [this.rateAt(0)];
    if (this.#flat) return { times, rates };
    let current = rates[0]!;
    const keep = (t: number, rate: number): void => {
      // As nextChange compares (a NaN rate differs from itself: every hour is then a change).
      if (rate === current) return;
      times.push(t);
      rates.push(rate);
      current = rate;
    };
    const base = this.#base;
    const edges = this.#edges;
    let e = firstAfter(edges, 0, (x) => x);
    for (let t = 0; ;) {
      const local = localAt(this.#clock, t);
      // Whole milliseconds (as every time a scenario gives): the hours below are then exact sums.
      if (!Number.isInteger(local) || !Number.isInteger(t)) return this.#chain();
      // The next offset change or surge edge: the offset and the surges hold until then.
      const hard = Math.min(nextOffsetChange(this.#clock, t), edges[e] ?? Infinity);
      const end = Math.min(hard, this.#horizon);
      const factors = this.#factorsAt(t);
      const toHour = MS_PER_HOUR - (((local % MS_PER_HOUR) + MS_PER_HOUR) % MS_PER_HOUR);
      let index = hourIndex(local + toHour);
      for (let hour = t + toHour; hour < end; hour += MS_PER_HOUR) {
        let rate = base[index]!;
        for (let k = 0; k < factors.length; k++) rate *= factors[k]!;
        keep(hour, rate);
        index = index === base.length - 1 ? 0 : index + 1;
      }
      if (hard >= this.#horizon) return { times, rates };
      keep(hard, this.rateAt(hard));
      t = hard;
      while (e < edges.length && edges[e]! <= t) e++;
    }
  }

  /** The factors of the surges in force at `t`, in the order #rateAt multiplies them. */
  #factorsAt(t: number): number[] {
    const factors: number[] = [];
    const surges = this.surges;
    for (let i = firstAbove(this.#starts, t - this.#longestSurge); i < surges.length; i++) {
      const s = surges[i]!;
      if (s.start > t) break;
      if (t < s.end) factors.push(s.factor);
    }
    return factors;
  }

  /** breakpoints() as nextChange walks it, hour by hour. */
  #chain(): { times: number[]; rates: number[] } {
    const times: number[] = [];
    const rates: number[] = [this.rateAt(0)];
    for (let t = this.nextChange(0); Number.isFinite(t); t = this.nextChange(t)) {
      times.push(t);
      rates.push(this.rateAt(t));
    }
    return { times, rates };
  }

  /** Surge intervals merged, for drawing. */
  surgeIntervals(): { start: number; end: number }[] {
    return normaliseIntervals(this.surges);
  }
}

/** `tpm * hourly[h] * weekdays[d]` for every weekday d and hour h, at `d * 24 + h` (as rateAt reads them). */
function baseRates(demand: Service['demand']): Float64Array {
  const base = new Float64Array(7 * 24);
  for (let day = 0; day < 7; day++)
    for (let hour = 0; hour < 24; hour++)
      base[day * 24 + hour] = demand.tpm * (demand.hourly[hour] ?? 0) * (demand.weekdays[day] ?? 1);
  return base;
}

/** The base table's index of local time `epoch`: its weekday times 24 plus its hour. */
function hourIndex(epoch: number): number {
  const hour = Math.floor((epoch - Math.floor(epoch / MS_PER_DAY) * MS_PER_DAY) / MS_PER_HOUR);
  return weekdayOf(epoch) * 24 + hour;
}

/** Index of the first number above `t` in a sorted array. */
function firstAbove(sorted: Float64Array, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item whose key is above `t` in a list sorted by that key. */
function firstAfter<T>(sorted: readonly T[], t: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
