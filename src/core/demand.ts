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
import { localAt, localSpan, nextLocalHour, simAt } from './zone.ts';

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
    this.#flat = this.surges.length === 0 && flatDemand(service.demand);
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
    let rate = demand.tpm * (demand.hourly[hour] ?? 0) * (demand.weekdays[weekdayOf(epoch)] ?? 1);
    // Only surges starting in (t - longest, t] can be active at t.
    for (
      let i = firstAfter(this.surges, t - this.#longestSurge, (s) => s.start);
      i < this.surges.length;
      i++
    ) {
      const s = this.surges[i]!;
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

  /** Surge intervals merged, for drawing. */
  surgeIntervals(): { start: number; end: number }[] {
    return normaliseIntervals(this.surges);
  }
}

/**
 * Whether `tpm * hourly[h] * weekdays[d]` (as rateAt reads them) is one and the same number for
 * every hour and weekday: a NaN anywhere makes it not flat, as NaN differs from itself.
 */
function flatDemand(demand: Service['demand']): boolean {
  const first = demand.tpm * (demand.hourly[0] ?? 0) * (demand.weekdays[0] ?? 1);
  for (let hour = 0; hour < 24; hour++)
    for (let day = 0; day < 7; day++)
      if (demand.tpm * (demand.hourly[hour] ?? 0) * (demand.weekdays[day] ?? 1) !== first)
        return false;
  return true;
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
