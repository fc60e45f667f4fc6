/**
 * The run report: metrics with times as scenario-local date-times and objectives in human
 * units, ready for JSON output, the text report and the UI.
 */
import { formatLocal } from './civil.ts';
import { computeMetrics, type HoursBlock, type Outage, type ServiceMetrics } from './metrics.ts';
import type { Scenario } from './model.ts';
import { formatDuration } from './time.ts';
import type { Trace } from './trace.ts';

/** An outage with its start and end as scenario-local date-times. */
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
    readonly mbco: number;
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
  const local = (t: number): string => formatLocal(scenario.startEpoch + t);
  const metrics = computeMetrics(scenario, trace);
  return {
    scenario: scenario.name,
    seed: trace.seed,
    start: scenario.start,
    end: local(scenario.horizon),
    horizon: formatDuration(scenario.horizon),
    events: trace.events.length,
    services: metrics.map((m, i) => {
      const o = scenario.services[i]!.objectives;
      return {
        ...m,
        objectives: {
          availability: o.availability,
          rto: formatDuration(o.rto),
          rpo: formatDuration(o.rpo),
          mtpd: formatDuration(o.mtpd),
          mbco: o.mbco,
        },
        outages: m.outages.map((x) => ({ ...x, start: local(x.start), end: local(x.end) })),
      };
    }),
  };
}
