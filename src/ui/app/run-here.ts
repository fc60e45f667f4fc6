/**
 * A run made on the page itself, at once, on the actor path (the exercise's short window): its own
 * module, so that the simulator's actor path and its machines load with the exercise's view, not
 * with the app (run.ts, which the app imports, only takes the worker's runs).
 */
import { eventLog } from '../../analysis/event-log.ts';
import { TimelineIndex } from '../../analysis/timeline-index.ts';
import { fingerprint } from '../../core/fingerprint.ts';
import type { Inject, Scenario } from '../../core/model.ts';
import { runReport } from '../../core/report.ts';
import { simulate } from '../../simulator/simulate.ts';
import type { Run } from './run.ts';

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
