/**
 * Service metrics from a trace, counted inside the service's agreed hours and, separately,
 * outside them. An outage is a maximal stretch of `down`, judged against the RTO and MTPD in
 * business terms (core/outage.ts). Each figure of a run's sums is worked out by one rule below
 * (`availabilityOf`, `costOf`, `rpoMetBy`, ...), which the fast path's lean figures call too
 * (simulator/fast/sink-figures.ts).
 *
 * The figures are exact (no rounding): Monte Carlo sums them over runs, and rounding belongs
 * to display (core/report.ts, the UI's formatters).
 */
import { agreedHoursOf } from './agreed-hours.ts';
import { normaliseIntervals, overlapLength, type Interval } from './intervals.ts';
import type { Impact, Scenario, Service } from './model.ts';
import { countOutages, outageOf, type Outage, type OutageCounts } from './outage.ts';
import { MS_PER_HOUR, MS_PER_MINUTE } from './time.ts';
import type { ServiceInterval, ServiceState, Trace } from './trace.ts';

export interface HoursBlock {
  /** Length of this part of the horizon. */
  readonly minutes: number;
  /** Share of it the service was not down; null when it is empty. */
  readonly availability: number | null;
  readonly downtimeMinutes: number;
  readonly degradedMinutes: number;
  readonly unservedTransactions: number;
}

export interface ServiceMetrics {
  readonly service: string;
  readonly name: string;
  readonly target: number;
  readonly availabilityInAgreedHours: number | null;
  readonly targetMet: boolean;
  readonly agreedHoursMinutes: number;
  readonly downtimeInAgreedHoursMinutes: number;
  readonly degradedInAgreedHoursMinutes: number;
  readonly unservedTransactions: number;
  /** Cost of the downtime and unserved transactions in agreed hours, plus `dataLossCost`. */
  readonly cost: number;
  readonly currency: string;
  readonly outsideAgreedHours: HoursBlock;
  readonly outages: readonly Outage[];
  /** Outages that breached the RTO in business terms (the overrun overlaps agreed hours). */
  readonly rtoBreaches: number;
  /** Outages whose plan was slower than the RTO with the overrun wholly outside agreed hours. */
  readonly rtoOverrunsOutsideAgreedHours: number;
  readonly mtpdBreaches: number;
  /** Worst data loss, in minutes, of a component of the service; null when none lost data. */
  readonly worstDataLossMinutes: number | null;
  readonly rpoMet: boolean;
  /**
   * Minutes of the service's data lost over the run: the union of what each loss took (the
   * stretch before it back to the last backup or replica point), so a stretch lost by two
   * copies counts once.
   */
  readonly dataLostMinutes: number;
  /** `dataLostMinutes` priced at `impact.costPerHourOfDataLost` (included in `cost`). */
  readonly dataLossCost: number;
}

/** One loss of data: `lost` ms of data before `t`. */
export interface DataLoss {
  readonly t: number;
  readonly lost: number;
}

export function computeMetrics(scenario: Scenario, trace: Trace): ServiceMetrics[] {
  return scenario.services.map((s) => serviceMetrics(scenario, s, trace));
}

export function serviceMetrics(scenario: Scenario, service: Service, trace: Trace): ServiceMetrics {
  const agreed = agreedHoursOf(service.calendar, scenario, scenario.horizon);
  const agreedMs = agreed.reduce((sum, i) => sum + i.end - i.start, 0);
  const intervals = trace.intervals[service.id] ?? [];
  const inside = { down: 0, degraded: 0, unserved: 0 };
  const outside = { down: 0, degraded: 0, unserved: 0 };
  for (const iv of intervals) addInterval(agreed, iv, inside, outside);
  const outages = findOutages(intervals, agreed, service, trace);
  const losses = trace.events.flatMap((e): DataLoss[] =>
    e.type === 'data-loss' && e.services.includes(service.id) ? [{ t: e.t, lost: e.lost }] : [],
  );
  return assembleMetrics(scenario, service, agreedMs, inside, outside, outages, losses);
}

/** Time (ms) down and degraded, and transactions unserved, inside or outside agreed hours. */
export interface HoursSums {
  down: number;
  degraded: number;
  unserved: number;
}

/** Adds one service interval to the sums inside and outside agreed hours. */
export function addInterval(
  agreed: readonly Interval[],
  iv: ServiceInterval,
  inside: HoursSums,
  outside: HoursSums,
): void {
  const inMs = overlapLength(agreed, iv.start, iv.end);
  addToSums(inside, outside, iv.state, iv.demand, iv.capacity, inMs, iv.end - iv.start - inMs);
}

/**
 * Adds an interval in `state` at `demand` with `capacity` (null: unbounded), `inMs` of it
 * inside agreed hours and `outMs` outside, to the sums: its time down or degraded, and the
 * transactions it left unserved (all its demand when down, what exceeds the capacity else).
 * `addInterval` and the fast path's sink (simulator/fast/metrics-sink.ts) both add by it.
 */
export function addToSums(
  inside: HoursSums,
  outside: HoursSums,
  state: ServiceState,
  demand: number,
  capacity: number | null,
  inMs: number,
  outMs: number,
): void {
  const unservedPerMinute =
    state === 'down' ? demand : Math.max(0, demand - (capacity ?? Infinity));
  if (state === 'down') {
    inside.down += inMs;
    outside.down += outMs;
  } else if (state === 'degraded') {
    inside.degraded += inMs;
    outside.degraded += outMs;
  }
  inside.unserved += (unservedPerMinute * inMs) / MS_PER_MINUTE;
  outside.unserved += (unservedPerMinute * outMs) / MS_PER_MINUTE;
}

/** Length (ms) of the union of the stretches of data the losses took. */
export function dataLostMs(losses: readonly DataLoss[]): number {
  if (losses.length === 0) return 0;
  return normaliseIntervals(losses.map(({ t, lost }) => ({ start: t - lost, end: t }))).reduce(
    (sum, i) => sum + i.end - i.start,
    0,
  );
}

/** The share of `totalMs` the service was not down (`downMs` of it); null when `totalMs` is empty. */
export function availabilityOf(downMs: number, totalMs: number): number | null {
  return totalMs > 0 ? 1 - downMs / totalMs : null;
}

/** Whether an availability meets its target (no agreed hours: nothing to miss). */
export function targetMetBy(availability: number | null, target: number): boolean {
  return availability === null || availability >= target;
}

/** The largest loss (ms of data) of the losses; null when there is none. */
export function worstLossOf(losses: readonly DataLoss[]): number | null {
  let worst: number | null = null;
  for (const { lost } of losses) if (worst === null || lost > worst) worst = lost;
  return worst;
}

/** Whether the worst data loss (ms; null: none) is within the RPO (ms). */
export function rpoMetBy(worstLoss: number | null, rpo: number): boolean {
  return worstLoss === null || worstLoss <= rpo;
}

/** `lostMs` of data priced at the impact's cost per hour of data lost. */
export function dataLossCostOf(lostMs: number, impact: Impact): number {
  return (lostMs / MS_PER_HOUR) * impact.costPerHourOfDataLost;
}

/** The run's cost: downtime and unserved transactions in agreed hours (`inside`), plus the data lost's. */
export function costOf(inside: HoursSums, impact: Impact, dataLossCost: number): number {
  return (
    (inside.down / MS_PER_HOUR) * impact.costPerHour +
    inside.unserved * impact.costPerUnservedTransaction +
    dataLossCost
  );
}

/** A service's metrics from its sums, outages and data losses (in the order they happened). */
export function assembleMetrics(
  scenario: Scenario,
  service: Service,
  agreedMs: number,
  inside: HoursSums,
  outside: HoursSums,
  outages: Outage[],
  losses: readonly DataLoss[],
  counts: OutageCounts = countOutages(outages),
): ServiceMetrics {
  const availability = availabilityOf(inside.down, agreedMs);
  const outsideMs = scenario.horizon - agreedMs;
  const { impact, objectives } = service;
  const worstLoss = worstLossOf(losses);
  const lostMs = dataLostMs(losses);
  const dataLossCost = dataLossCostOf(lostMs, impact);
  return {
    service: service.id,
    name: service.name,
    target: objectives.availability,
    availabilityInAgreedHours: availability,
    targetMet: targetMetBy(availability, objectives.availability),
    agreedHoursMinutes: agreedMs / MS_PER_MINUTE,
    downtimeInAgreedHoursMinutes: inside.down / MS_PER_MINUTE,
    degradedInAgreedHoursMinutes: inside.degraded / MS_PER_MINUTE,
    unservedTransactions: inside.unserved,
    cost: costOf(inside, impact, dataLossCost),
    currency: impact.currency,
    outsideAgreedHours: {
      minutes: outsideMs / MS_PER_MINUTE,
      availability: availabilityOf(outside.down, outsideMs),
      downtimeMinutes: outside.down / MS_PER_MINUTE,
      degradedMinutes: outside.degraded / MS_PER_MINUTE,
      unservedTransactions: outside.unserved,
    },
    outages,
    rtoBreaches: counts.rtoBreaches,
    rtoOverrunsOutsideAgreedHours: counts.rtoOverrunsOutsideAgreedHours,
    mtpdBreaches: counts.mtpdBreaches,
    worstDataLossMinutes: worstLoss === null ? null : worstLoss / MS_PER_MINUTE,
    rpoMet: rpoMetBy(worstLoss, objectives.rpo),
    dataLostMinutes: lostMs / MS_PER_MINUTE,
    dataLossCost,
  };
}

function findOutages(
  intervals: readonly ServiceInterval[],
  agreed: readonly Interval[],
  service: Service,
  trace: Trace,
): Outage[] {
  const starts = trace.events.filter(
    (e) => e.type === 'service' && e.service === service.id && e.to === 'down',
  );
  const out: Outage[] = [];
  let i = 0;
  while (i < intervals.length) {
    if (intervals[i]!.state !== 'down') {
      i++;
      continue;
    }
    const start = intervals[i]!.start;
    while (i < intervals.length && intervals[i]!.state === 'down') i++;
    const end = intervals[i - 1]!.end;
    const ongoing = i === intervals.length && end >= trace.horizon;
    const cause = starts.find((e) => e.t === start);
    const unavailable = cause && cause.type === 'service' ? cause.unavailable : [];
    out.push(outageOf(agreed, service, start, end, ongoing, unavailable));
  }
  return out;
}
