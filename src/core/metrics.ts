/**
 * Service metrics from a trace, counted inside the service's agreed hours and, separately,
 * outside them. An outage is a maximal stretch of `down`; its RTO and MTPD are measured in
 * elapsed time from the disruption to the restore, as the business experiences them.
 */
import { agreedIntervals } from './calendar.ts';
import { overlapLength, type Interval } from './intervals.ts';
import type { Scenario, Service } from './model.ts';
import { MS_PER_HOUR, MS_PER_MINUTE } from './time.ts';
import type { ServiceInterval, Trace } from './trace.ts';

export interface Outage {
  readonly start: number;
  readonly end: number;
  readonly durationMinutes: number;
  readonly minutesInAgreedHours: number;
  /** Still down when the horizon ended. */
  readonly ongoing: boolean;
  /** Null while an ongoing outage has not yet outlasted the RTO. */
  readonly rtoMet: boolean | null;
  /** Minutes past the RTO (0 when met). */
  readonly rtoExceededByMinutes: number;
  readonly mtpdBreached: boolean;
  /** Components not working when the outage began. */
  readonly unavailable: readonly string[];
}

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
  readonly cost: number;
  readonly currency: string;
  readonly outsideAgreedHours: HoursBlock;
  readonly outages: readonly Outage[];
  readonly rtoBreaches: number;
  readonly mtpdBreaches: number;
  /** Worst data loss, in minutes, of a component of the service; null when none lost data. */
  readonly worstDataLossMinutes: number | null;
  readonly rpoMet: boolean;
}

const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function computeMetrics(scenario: Scenario, trace: Trace): ServiceMetrics[] {
  return scenario.services.map((s) => serviceMetrics(scenario, s, trace));
}

export function serviceMetrics(scenario: Scenario, service: Service, trace: Trace): ServiceMetrics {
  const agreed = agreedIntervals(service.calendar, scenario.startEpoch, scenario.horizon);
  const agreedMs = agreed.reduce((sum, i) => sum + i.end - i.start, 0);
  const intervals = trace.intervals[service.id] ?? [];
  const inside = { down: 0, degraded: 0, unserved: 0 };
  const outside = { down: 0, degraded: 0, unserved: 0 };
  for (const iv of intervals) addInterval(agreed, iv, inside, outside);
  const outages = findOutages(intervals, agreed, service, trace);
  const losses = trace.events.flatMap((e) =>
    e.type === 'data-loss' && e.services.includes(service.id) ? [e.lost] : [],
  );
  const worstLoss = losses.length ? Math.max(...losses) : null;
  return assembleMetrics(scenario, service, agreedMs, inside, outside, outages, worstLoss);
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
  const len = iv.end - iv.start;
  const inMs = overlapLength(agreed, iv.start, iv.end);
  const outMs = len - inMs;
  const unservedPerMinute =
    iv.state === 'down' ? iv.demand : Math.max(0, iv.demand - (iv.capacity ?? Infinity));
  if (iv.state === 'down') {
    inside.down += inMs;
    outside.down += outMs;
  } else if (iv.state === 'degraded') {
    inside.degraded += inMs;
    outside.degraded += outMs;
  }
  inside.unserved += (unservedPerMinute * inMs) / MS_PER_MINUTE;
  outside.unserved += (unservedPerMinute * outMs) / MS_PER_MINUTE;
}

/** A service's metrics from its sums, outages and worst data loss (ms, null when none). */
export function assembleMetrics(
  scenario: Scenario,
  service: Service,
  agreedMs: number,
  inside: HoursSums,
  outside: HoursSums,
  outages: Outage[],
  worstLoss: number | null,
): ServiceMetrics {
  const availability = agreedMs > 0 ? 1 - inside.down / agreedMs : null;
  const outsideMs = scenario.horizon - agreedMs;
  const { impact } = service;
  return {
    service: service.id,
    name: service.name,
    target: service.objectives.availability,
    availabilityInAgreedHours: availability === null ? null : round(availability, 6),
    targetMet: availability === null || availability >= service.objectives.availability,
    agreedHoursMinutes: round(agreedMs / MS_PER_MINUTE),
    downtimeInAgreedHoursMinutes: round(inside.down / MS_PER_MINUTE),
    degradedInAgreedHoursMinutes: round(inside.degraded / MS_PER_MINUTE),
    unservedTransactions: Math.round(inside.unserved),
    cost: round(
      (inside.down / MS_PER_HOUR) * impact.costPerHour +
        inside.unserved * impact.costPerUnservedTransaction,
      2,
    ),
    currency: impact.currency,
    outsideAgreedHours: {
      minutes: round(outsideMs / MS_PER_MINUTE),
      availability: outsideMs > 0 ? round(1 - outside.down / outsideMs, 6) : null,
      downtimeMinutes: round(outside.down / MS_PER_MINUTE),
      degradedMinutes: round(outside.degraded / MS_PER_MINUTE),
      unservedTransactions: Math.round(outside.unserved),
    },
    outages,
    rtoBreaches: outages.filter((o) => o.rtoMet === false).length,
    mtpdBreaches: outages.filter((o) => o.mtpdBreached).length,
    worstDataLossMinutes: worstLoss === null ? null : round(worstLoss / MS_PER_MINUTE),
    rpoMet: worstLoss === null || worstLoss <= service.objectives.rpo,
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

/** One outage of a service, from `start` to `end`, measured against its RTO and MTPD. */
export function outageOf(
  agreed: readonly Interval[],
  service: Service,
  start: number,
  end: number,
  ongoing: boolean,
  unavailable: readonly string[],
): Outage {
  const { rto, mtpd } = service.objectives;
  const duration = end - start;
  const breached = duration > rto;
  return {
    start,
    end,
    durationMinutes: round(duration / MS_PER_MINUTE),
    minutesInAgreedHours: round(overlapLength(agreed, start, end) / MS_PER_MINUTE),
    ongoing,
    rtoMet: breached ? false : ongoing ? null : true,
    rtoExceededByMinutes: breached ? round((duration - rto) / MS_PER_MINUTE) : 0,
    mtpdBreached: duration > mtpd,
    unavailable,
  };
}
