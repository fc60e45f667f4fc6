/** One run of the chosen scenario, and everything the views derive from it. */
import { eventLog } from '../../analysis/event-log.ts';
import type { RunData, RunRequest } from '../../analysis/run-data.ts';
import { TimelineIndex } from '../../analysis/timeline-index.ts';
import type { EventLogEntry, TimelineModel } from '../../analysis/timeline-types.ts';
import { fingerprint } from '../../core/fingerprint.ts';
import type { Inject, Scenario } from '../../core/model.ts';
import { runReport, type RunReport } from '../../core/report.ts';
import type { Trace } from '../../core/trace.ts';
import { simulate } from '../../simulator/simulate.ts';

export interface Run {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly injects: readonly Inject[];
  readonly trace: Trace;
  readonly index: TimelineIndex;
  readonly report: RunReport;
  readonly log: readonly EventLogEntry[];
  readonly models: ReadonlyMap<string, TimelineModel>;
  /** Identifies the run: the same scenario, seed and injects give the same fingerprint anywhere. */
  readonly fingerprint: string;
}

/** A run made here, at once (the exercise's short window); the app's runs go through the worker. */
export function runScenario(scenario: Scenario, seed: string, injects: readonly Inject[]): Run {
  const trace = simulate(scenario, seed, { injects });
  const index = new TimelineIndex(scenario, trace);
  return {
    scenario,
    seed,
    injects,
    trace,
    index,
    report: runReport(scenario, trace),
    log: eventLog(scenario, trace),
    models: new Map(scenario.services.map((s) => [s.id, index.timelineModel(s.id)])),
    fingerprint: fingerprint(trace),
  };
}

/** The run made in the simulation worker, indexed for the playhead on the page. */
export function fromData(request: RunRequest, data: RunData): Run {
  const { scenario, seed, injects } = request;
  return {
    scenario,
    seed,
    injects,
    trace: data.trace,
    index: new TimelineIndex(scenario, data.trace),
    report: data.report,
    log: data.log,
    models: new Map(data.models),
    fingerprint: data.fingerprint,
  };
}
