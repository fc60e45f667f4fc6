/**
 * The run report: metrics with times as scenario-local date-times, objectives in human units
 * and figures rounded for reading (availability to 6 decimals, minutes to 3, transactions to
 * whole ones, money to cents), ready for JSON output, the text report and the UI. The metrics
 * themselves stay exact (core/metrics.ts): only what is shown is rounded.
 */
import { formatZonedAt } from './zone.ts';
import { computeMetrics, type HoursBlock, type ServiceMetrics } from './metrics.ts';
import type { Outage } from './outage.ts';
import { mbcoText } from './mbco.ts';
import type { Scenario } from './model.ts';
import { formatDuration } from './time.ts';
import type { Trace } from './trace.ts';

/** An outage with its start and end as scenario-local date-times (with the UTC offset in a time zone). */
export type OutageReport = Omit<Outage, 'start' | 'end'> & {
  readonly start: string;
  readonly end: string;
};

export interface ServiceReport extends Omit<ServiceMetrics, 'outages' | 'outsideAgreedHours'> {
  readonly objectives: {
    readonly availability: number;
    readonly rto: string;
    readonly rpo: string;
    readonly mtpd: string;
    readonly mbco: string;
  };
  readonly outages: readonly OutageReport[];
  readonly outsideAgreedHours: HoursBlock;
}

export interface RunReport {
  readonly scenario: string;
  readonly seed: string;
  readonly start: string;
  readonly end: string;
  readonly horizon: string;
  readonly events: number;
  readonly services: readonly ServiceReport[];
}

export function runReport(scenario: Scenario, trace: Trace): RunReport {
  const local = (t: number): string => formatZonedAt(scenario, t);
  const metrics = computeMetrics(scenario, trace);
  return {
    scenario: scenario.name,
    seed: trace.seed,
    start: scenario.start,
    end: local(scenario.horizon),
    horizon: formatDuration(scenario.horizon),
    events: trace.events.length,
    services: metrics.map((exact, i) => {
      const o = scenario.services[i]!.objectives;
      const m = roundedMetrics(exact);
      return {
        ...m,
        objectives: {
          availability: o.availability,
          rto: formatDuration(o.rto),
          rpo: formatDuration(o.rpo),
          mtpd: formatDuration(o.mtpd),
          mbco: mbcoText(o.mbco),
        },
        outages: m.outages.map((x) => ({ ...x, start: local(x.start), end: local(x.end) })),
      };
    }),
  };
}

/** `x` rounded to `digits` decimals, for reading. */
export const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;
const roundOrNull = (x: number | null, digits = 3): number | null =>
  x === null ? null : round(x, digits);

/** An outage's figures rounded for reading. */
export function roundedOutage<O extends Outage>(o: O): O {
  return {
    ...o,
    durationMinutes: round(o.durationMinutes),
    minutesInAgreedHours: round(o.minutesInAgreedHours),
    rtoExceededByMinutes: round(o.rtoExceededByMinutes),
    rtoOverrunInAgreedHoursMinutes: round(o.rtoOverrunInAgreedHoursMinutes),
  };
}

/** A service's metrics rounded for reading (the verdicts come from the exact figures). */
export function roundedMetrics(m: ServiceMetrics): ServiceMetrics {
  const outside = m.outsideAgreedHours;
  return {
    ...m,
    availabilityInAgreedHours: roundOrNull(m.availabilityInAgreedHours, 6),
    agreedHoursMinutes: round(m.agreedHoursMinutes),
    downtimeInAgreedHoursMinutes: round(m.downtimeInAgreedHoursMinutes),
    degradedInAgreedHoursMinutes: round(m.degradedInAgreedHoursMinutes),
    unservedTransactions: Math.round(m.unservedTransactions),
    cost: round(m.cost, 2),
    outsideAgreedHours: {
      minutes: round(outside.minutes),
      availability: roundOrNull(outside.availability, 6),
      downtimeMinutes: round(outside.downtimeMinutes),
      degradedMinutes: round(outside.degradedMinutes),
      unservedTransactions: Math.round(outside.unservedTransactions),
    },
    outages: m.outages.map(roundedOutage),
    worstDataLossMinutes: roundOrNull(m.worstDataLossMinutes),
    dataLostMinutes: round(m.dataLostMinutes),
    dataLossCost: round(m.dataLossCost, 2),
  };
}
