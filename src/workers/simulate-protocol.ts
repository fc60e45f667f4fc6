/** Messages between the page and the simulation worker (simulate.worker.ts). */
import type { RunData, RunRequest } from '../analysis/run-data.ts';
import type { BudgetRefusal } from '../core/event-budget.ts';

export interface SimulateRequest extends RunRequest {
  /** Answers name the request by this id; a newer request makes older answers moot. */
  readonly id: number;
  /** The bundled scenario's id when `scenario` is its prebuilt reading, unchanged (early-run.ts). */
  readonly prebuilt?: string;
}

/**
 * Sent by the page's entry before the app runs: run this bundled scenario (as the build read it)
 * with this seed and no injects now, the page will ask for it (src/workers/early-run.ts).
 */
export interface EarlyRun {
  readonly id: string;
  readonly seed: string;
}

/** What the page sends the simulation worker. */
export type SimulateMessage = SimulateRequest | { readonly early: EarlyRun };

export type SimulateResponse =
  /** The worker has begun this run (a request superseded while queued is never begun). */
  | { readonly id: number; readonly type: 'started' }
  /** The simulated time the run has reached (ms since the start). */
  | { readonly id: number; readonly type: 'progress'; readonly t: number }
  /** `early`: the run was begun before the page asked for it (early-run.ts). */
  | { readonly id: number; readonly type: 'done'; readonly data: RunData; readonly early?: true }
  /** Over the event budget: refused before running, or stopped at the ceiling. */
  | {
      readonly id: number;
      readonly type: 'refused';
      readonly message: string;
      readonly refusal: BudgetRefusal;
    }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
