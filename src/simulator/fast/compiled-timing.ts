/**
 * What a service's agreed hours and demand come to over a run (the agreed intervals, the
 * demand breakpoints and rates), worked out once per content and shared by the compiled
 * scenarios that have the same clock, horizon, calendar, demand and surges: a tornado or a
 * sweep compiles dozens of variants that differ only in other parameters (on the bank this
 * was ~40 % of a ~4-8 ms compile). Pure: the same inputs give the same arrays, which no run
 * writes to.
 */
import { contentKey } from '../../core/content-key.ts';
import { DemandProfile } from '../../core/demand.ts';
import type { Interval } from '../../core/intervals.ts';
import type { Inject, Scenario, Service } from '../../core/model.ts';
import { agreedHoursOf } from '../../core/agreed-hours.ts';

export interface ServiceTiming {
  readonly agreed: readonly Interval[];
  /** The agreed hours' total length in ms (summed in order, as core/metrics.ts sums them). */
  readonly agreedMs: number;
  readonly agreedStarts: Float64Array;
  readonly agreedEnds: Float64Array;
  /** Demand breakpoints in time order; `rates[k]` holds from `times[k - 1]` (k = 0: from 0). */
  readonly times: Float64Array;
  readonly rates: Float64Array;
  /**
   * The highest rate each block of PEAK_BLOCK breakpoints leads to: `peaks[j]` is the largest
   * of `rates[j * PEAK_BLOCK + 1]` to `rates[(j + 1) * PEAK_BLOCK]` (NaN if one is NaN).
   */
  readonly peaks: Float64Array;
  /** The highest rate, from time 0 on (NaN if one is NaN). */
  readonly peak: number;
}

export const PEAK_BLOCK = 32;

/** Timings kept at most (a tornado's variants share one or two); past it the cache starts again. */
const KEPT = 64;
const cache = new Map<string, ServiceTiming>();

/** The timing of `service` in `scenario` with `injects` (the surges among them count). */
export function serviceTiming(
  scenario: Scenario,
  service: Service,
  injects: readonly Inject[],
): ServiceTiming {
  // Everything DemandProfile and agreedIntervals read.
  const key = contentKey([
    scenario.startEpoch,
    scenario.timeZone,
    scenario.horizon,
    service.id,
    service.demand,
    service.calendar,
    injects.filter((i) => i.action === 'surge'),
  ]);
  let timing = cache.get(key);
  if (timing === undefined) {
    if (cache.size >= KEPT) cache.clear();
    cache.set(key, (timing = timingOf(scenario, service, injects)));
  }
  return timing;
}

function timingOf(scenario: Scenario, service: Service, injects: readonly Inject[]): ServiceTiming {
  const agreed = agreedHoursOf(service.calendar, scenario, scenario.horizon);
  const { times, rates } = demandBreakpoints(new DemandProfile(scenario, service, injects));
  return {
    agreed,
    agreedMs: agreed.reduce((sum, i) => sum + i.end - i.start, 0),
    agreedStarts: Float64Array.from(agreed, (i) => i.start),
    agreedEnds: Float64Array.from(agreed, (i) => i.end),
    times,
    rates,
    peaks: peaksOf(rates),
    peak: peakOf(rates, 0, rates.length),
  };
}

/** The chain of demand changes `simulate` schedules from time 0, with the rate after each. */
function demandBreakpoints(demand: DemandProfile): { times: Float64Array; rates: Float64Array } {
  const { times, rates } = demand.breakpoints();
  return { times: Float64Array.from(times), rates: Float64Array.from(rates) };
}

function peaksOf(rates: Float64Array): Float64Array {
  const peaks = new Float64Array(Math.ceil((rates.length - 1) / PEAK_BLOCK));
  for (let j = 0; j < peaks.length; j++)
    peaks[j] = peakOf(rates, j * PEAK_BLOCK + 1, (j + 1) * PEAK_BLOCK + 1);
  return peaks;
}

/** The largest of `rates[from]` to `rates[to - 1]` (as Math.max: NaN if one is NaN). */
function peakOf(rates: Float64Array, from: number, to: number): number {
  let peak = -Infinity;
  for (let k = from; k < to && k < rates.length; k++) peak = Math.max(peak, rates[k]!);
  return peak;
}
