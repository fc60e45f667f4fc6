/**
 * Everything the views derive from one run of a scenario, as plain data: the trace, the run
 * report, the event log, each service's timeline model, the run's fingerprint and what the
 * live injects add to it. The app has it made in a Web Worker (src/workers/simulate.worker.ts)
 * so that a long run never blocks the page; the page only indexes the trace for the playhead.
 *
 * The run is the fast path's traced run, byte for byte the trace `simulate` gives (proven by
 * test/simulator/fast/differential.test.ts), so the fingerprint is the same as in Node.
 */
import { fingerprint } from '../core/fingerprint.ts';
import type { Inject, Scenario } from '../core/model.ts';
import { runReport, type RunReport } from '../core/report.ts';
import type { Trace } from '../core/trace.ts';
import { simulateFast } from '../simulator/fast/simulate-fast.ts';
import { eventLog } from './event-log.ts';
import { injectsEffect, type InjectsEffect } from './injects-effect.ts';
import { TimelineIndex } from './timeline-index.ts';
import type { EventLogEntry, TimelineModel } from './timeline-types.ts';

export interface RunRequest {
  readonly scenario: Scenario;
  readonly seed: string;
  /** The live injects, added to the scenario's own. */
  readonly injects: readonly Inject[];
  /** The event budget of the run (default DEFAULT_MAX_EVENTS). */
  readonly maxEvents?: number;
  /** Also work out what the live injects add (a second run without them). */
  readonly effect?: boolean;
}

export interface RunData {
  readonly trace: Trace;
  readonly report: RunReport;
  readonly log: readonly EventLogEntry[];
  /** Each service's timeline model, in the scenario's order. */
  readonly models: readonly (readonly [string, TimelineModel])[];
  readonly fingerprint: string;
  /** What the live injects add, per service (null when not asked for or without live injects). */
  readonly effect: readonly InjectsEffect[] | null;
}

/** A run and what the views need of it, less its fingerprint. */
export type RunViews = Omit<RunData, 'fingerprint'>;

/**
 * One run and what the views need of it; `onProgress` hears the simulated time reached (the
 * horizon once the run is done and the views are being derived).
 */
export function runData(request: RunRequest, onProgress?: (t: number) => void): RunData {
  const views = runViews(request, onProgress);
  return { ...views, fingerprint: fingerprint(views.trace) };
}

/**
 * `runData` without the fingerprint (JSON of the whole trace hashed: 10-30 ms on a cold worker),
 * which the worker's early run works out once its answer is posted (simulate.worker.ts).
 */
export function runViews(request: RunRequest, onProgress?: (t: number) => void): RunViews {
  const { scenario, seed, injects, maxEvents } = request;
  const budget = maxEvents === undefined ? {} : { maxEvents };
  const trace = simulateFast(scenario, seed, {
    injects,
    trace: true,
    ...budget,
    ...(onProgress && { onProgress }),
  }).trace!;
  // Simulated to the horizon: what is left is deriving the views.
  onProgress?.(scenario.horizon);
  const index = new TimelineIndex(scenario, trace);
  const report = runReport(scenario, trace);
  return {
    trace,
    report,
    log: eventLog(scenario, trace),
    models: scenario.services.map((s) => [s.id, index.timelineModel(s.id)] as const),
    effect:
      request.effect && injects.length > 0
        ? injectsEffect(scenario, seed, report.services, maxEvents)
        : null,
  };
}
