/**
 * Messages between the Monte Carlo pool (pool.ts) and its workers, the same for worker_threads,
 * Web Workers and in-process workers (src/workers/montecarlo-serve.ts serves them), and the
 * worker as the pool sees it; here, beside the pool, so the workers import them going down the
 * layers. A worker is sent each scenario once, with the first chunk that needs it, and keeps it
 * under a number until the pool releases it; later chunks of that scenario carry only the
 * number and the run range. A worker adds the runs of all its chunks of a study into one
 * aggregate of its own and answers each chunk with a few words; it sends that aggregate once,
 * when the pool asks for it (`flush`) after handing out the study's last chunk. (An aggregate
 * per chunk cost more to build, send and merge than a small chunk's runs.)
 */
import type { BudgetRefusal } from '../../core/event-budget.ts';
import type { Scenario } from '../../core/model.ts';
import type { PackedStudy } from './packed-study.ts';
import type { InjectsMode } from './study-injects.ts';

/** Runs [from, to) of a study of `runs` runs with master seed `masterSeed`. */
export interface ChunkMessage {
  readonly type: 'chunk';
  /** Answers name the chunk by this id. */
  readonly id: number;
  /** The study's index in the pool's set of studies: chunks of one study add into one aggregate. */
  readonly job: number;
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
  /**
   * Studies measured from these same runs (shared-runs.ts: their scenarios differ from this
   * one only in a service's RTO, RPO or MTPD): each run is added, measured for each, into the
   * worker's aggregate of that study too.
   */
  readonly also?: readonly AlsoMeasured[];
}

/** A study measured from another's runs: its index, and its scenario's number as in a chunk. */
export interface AlsoMeasured {
  readonly job: number;
  readonly key: number;
  /** Present the first time this worker is sent the scenario numbered `key`. */
  readonly scenario?: Scenario;
}

export type ToWorker =
  | ChunkMessage
  /** Send the aggregate of study `job`'s runs done here, and forget it. */
  | { readonly type: 'flush'; readonly job: number }
  /** Forget every scenario and aggregate kept (the pool sends this after each set of studies). */
  | { readonly type: 'release' };

export type FromWorker =
  /** Runs of chunk `id` done so far (not a delta: a late message never counts twice). */
  | { readonly type: 'progress'; readonly id: number; readonly done: number }
  /** Chunk `id`'s runs are done and added to the worker's aggregate of its study. */
  | { readonly type: 'done'; readonly id: number }
  /**
   * The answer to `flush`: the aggregate of every run of study `job` done by this worker, its
   * histograms as typed arrays (packed-study.ts).
   */
  | { readonly type: 'packed'; readonly job: number; readonly part: PackedStudy }
  | {
      readonly type: 'error';
      readonly id: number | null;
      readonly message: string;
      /** Set when a run was over the event budget: the pool raises an EventBudgetError. */
      readonly refusal?: BudgetRefusal;
    };

/** A worker as the pool sees it: a port that serves the protocol (src/workers/montecarlo-serve.ts). */
export interface PoolWorker {
  post(message: ToWorker): void;
  onMessage(cb: (message: FromWorker) => void): void;
  /** The worker failed outside the protocol (did not load, crashed, stopped). */
  onError(cb: (error: Error) => void): void;
  terminate(): void;
}
