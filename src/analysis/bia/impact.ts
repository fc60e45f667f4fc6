/**
 * Reads the impact of one disruption off two runs of the same derived scenario, one with the
 * disruption and one without (the baseline), so that what the business would have suffered
 * anyway (a month-end surge above capacity) is not blamed on the disruption. The differences
 * are kept as they are, even below zero: a failure can shift what happens anyway (a server
 * restarted out of an overload cycle fails later), and the replay of the disruption on the
 * timeline shows the same difference.
 *
 * Impact over time: costAfter.hN is the cost of the first N hours of agreed time after the
 * disruption, with the disruption minus without it:
 *   costPerHour x (agreed-hours downtime in that stretch)
 *   + costPerUnservedTransaction x (transactions unserved in that stretch, down or degraded).
 * While the outage lasts that is costPerHour x min(N, agreed-hours outage length) plus the
 * unserved transactions' cost. When the run ends with the service still down, the downtime
 * term is extrapolated (the outage is assumed to last) and the transactions term is not. The
 * data lost (priced at costPerHourOfDataLost) is lost when the disruption strikes: its cost
 * counts from the first hour.
 */
import { agreedIntervals } from '../../core/calendar.ts';
import type { Interval } from '../../core/intervals.ts';
import type { ServiceMetrics } from '../../core/metrics.ts';
import { outageOf } from '../../core/outage.ts';
import type { Component, Scenario, Service } from '../../core/model.ts';
import { MS_PER_HOUR, MS_PER_MINUTE } from '../../core/time.ts';
import type { ServiceInterval, ServiceState } from '../../core/trace.ts';
import type { CostOverTime, ImpactFigures, RecoveryFigures } from './types.ts';

export interface RunSummary {
  readonly metrics: ServiceMetrics;
  readonly intervals: readonly ServiceInterval[];
  /** Most data (ms) a disrupted component lost in the run; null when none did. */
  readonly dataLost: number | null;
  /** Components that failed under sustained overload, and when (run time). */
  readonly overloadFailures: readonly { readonly component: string; readonly t: number }[];
  /** The recovery plans the disruption started, with their teams (scenarios with teams only). */
  readonly recovery?: readonly RecoveryFigures[];
}

const RANK: Record<ServiceState, number> = { up: 0, degraded: 1, down: 2 };
/** Rounded for reading (and never -0). */
const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits || 0;

const UP: ServiceInterval = { start: 0, end: Infinity, state: 'up', demand: 0, capacity: null };

/** The interval in force at increasing times `t`, walking the list once. */
function cursor(intervals: readonly ServiceInterval[]): (t: number) => ServiceInterval {
  let i = 0;
  return (t) => {
    while (i < intervals.length - 1 && intervals[i]!.end <= t) i++;
    return intervals[i] ?? UP;
  };
}

/** A worse state, or the same state with less capacity. */
function worse(a: ServiceInterval, b: ServiceInterval): boolean {
  if (RANK[a.state] !== RANK[b.state]) return RANK[a.state] > RANK[b.state];
  return (a.capacity ?? Infinity) < (b.capacity ?? Infinity);
}

/**
 * End of the last stretch after `at` where the disrupted run is worse than the baseline (a
 * worse state, or less capacity): the service is restored when it is back to what it would
 * have been.
 */
function restoredAt(hit: RunSummary, base: RunSummary, at: number, horizon: number): number | null {
  const edges = [
    ...new Set([at, ...[...hit.intervals, ...base.intervals].flatMap((i) => [i.start, i.end])]),
  ]
    .filter((t) => t >= at && t < horizon)
    .sort((a, b) => a - b);
  const hitAt = cursor(hit.intervals);
  const baseAt = cursor(base.intervals);
  let restored = at;
  for (let i = 0; i < edges.length; i++) {
    const t = edges[i]!;
    if (worse(hitAt(t), baseAt(t))) restored = edges[i + 1] ?? Infinity;
  }
  return Number.isFinite(restored) ? restored : null;
}

/** Cost of the first `hours` of agreed time from `at` in one run. */
function agreedCost(
  intervals: readonly ServiceInterval[],
  agreed: readonly Interval[],
  at: number,
  hours: number,
  service: Service,
): number {
  let budget = hours * MS_PER_HOUR;
  let cost = 0;
  const { costPerHour, costPerUnservedTransaction } = service.impact;
  for (const a of agreed) {
    if (a.end <= at || budget <= 0) continue;
    const from = Math.max(a.start, at);
    const to = Math.min(a.end, from + budget);
    budget -= to - from;
    for (const iv of intervals) {
      const len = Math.min(iv.end, to) - Math.max(iv.start, from);
      if (len <= 0) continue;
      const unserved =
        iv.state === 'down' ? iv.demand : Math.max(0, iv.demand - (iv.capacity ?? Infinity));
      if (iv.state === 'down') cost += (len / MS_PER_HOUR) * costPerHour;
      cost += ((unserved * len) / MS_PER_MINUTE) * costPerUnservedTransaction;
    }
  }
  const last = intervals[intervals.length - 1];
  if (budget > 0 && last?.state === 'down') cost += (budget / MS_PER_HOUR) * costPerHour;
  return cost;
}

/** Worst-case data lost by the disrupted components over the backup cycle, in ms; null when none hold data. */
export function worstDataLoss(
  components: readonly Component[],
  corruption: boolean,
  horizon: number,
): number | null {
  let worst: number | null = null;
  for (const c of components) {
    if (c.data === null) continue;
    const sinceBackup = c.data.backupEvery ?? horizon;
    const lost =
      corruption || c.data.replicationLag === null
        ? sinceBackup
        : Math.min(c.data.replicationLag, sinceBackup);
    worst = Math.max(worst ?? 0, lost);
  }
  return worst;
}

export function impactFigures(
  derived: Scenario,
  service: Service,
  at: number,
  hit: RunSummary,
  base: RunSummary,
  dataLost: number | null,
): ImpactFigures {
  const agreed = agreedIntervals(service.calendar, derived, derived.horizon);
  const restored = restoredAt(hit, base, at, derived.horizon);
  const until = restored ?? derived.horizon;
  let worst: ServiceState = cursor(hit.intervals)(at).state;
  for (const iv of hit.intervals)
    if (iv.end > at && iv.start < until && RANK[iv.state] > RANK[worst]) worst = iv.state;
  // Cascades and flapping make several outages of one disruption: the disruption's outage runs
  // from the first time the service goes down to the last time it comes back before restoration,
  // and the metrics judge it as they judge any outage (RTO and MTPD in business terms).
  const downs = hit.metrics.outages.filter((o) => o.start >= at && o.start < until);
  const first = downs[0];
  const last = downs[downs.length - 1];
  const outage =
    first && last ? outageOf(agreed, service, first.start, last.end, last.ongoing, []) : undefined;
  const m = hit.metrics;
  const b = base.metrics;
  const dataLossCost = m.dataLossCost - b.dataLossCost;
  const costAfter = (h: number): number =>
    round(
      agreedCost(hit.intervals, agreed, at, h, service) -
        agreedCost(base.intervals, agreed, at, h, service) +
        dataLossCost,
      2,
    );
  const h: CostOverTime = {
    h1: costAfter(1),
    h4: costAfter(4),
    h24: costAfter(24),
    h72: costAfter(72),
  };
  return {
    timeToRestoreMinutes: restored === null ? null : round((restored - at) / MS_PER_MINUTE),
    worstState: worst,
    downMinutes: round(m.downtimeInAgreedHoursMinutes - b.downtimeInAgreedHoursMinutes),
    degradedMinutes: round(m.degradedInAgreedHoursMinutes - b.degradedInAgreedHoursMinutes),
    unservedTransactions: Math.round(m.unservedTransactions - b.unservedTransactions),
    cost: round(m.cost - b.cost, 2),
    dataLossCost: round(dataLossCost, 2),
    outageMinutes: outage ? round(outage.durationMinutes) : null,
    rtoMet: outage ? outage.rtoMet : null,
    planSlowerThanRto: outage?.planSlowerThanRto ?? false,
    rtoExceededByMinutes: round(outage?.rtoExceededByMinutes ?? 0),
    mtpdBreached: outage?.mtpdBreached ?? false,
    dataLostMinutes: dataLost === null ? null : round(dataLost / MS_PER_MINUTE),
    dataLostInRunMinutes: hit.dataLost === null ? null : round(hit.dataLost / MS_PER_MINUTE),
    rpoMet: dataLost === null || dataLost <= service.objectives.rpo,
    costAfter: h,
  };
}
