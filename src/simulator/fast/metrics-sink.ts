/**
 * Service metrics computed as the run goes, so a run without a trace keeps nothing that
 * grows with its length: each closed interval is added to the sums of core/metrics.ts
 * as core/metrics.ts `addInterval` adds it (the same operations in the same order, so the same
 * floating-point results; intervals come in time order, so the overlap with the agreed hours
 * is found from a cursor, not a search) and outages are followed as stretches of `down`;
 * `assembleMetrics` and `outageWith` give the figures.
 */
import {
  assembleMetrics,
  dataLostMs,
  outageWith,
  type AgreedOverlap,
  type DataLoss,
  type HoursSums,
  type Outage,
  type OutageCounts,
  type ServiceMetrics,
} from '../../core/metrics.ts';
import type { Scenario } from '../../core/model.ts';
import * as time from '../../core/time.ts';
import type { ServiceState } from '../../core/trace.ts';
import { agreedIndexOf, type AgreedIndex } from './agreed-index.ts';
import type { CompiledService } from './compiled.ts';

// Read once: tsx's CommonJS output reads an imported binding through a getter at every use.
const { MS_PER_HOUR, MS_PER_MINUTE } = time;

/**
 * What a Monte Carlo study reads of a service's run (analysis/montecarlo/aggregate.ts
 * `RunFigures`): ServiceMetrics' figures, by the same arithmetic, and of its outages only
 * their number, the longest and whether any plan was slower than the RTO. One object per
 * sink, filled again at each run by a sink restarted `lean`.
 */
export class SinkFigures {
  targetMet = false;
  rtoBreaches = 0;
  mtpdBreaches = 0;
  rpoMet = true;
  availabilityInAgreedHours: number | null = null;
  agreedHoursMinutes = 0.5;
  downtimeInAgreedHoursMinutes = 0.5;
  degradedInAgreedHoursMinutes = 0.5;
  cost = 0.5;
  outageCount = 0;
  longestOutageMinutes = 0.5;
  planSlowerThanRto = false;
}

/**
 * The first index from `i` on whose end is after `t` (`ends` ascending), galloped to: saves a
 * step per agreed interval between two outages (hundreds a year).
 */
function firstEndingAfter(ends: Float64Array, i: number, t: number): number {
  const n = ends.length;
  if (!(i < n && ends[i]! <= t)) return i;
  let lo = i + 1;
  let hi = lo;
  for (let step = 1; hi < n && ends[hi]! <= t; step *= 2) {
    lo = hi + 1;
    hi += step;
  }
  if (hi > n) hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class MetricsSink implements AgreedOverlap {
  readonly #compiled: CompiledService;
  readonly #inside: HoursSums = { down: 0, degraded: 0, unserved: 0 };
  readonly #outside: HoursSums = { down: 0, degraded: 0, unserved: 0 };
  /** This run's outages and data losses: new lists at each restart (a run's metrics keep them). */
  #outages: Outage[] = [];
  /** Counted as each outage is made (no second pass over them in assembleMetrics). */
  readonly #counts: OutageCounts = {
    rtoBreaches: 0,
    rtoOverrunsOutsideAgreedHours: 0,
    mtpdBreaches: 0,
  };
  /**
   * Times the service went down, with what was unavailable (the first of each instant), from
   * `#downsFrom` on: two lists side by side, no object per time (those before `#downsFrom`
   * are done with).
   */
  readonly #downTimes: number[] = [];
  readonly #downLists: (readonly string[])[] = [];
  #downsFrom = 0;
  /**
   * The open outage's start (negative: none) and end so far. First set to a fraction, so the
   * fields hold doubles in place from the start: made with a small integer (-1), they were
   * left holding any number, each time stored then boxed (a heap number per store: times in
   * ms are past the small-integer range).
   */
  #outageStart = -0.5;
  #outageEnd = -0.5;
  /** The data losses so far, in the order they happened (few: one a failure of a data component). */
  #losses: DataLoss[] = [];
  /** First agreed interval that may end after the next interval's start. */
  #cursor = 0;
  readonly #index: AgreedIndex;
  /**
   * A run for a study only (restart(true)): outages are counted, not made (no Outage, no list
   * of what was unavailable, no overlap walk for their minutes in agreed hours), and the run's
   * figures are read by finishFigures instead of assembled into ServiceMetrics.
   */
  #lean = false;
  /** The lean runs' figures (made at the first: a sink of the general loop lives one run). */
  #figures: SinkFigures | null = null;
  /** Where the last overlap search ended: outages come in time order, so the next is near. */
  #hint = 0;
  /** `overlapLength` over the agreed hours, searched from a hint instead of a binary search. */
  overlap(from: number, to: number): number {
    const { agreedStarts: starts, agreedEnds: ends } = this.#compiled;
    const n = ends.length;
    // The first agreed interval ending after `from`, as overlapLength's search finds it.
    let i = this.#index.firstEndingAfter(from);
    if (i < 0) {
      i = this.#hint;
      while (i > 0 && ends[i - 1]! > from) i--;
      i = firstEndingAfter(ends, i, from);
    }
    this.#hint = i;
    let total = 0;
    for (; i < n; i++) {
      const s = starts[i]!;
      if (s >= to) break;
      total += Math.min(ends[i]!, to) - Math.max(s, from);
    }
    return total;
  }

  constructor(compiled: CompiledService) {
    this.#compiled = compiled;
    this.#index = agreedIndexOf(compiled.agreedEnds);
  }

  /**
   * A new run, as a new sink would start it, for a runner that keeps one sink per service
   * (plain-services.ts): no sink object, sums or counts made again each run. The last full run's
   * metrics hold its outages: a full run starts new lists; a lean one (figures only, no outages
   * made) empties its own in place.
   */
  restart(lean = false): void {
    const inside = this.#inside;
    const outside = this.#outside;
    inside.down = inside.degraded = inside.unserved = 0;
    outside.down = outside.degraded = outside.unserved = 0;
    this.#lean = lean;
    if (lean) {
      const figures = (this.#figures ??= new SinkFigures());
      figures.outageCount = 0;
      figures.longestOutageMinutes = 0;
      figures.planSlowerThanRto = false;
    }
    // A lean run's lists are nobody else's: emptied, not made again.
    if (lean) this.#losses.length = 0;
    else {
      this.#outages = [];
      this.#losses = [];
    }
    const counts = this.#counts;
    counts.rtoBreaches = counts.rtoOverrunsOutsideAgreedHours = counts.mtpdBreaches = 0;
    this.#downTimes.length = 0;
    this.#downLists.length = 0;
    this.#downsFrom = 0;
    this.#outageStart = -1;
    this.#outageEnd = -1;
    this.#cursor = 0;
    this.#hint = 0;
  }

  /** Whether a stretch of `down` has been added and not yet closed by another state. */
  get outageOpen(): boolean {
    return this.#outageStart >= 0;
  }

  wentDown(t: number, unavailable: readonly string[]): void {
    const times = this.#downTimes;
    if (times.length > this.#downsFrom && times[times.length - 1] === t) return;
    times.push(t);
    this.#downLists.push(unavailable);
  }

  lostData(t: number, lost: number): void {
    this.#losses.push({ t, lost });
  }

  /** Adds the closed interval [start, end) (`addInterval`'s arithmetic). */
  interval(
    start: number,
    end: number,
    state: ServiceState,
    demand: number,
    capacity: number | null,
  ): void {
    // `up` adds nothing (no time down or degraded, no unserved demand: +0 to the sums), so only
    // an outage it ends is closed (saves the overlap walk after each outage).
    if (state === 'up' && demand - (capacity ?? Infinity) <= 0) {
      if (this.#outageStart >= 0) this.#closeOutage(false);
      return;
    }
    // The agreed intervals as two typed arrays: no object to load per interval passed.
    const { agreedStarts: starts, agreedEnds: ends } = this.#compiled;
    const n = ends.length;
    // The first from the cursor on ending after `start`: the later of the cursor and the first of all.
    const first = this.#index.firstEndingAfter(start);
    let i = first < 0 ? firstEndingAfter(ends, this.#cursor, start) : Math.max(this.#cursor, first);
    this.#cursor = i;
    let inMs = 0;
    for (; i < n; i++) {
      const s = starts[i]!;
      if (s >= end) break;
      inMs += Math.min(ends[i]!, end) - Math.max(s, start);
    }
    const outMs = end - start - inMs;
    const unservedPerMinute =
      state === 'down' ? demand : Math.max(0, demand - (capacity ?? Infinity));
    const inside = this.#inside;
    const outside = this.#outside;
    if (state === 'down') {
      inside.down += inMs;
      outside.down += outMs;
    } else if (state === 'degraded') {
      inside.degraded += inMs;
      outside.degraded += outMs;
    }
    inside.unserved += (unservedPerMinute * inMs) / MS_PER_MINUTE;
    outside.unserved += (unservedPerMinute * outMs) / MS_PER_MINUTE;
    if (state === 'down') {
      if (this.#outageStart < 0) this.#outageStart = start;
      this.#outageEnd = end;
    } else if (this.#outageStart >= 0) this.#closeOutage(false);
  }

  finish(scenario: Scenario): ServiceMetrics {
    // An outage still open is the last stretch of intervals (core/metrics.ts: `ongoing`).
    if (this.#outageStart >= 0) this.#closeOutage(this.#outageEnd >= scenario.horizon);
    const service = this.#compiled.service;
    return assembleMetrics(
      scenario,
      service,
      // Summed once per compiled scenario, not once per run (compiled.ts).
      this.#compiled.agreedMs,
      this.#inside,
      this.#outside,
      this.#outages,
      this.#losses,
      this.#counts,
    );
  }

  /**
   * The figures of a lean run (restart(true)): what `finish` would give, as `assembleMetrics`
   * computes each (the same operations in the same order), with the outages' counts.
   */
  finishFigures(scenario: Scenario): SinkFigures {
    if (this.#outageStart >= 0) this.#closeOutage(this.#outageEnd >= scenario.horizon);
    const { service, agreedMs } = this.#compiled;
    const { impact, objectives } = service;
    const inside = this.#inside;
    const losses = this.#losses;
    const f = this.#figures!;
    const availability = agreedMs > 0 ? 1 - inside.down / agreedMs : null;
    let worstLoss: number | null = null;
    for (const { lost } of losses) if (worstLoss === null || lost > worstLoss) worstLoss = lost;
    const lostMs = losses.length === 0 ? 0 : dataLostMs(losses);
    const dataLossCost = (lostMs / MS_PER_HOUR) * impact.costPerHourOfDataLost;
    f.availabilityInAgreedHours = availability;
    f.targetMet = availability === null || availability >= objectives.availability;
    f.agreedHoursMinutes = agreedMs / MS_PER_MINUTE;
    f.downtimeInAgreedHoursMinutes = inside.down / MS_PER_MINUTE;
    f.degradedInAgreedHoursMinutes = inside.degraded / MS_PER_MINUTE;
    f.cost =
      (inside.down / MS_PER_HOUR) * impact.costPerHour +
      inside.unserved * impact.costPerUnservedTransaction +
      dataLossCost;
    f.rtoBreaches = this.#counts.rtoBreaches;
    f.mtpdBreaches = this.#counts.mtpdBreaches;
    f.rpoMet = worstLoss === null || worstLoss <= objectives.rpo;
    return f;
  }

  /** A lean run's outage: `outageWith`'s verdicts and duration, counted, no object made. */
  #countOutage(): void {
    const start = this.#outageStart;
    const end = this.#outageEnd;
    const { rto, mtpd } = this.#compiled.service.objectives;
    const duration = end - start;
    const rtoBreached = end > start + rto && this.overlap(start + rto, end) > 0;
    const mtpdBreached = end > start + mtpd && this.overlap(start + mtpd, end) > 0;
    const slower = duration > rto;
    const counts = this.#counts;
    if (rtoBreached) counts.rtoBreaches++;
    if (slower && !rtoBreached) counts.rtoOverrunsOutsideAgreedHours++;
    if (mtpdBreached) counts.mtpdBreaches++;
    const f = this.#figures!;
    f.outageCount++;
    const minutes = duration / MS_PER_MINUTE;
    if (minutes > f.longestOutageMinutes) f.longestOutageMinutes = minutes;
    if (slower) f.planSlowerThanRto = true;
    this.#outageStart = -1;
  }

  #closeOutage(ongoing: boolean): void {
    if (this.#lean) return this.#countOutage();
    const start = this.#outageStart;
    const times = this.#downTimes;
    let unavailable: readonly string[] = [];
    for (let k = this.#downsFrom; k < times.length; k++)
      if (times[k] === start) {
        unavailable = this.#downLists[k]!;
        break;
      }
    const o = outageWith(
      this,
      this.#compiled.service,
      start,
      this.#outageEnd,
      ongoing,
      unavailable,
    );
    this.#outages.push(o);
    // assembleMetrics' counts (core/metrics.ts countOutages), one outage at a time.
    const counts = this.#counts;
    if (o.rtoMet === false) counts.rtoBreaches++;
    if (o.planSlowerThanRto && o.rtoMet !== false) counts.rtoOverrunsOutsideAgreedHours++;
    if (o.mtpdBreached) counts.mtpdBreaches++;
    this.#outageStart = -1;
    // Those done with stay behind the start index (a sink lives one run: a few entries each).
    let from = this.#downsFrom;
    while (from < times.length && times[from]! <= start) from++;
    this.#downsFrom = from;
  }
}
