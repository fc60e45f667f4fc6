/**
 * Service metrics computed as the run goes, so a run without a trace keeps nothing that
 * grows with its length: each closed interval is added to the sums of core/metrics.ts as
 * `addInterval` adds it (`addToSums`: the same operations in the same order, so the same
 * floating-point results; intervals come in time order, so the overlap with the agreed hours
 * is found from a cursor, not a search: agreed-cursor.ts) and outages are followed as
 * stretches of `down`, judged by core/outage.ts; `assembleMetrics` gives the metrics, or a
 * lean run's figures (sink-figures.ts).
 */
import {
  addToSums,
  assembleMetrics,
  type DataLoss,
  type HoursSums,
  type ServiceMetrics,
} from '../../core/metrics.ts';
import type { Scenario } from '../../core/model.ts';
import {
  countOutage,
  outageWith,
  overrunInAgreedHours,
  type Outage,
  type OutageCounts,
} from '../../core/outage.ts';
import type { ServiceState } from '../../core/trace.ts';
import { AgreedCursor } from './agreed-cursor.ts';
import type { CompiledService } from './compiled.ts';
import { SinkFigures } from './sink-figures.ts';

export class MetricsSink {
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
  /** The agreed hours, read in time order. */
  readonly #agreed: AgreedCursor;
  /**
   * A run for a study only (restart(true)): outages are counted, not made (no Outage, no list
   * of what was unavailable, no overlap walk for their minutes in agreed hours), and the run's
   * figures are read by finishFigures instead of assembled into ServiceMetrics.
   */
  #lean = false;
  /** The lean runs' figures (made at the first: a sink of the general loop lives one run). */
  #figures: SinkFigures | null = null;

  constructor(compiled: CompiledService) {
    this.#compiled = compiled;
    this.#agreed = new AgreedCursor(compiled);
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
    if (lean) (this.#figures ??= new SinkFigures()).restart();
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
    this.#agreed.restart();
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

  /** Adds the closed interval [start, end) (`addInterval`'s arithmetic: `addToSums`). */
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
    const inMs = this.#agreed.inside(start, end);
    addToSums(this.#inside, this.#outside, state, demand, capacity, inMs, end - start - inMs);
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
    return this.#figures!.finish(service, agreedMs, this.#inside, this.#losses, this.#counts);
  }

  /** A lean run's outage: `outageWith`'s verdicts and duration, counted, no object made. */
  #countOutage(): void {
    const start = this.#outageStart;
    const end = this.#outageEnd;
    const { rto, mtpd } = this.#compiled.service.objectives;
    const agreed = this.#agreed;
    const slower = end - start > rto;
    countOutage(
      this.#counts,
      overrunInAgreedHours(agreed, start, end, rto) > 0,
      slower,
      overrunInAgreedHours(agreed, start, end, mtpd) > 0,
    );
    this.#figures!.addOutage(end - start, slower);
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
      this.#agreed,
      this.#compiled.service,
      start,
      this.#outageEnd,
      ongoing,
      unavailable,
    );
    this.#outages.push(o);
    // assembleMetrics' counts (core/outage.ts countOutages), one outage at a time.
    countOutage(this.#counts, o.rtoMet === false, o.planSlowerThanRto, o.mtpdBreached);
    this.#outageStart = -1;
    // Those done with stay behind the start index (a sink lives one run: a few entries each).
    let from = this.#downsFrom;
    while (from < times.length && times[from]! <= start) from++;
    this.#downsFrom = from;
  }
}
