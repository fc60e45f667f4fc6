/**
 * A study as the pool is asked for it (a scenario, its runs, master seed, range, injects and
 * event budget), checked before any worker starts, and the identity its aggregate carries.
 */
import { checkEventBudget } from '../../core/event-budget.ts';
import { estimateEvents, type EventEstimate } from '../../core/event-estimate.ts';
import type { Scenario } from '../../core/model.ts';
import { checkRunRange, type RunRange } from './seeds.ts';
import { studyIdentity, type StudyIdentity } from './study-aggregate.ts';
import { DEFAULT_INJECTS, studyScenario, type InjectsMode } from './study-injects.ts';

/** A study to run: runs [from, to) of `runs` runs with master seed `masterSeed`. */
export interface StudyJob {
  readonly scenario: Scenario;
  readonly runs: number;
  readonly masterSeed: string;
  /** The runs to do (default: all of them). */
  readonly range?: RunRange;
  /** Leave the scenario's scripted injects out (`'none'`, the default) or keep them. */
  readonly injects?: InjectsMode;
  /** The event budget of each run (default DEFAULT_MAX_EVENTS): over it, the study is refused up front. */
  readonly maxEvents?: number;
}

/**
 * The runs to do of study `index` of a set: throws a RangeError when its runs or range are not
 * whole numbers that fit, and an EventBudgetError when each run is expected over its budget.
 */
export function checkJob(job: StudyJob, index: number): RunRange {
  const range = checkRunRange(job.runs, job.range, `study ${index}: `);
  // Each run over the event budget: refused here, before a worker starts. (A scenario the
  // estimate cannot read fails in the worker, as it always did, with the worker's message.)
  if (range[1] > range[0]) {
    const estimate = readableEstimate(job);
    if (estimate !== null) checkEventBudget(estimate, job.maxEvents);
  }
  return range;
}

/** The events each run of the job is expected to take; null when the estimate cannot read the scenario. */
function readableEstimate(job: StudyJob): EventEstimate | null {
  try {
    return estimateEvents(studyScenario(job.scenario, job.injects ?? DEFAULT_INJECTS));
  } catch {
    return null;
  }
}

/** What the job's aggregate says it is an aggregate of. */
export function jobIdentity(job: StudyJob): StudyIdentity {
  return studyIdentity(job.scenario, job.masterSeed, job.runs, job.injects ?? DEFAULT_INJECTS);
}
