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
 * Asked by the page's entry before the app runs: run this bundled scenario (as the build read it)
 * with this seed and no injects now, the page will ask for it (src/workers/early-run.ts). It goes
 * in the worker's name (`earlyRunName`), which the worker reads as it starts.
 */
export interface EarlyRun {
  readonly id: string;
  readonly seed: string;
}

const EARLY = ': early run of ';

/** A worker's name asking for an early run (readable in the browser's tools). */
export function earlyRunName(name: string, run: EarlyRun): string {
  return `${name}${EARLY}${encodeURIComponent(run.id)} seed ${encodeURIComponent(run.seed)}`;
}

/** The early run a worker's name asks for, or null. */
export function earlyRunOf(name: string): EarlyRun | null {
  const at = name.lastIndexOf(EARLY);
  if (at < 0) return null;
  const match = /^(\S+) seed (\S+)$/.exec(name.slice(at + EARLY.length));
  if (!match) return null;
  try {
    return { id: decodeURIComponent(match[1]!), seed: decodeURIComponent(match[2]!) };
  } catch {
    return null;
  }
}

/** When (ms since the epoch) the worker's code was ready, and its early run began and ended. */
export interface EarlyTimes {
  readonly ready: number;
  readonly start: number;
  readonly end: number;
}

export type SimulateResponse =
  /** The worker has begun this run (a request superseded while queued is never begun). */
  | { readonly id: number; readonly type: 'started' }
  /** The simulated time the run has reached (ms since the start). */
  | { readonly id: number; readonly type: 'progress'; readonly t: number }
  /** `early`: the run was begun before the page asked for it (early-run.ts), and when. */
  | {
      readonly id: number;
      readonly type: 'done';
      readonly data: RunData;
      readonly early?: EarlyTimes;
    }
  /** Over the event budget: refused before running, or stopped at the ceiling. */
  | {
      readonly id: number;
      readonly type: 'refused';
      readonly message: string;
      readonly refusal: BudgetRefusal;
    }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
