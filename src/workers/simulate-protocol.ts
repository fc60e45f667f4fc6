/** Messages between the page and the simulation worker (simulate.worker.ts). */
import type { RunData, RunRequest, RunViews } from '../analysis/run-data.ts';
import type { BudgetRefusal } from '../core/event-budget.ts';

export interface SimulateRequest extends RunRequest {
  /** Answers name the request by this id (from 1); a newer request makes older answers moot. */
  readonly id: number;
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

/** The early run's request (as app.ts's rerun makes it for a plain address), on `scenario`. */
export function earlyRequest(run: EarlyRun, scenario: RunRequest['scenario']): RunRequest {
  return { scenario, seed: run.seed, injects: [], effect: true };
}

/**
 * Whether `request` asks for the very run `earlyRequest` makes: `prebuilt` is the bundled
 * scenario's id when the request's scenario is that scenario as the build read it, unchanged.
 */
export function isEarlyRequest(
  run: EarlyRun,
  request: RunRequest,
  prebuilt: string | undefined,
): boolean {
  return (
    prebuilt === run.id &&
    request.seed === run.seed &&
    request.injects.length === 0 &&
    request.maxEvents === undefined &&
    request.effect === true
  );
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
  | { readonly id: number; readonly type: 'done'; readonly data: RunData }
  /** Over the event budget: refused before running, or stopped at the ceiling. */
  | {
      readonly id: number;
      readonly type: 'refused';
      readonly message: string;
      readonly refusal: BudgetRefusal;
    }
  | { readonly id: number; readonly type: 'error'; readonly message: string };

/** How a run ended, as the worker answers it. */
export type RunAnswer = Extract<SimulateResponse, { type: 'done' | 'refused' | 'error' }>;

/** The early run's answer: a run's views without their fingerprint, which follows on its own. */
export type EarlyRunAnswer =
  | Exclude<RunAnswer, { type: 'done' }>
  | { readonly id: number; readonly type: 'done'; readonly data: RunViews };

/**
 * Posted by the worker as soon as its early run has ended, before the page asks (id 0: no
 * request's); the page's runner keeps it for its first request (simulation-runner.ts).
 */
export interface EarlyAnswer {
  readonly id: 0;
  readonly type: 'early';
  readonly answer: EarlyRunAnswer;
  readonly times: EarlyTimes;
}

/**
 * The early run's fingerprint, posted right after its answer (`EarlyAnswer`, when it is a run):
 * working it out (the whole trace's JSON hashed, 10-30 ms on a cold worker) does not delay the
 * page's first paint of the run, which it does meanwhile.
 */
export interface EarlyFingerprint {
  readonly id: 0;
  readonly type: 'early-fingerprint';
  /** null when it could not be worked out: `error` says why. */
  readonly fingerprint: string | null;
  readonly error?: string;
}
