/**
 * One run of the chosen scenario, and everything the views derive from it. A run made on the page
 * itself (the exercise) is run-here.ts's: the actor path it needs stays out of the app's first load.
 */
import type { RunRequest, RunViews } from '../../analysis/run-data.ts';
import { TimelineIndex } from '../../analysis/timeline-index.ts';
import type { EventLogEntry, TimelineModel } from '../../analysis/timeline-types.ts';
import type { Inject, Scenario } from '../../core/model.ts';
import type { RunReport } from '../../core/report.ts';
import type { Trace } from '../../core/trace.ts';

export interface Run {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly injects: readonly Inject[];
  readonly trace: Trace;
  readonly index: TimelineIndex;
  readonly report: RunReport;
  readonly log: readonly EventLogEntry[];
  readonly models: ReadonlyMap<string, TimelineModel>;
  /**
   * Identifies the run: the same scenario, seed and injects give the same fingerprint anywhere.
   * Null for a moment after the worker's early run has come (its fingerprint follows it).
   */
  readonly fingerprint: string | null;
}

/** The run made in the simulation worker, indexed for the playhead on the page. */
export function fromData(request: RunRequest, data: RunViews, fingerprint: string | null): Run {
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
    fingerprint,
  };
}
