/**
 * Messages between the Monte Carlo pool (src/analysis/montecarlo/pool.ts) and its workers,
 * the same for worker_threads and Web Workers. A worker is sent each scenario once, with the
 * first chunk that needs it, and keeps it under a number until the pool releases it; later
 * chunks of that scenario carry only the number and the run range.
 */
import type { StudyJson } from '../analysis/montecarlo/study-aggregate.ts';
import type { InjectsMode } from '../analysis/montecarlo/study-injects.ts';
import type { BudgetRefusal } from '../core/event-budget.ts';
import type { Scenario } from '../core/model.ts';

/** Runs [from, to) of a study of `runs` runs with master seed `masterSeed`. */
export interface ChunkMessage {
  readonly type: 'chunk';
  /** Answers name the chunk by this id. */
  readonly id: number;
  /** The number the worker keeps the scenario under. */
  readonly key: number;
  /** Present the first time this worker is sent the scenario numbered `key`. */
  readonly scenario?: Scenario;
  readonly runs: number;
  readonly masterSeed: string;
  /** Whether the runs keep the scenario's scripted injects. */
  readonly injects: InjectsMode;
  readonly from: number;
  readonly to: number;
  /** The event budget of each run (absent: the default). */
  readonly maxEvents?: number;
}

export type ToWorker =
  | ChunkMessage
  /** Forget every scenario kept (the pool sends this at the end of each set of studies). */
  | { readonly type: 'release' };

export type FromWorker =
  /** Runs of chunk `id` done so far (not a delta: a late message never counts twice). */
  | { readonly type: 'progress'; readonly id: number; readonly done: number }
  | { readonly type: 'done'; readonly id: number; readonly aggregate: StudyJson }
  | {
      readonly type: 'error';
      readonly id: number | null;
      readonly message: string;
      /** Set when a run was over the event budget: the pool raises an EventBudgetError. */
      readonly refusal?: BudgetRefusal;
    };
