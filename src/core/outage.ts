/**
 * An outage of a service (a maximal stretch of `down`) judged against its RTO and MTPD in
 * business terms: an objective is breached when the service is still down after disruption +
 * objective at a moment it is needed (the overrun, from disruption + objective to the restore,
 * overlaps agreed hours; an overrun that ends exactly as the hours open is not a breach). A
 * plan slower than the RTO whose overrun lies wholly outside agreed hours is reported as such
 * (`planSlowerThanRto`), not as a breach. The rules live here once: the outages core/metrics.ts
 * makes, the fast path's sink (which counts a study's outages without making them:
 * simulator/fast/metrics-sink.ts) and a run judged again against other objectives
 * (analysis/montecarlo/measure-only.ts) all call them.
 */
import type { AgreedOverlap } from './agreed-overlap.ts';
import { overlapLength, type Interval } from './intervals.ts';
import type { Service } from './model.ts';
import { MS_PER_MINUTE } from './time.ts';

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

/**
 * The overrun (ms) inside agreed hours of an outage from `start` to `end` past an objective of
 * `limit` ms: the overlap of [start + limit, end) with the agreed hours, 0 when restored within
 * it. The objective is breached when this is above 0.
 */
export function overrunInAgreedHours(
  agreed: AgreedOverlap,
  start: number,
  end: number,
  limit: number,
): number {
  return end > start + limit ? agreed.overlap(start + limit, end) : 0;
}

/** A service's counts of outages against its RTO and MTPD (ServiceMetrics' three). */
export interface OutageCounts {
  rtoBreaches: number;
  rtoOverrunsOutsideAgreedHours: number;
  mtpdBreaches: number;
}

/**
 * Counts one outage into `counts` from its verdicts: a breached RTO; else a plan slower than
 * the RTO (its overrun wholly outside agreed hours); and, apart, a breached MTPD.
 */
export function countOutage(
  counts: OutageCounts,
  rtoBreached: boolean,
  planSlowerThanRto: boolean,
  mtpdBreached: boolean,
): void {
  if (rtoBreached) counts.rtoBreaches++;
  else if (planSlowerThanRto) counts.rtoOverrunsOutsideAgreedHours++;
  if (mtpdBreached) counts.mtpdBreaches++;
}

/** The counts of `outages` (`countOutage` of each). */
export function countOutages(outages: readonly Outage[]): OutageCounts {
  const counts = { rtoBreaches: 0, rtoOverrunsOutsideAgreedHours: 0, mtpdBreaches: 0 };
  for (const o of outages)
    countOutage(counts, o.rtoMet === false, o.planSlowerThanRto, o.mtpdBreached);
  return counts;
}

/**
 * One outage of a service, from `start` to `end`, measured against its RTO and MTPD in
 * business terms. An ongoing outage that has not breached yet may still do so: its RTO verdict
 * is open (null).
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

/**
 * `outageOf` with the overlap with the agreed hours found by `agreed` (the fast path reads
 * them from typed arrays with a cursor: agreed-overlap.ts, simulator/fast/agreed-cursor.ts).
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
  const rtoOverrun = overrunInAgreedHours(agreed, start, end, rto);
  const rtoBreached = rtoOverrun > 0;
  const mtpdBreached = overrunInAgreedHours(agreed, start, end, mtpd) > 0;
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
