/**
 * Service metrics from a trace, counted inside the service's agreed hours and, separately,
 * outside them. An outage is a maximal stretch of `down`. Its RTO and MTPD are judged in
 * business terms: the RTO is breached when the service is still down after disruption + RTO
 * at a moment it is needed (the overrun, from disruption + RTO to the restore, overlaps agreed
 * hours); likewise the MTPD. A plan slower than the RTO whose overrun lies wholly outside
 * agreed hours is reported as such (`planSlowerThanRto`), not as a breach.
 *
 * The figures are exact (no rounding): Monte Carlo sums them over runs, and rounding belongs
 * to display (core/report.ts, the UI's formatters).
 */
import { agreedHoursOf } from './agreed-hours.ts';
import { normaliseIntervals, overlapLength, type Interval } from './intervals.ts';
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
  /**
   * False when the RTO is breached: still down after disruption + RTO at a moment inside
   * agreed hours. Null while an ongoing outage has not (yet) breached it.
   */
  readonly rtoMet: boolean | null;
  /** Restored later than disruption + RTO (elapsed), whether or not that was in agreed hours. */
  readonly planSlowerThanRto: boolean;
  /** Elapsed minutes from disruption + RTO to the restore (0 when restored in time). */
  readonly rtoExceededByMinutes: number;
  /** Minutes of that overrun inside agreed hours: what the business felt of it. */
  readonly rtoOverrunInAgreedHoursMinutes: number;
  /** Still down after disruption + MTPD at a moment inside agreed hours. */
  readonly mtpdBreached: boolean;
  /** Restored later than disruption + MTPD (elapsed), whether or not in agreed hours. */
  readonly mtpdExceeded: boolean;
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

/** ServiceMetrics' counts of outages, when the caller counted them as it made the outages. */
export interface OutageCounts {
  rtoBreaches: number;
  rtoOverrunsOutsideAgreedHours: number;
  mtpdBreaches: number;
}

/** The counts of `outages` (what `assembleMetrics` gives without counts of the caller's). */
export function countOutages(outages: readonly Outage[]): OutageCounts {
  return {
    rtoBreaches: outages.filter((o) => o.rtoMet === false).length,
    rtoOverrunsOutsideAgreedHours: outages.filter((o) => o.planSlowerThanRto && o.rtoMet !== false)
      .length,
    mtpdBreaches: outages.filter((o) => o.mtpdBreached).length,
  };
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

/** Length (ms) of the union of the stretches of data the losses took. */
export function dataLostMs(losses: readonly DataLoss[]): number {
  return normaliseIntervals(losses.map(({ t, lost }) => ({ start: t - lost, end: t }))).reduce(
    (sum, i) => sum + i.end - i.start,
    0,
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
  const availability = agreedMs > 0 ? 1 - inside.down / agreedMs : null;
  const outsideMs = scenario.horizon - agreedMs;
  const { impact } = service;
  let worstLoss: number | null = null;
  for (const { lost } of losses) if (worstLoss === null || lost > worstLoss) worstLoss = lost;
  const lostMs = losses.length === 0 ? 0 : dataLostMs(losses);
  const dataLossCost = (lostMs / MS_PER_HOUR) * impact.costPerHourOfDataLost;
  return {
    service: service.id,
    name: service.name,
    target: service.objectives.availability,
    availabilityInAgreedHours: availability,
    targetMet: availability === null || availability >= service.objectives.availability,
    agreedHoursMinutes: agreedMs / MS_PER_MINUTE,
    downtimeInAgreedHoursMinutes: inside.down / MS_PER_MINUTE,
    degradedInAgreedHoursMinutes: inside.degraded / MS_PER_MINUTE,
    unservedTransactions: inside.unserved,
    cost:
      (inside.down / MS_PER_HOUR) * impact.costPerHour +
      inside.unserved * impact.costPerUnservedTransaction +
      dataLossCost,
    currency: impact.currency,
    outsideAgreedHours: {
      minutes: outsideMs / MS_PER_MINUTE,
      availability: outsideMs > 0 ? 1 - outside.down / outsideMs : null,
      downtimeMinutes: outside.down / MS_PER_MINUTE,
      degradedMinutes: outside.degraded / MS_PER_MINUTE,
      unservedTransactions: outside.unserved,
    },
    outages,
    rtoBreaches: counts.rtoBreaches,
    rtoOverrunsOutsideAgreedHours: counts.rtoOverrunsOutsideAgreedHours,
    mtpdBreaches: counts.mtpdBreaches,
    worstDataLossMinutes: worstLoss === null ? null : worstLoss / MS_PER_MINUTE,
    rpoMet: worstLoss === null || worstLoss <= service.objectives.rpo,
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

/**
 * One outage of a service, from `start` to `end`, measured against its RTO and MTPD in
 * business terms: an objective is breached when the stretch from disruption + objective to
 * the restore overlaps agreed hours (an overrun that ends exactly as the hours open is not a
 * breach). An ongoing outage that has not breached yet may still do so: its RTO verdict is
 * open (null).
 */
export function outageOf(
  agreed: readonly Interval[],
  service: Service,
  start: number,
  end: number,
  ongoing: boolean,
  unavailable: readonly string[],
): Outage {
  return outageWith(
    { overlap: (from, to) => overlapLength(agreed, from, to) },
    service,
    start,
    end,
    ongoing,
    unavailable,
  );
}

/** The overlap of [from, to) with the agreed hours, as `overlapLength` adds it up (same terms, same order). */
export interface AgreedOverlap {
  overlap(from: number, to: number): number;
}

/**
 * `outageOf` with the overlap with the agreed hours found by `agreed` (the fast path reads
 * them from typed arrays with a cursor: metrics-sink.ts).
 */
export function outageWith(
  agreed: AgreedOverlap,
  service: Service,
  start: number,
  end: number,
  ongoing: boolean,
  unavailable: readonly string[],
): Outage {
  const { rto, mtpd } = service.objectives;
  const duration = end - start;
  const rtoOverrun = end > start + rto ? agreed.overlap(start + rto, end) : 0;
  const rtoBreached = rtoOverrun > 0;
  const mtpdBreached = end > start + mtpd && agreed.overlap(start + mtpd, end) > 0;
  return {
    start,
    end,
    durationMinutes: duration / MS_PER_MINUTE,
    minutesInAgreedHours: agreed.overlap(start, end) / MS_PER_MINUTE,
    ongoing,
    rtoMet: rtoBreached ? false : ongoing ? null : true,
    planSlowerThanRto: duration > rto,
    rtoExceededByMinutes: Math.max(0, duration - rto) / MS_PER_MINUTE,
    rtoOverrunInAgreedHoursMinutes: rtoOverrun / MS_PER_MINUTE,
    mtpdBreached,
    mtpdExceeded: duration > mtpd,
    unavailable,
  };
}

/**
 * One outage made when this module loads, with fractional minutes in every number field: V8
 * gives an object literal's fields the representation of the first values stored (whole
 * numbers: small integers), and a later fractional value deprecates that shape; outages then
 * kept being made on the deprecated shape and migrated at their first read (a fifth of a
 * reference-model run). Made first with fractions, every outage shares one shape.
 */
outageWith(
  { overlap: () => 0.5 },
  { objectives: { rto: 0.5, mtpd: 0.5 } } as Service,
  0.5,
  1e9 + 0.25,
  false,
  [],
);

/**
 * An outage against its RTO, in business terms: `breached` (still down after disruption + RTO
 * inside agreed hours), `slower-outside-hours` (the plan took longer than the RTO, but the
 * overrun lay wholly outside agreed hours: no business impact, worth a look), `open` (still
 * down at the end of the run, not breached so far) or `met`.
 */
export type RtoVerdict = 'met' | 'breached' | 'slower-outside-hours' | 'open';

export function rtoVerdict(o: Pick<Outage, 'rtoMet' | 'planSlowerThanRto'>): RtoVerdict {
  if (o.rtoMet === false) return 'breached';
  if (o.planSlowerThanRto) return 'slower-outside-hours';
  return o.rtoMet === null ? 'open' : 'met';
}
