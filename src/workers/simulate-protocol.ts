/** Messages between the page and the simulation worker (simulate.worker.ts). */
import type { RunData, RunRequest } from '../analysis/run-data.ts';
import type { BudgetRefusal } from '../core/event-budget.ts';

export interface SimulateRequest extends RunRequest {
  /** Answers name the request by this id; a newer request makes older answers moot. */
  readonly id: number;
}

export type SimulateResponse =
  /** The worker has begun this run (a request superseded while queued is never begun). */
  | { readonly id: number; readonly type: 'started' }
  /** The simulated time the run has reached (ms since the start). */
  | { readonly id: number; readonly type: 'progress'; readonly t: number }
  | { readonly id: number; readonly type: 'done'; readonly data: RunData }
  /** Over the event budget: refused before running, or stopped at the ceiling. */
  | {
      readonly id: number;
      readonly type: 'refused';
      readonly message: string;
      readonly refusal: BudgetRefusal;
    }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
