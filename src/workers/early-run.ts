/**
 * The simulation worker's first run, started before the page asks for it: when the page opens on
 * a bundled scenario with nothing else in its address (the first visit, the benchmark), the page's
 * entry tells the worker at once (`startSimulationWorker`), and the worker runs that scenario, as
 * the build read it (src/build/prebuilt-scenarios.ts), with the seed a plain address gets, while
 * the page is still loading its own code. The page's first request then names the same prebuilt
 * scenario (the very object from the same chunk), seed and no injects: its answer is this run's.
 * Any other request runs as usual.
 */
import { prebuiltLoader } from './prebuilt-loaders.ts';
import type { EarlyRun, EarlyTimes, SimulateRequest } from './simulate-protocol.ts';
import type { RunRequest } from '../analysis/run-data.ts';

/** What a run gave (the answer to post, without its request's id). */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

let early: { readonly run: EarlyRun; readonly outcome: Promise<Outcome<unknown>> } | null = null;

/** Wall-clock now (ms since the epoch): the page places the worker's moments on its own timeline. */
const now = (): number => performance.timeOrigin + performance.now();

/** When the worker's code was ready (this module evaluated). */
const ready = now();

/** When the early run began and ended, for the page's performance marks (EarlyTimes). */
let times: EarlyTimes | null = null;

/** The page's first request as the early run makes it (as app.ts's rerun makes it for a plain address). */
export function earlyRequest(run: EarlyRun, scenario: RunRequest['scenario']): RunRequest {
  return { scenario, seed: run.seed, injects: [], effect: true };
}

/** Starts the early run of `run` with `compute` (the worker's own run), once its scenario is here. */
export function startEarlyRun<T>(run: EarlyRun, compute: (request: RunRequest) => T): void {
  const loader = prebuiltLoader(run.id);
  if (loader === undefined || early !== null) return;
  const outcome = loader().then(({ default: prebuilt }): Outcome<T> => {
    if (prebuilt === null) throw new Error(`no prebuilt scenario ${run.id}`);
    const start = now();
    try {
      return { ok: true, value: compute(earlyRequest(run, prebuilt.scenario)) };
    } catch (error) {
      return { ok: false, error };
    } finally {
      times = { ready, start, end: now() };
    }
  });
  outcome.catch(() => undefined); // a chunk that did not arrive: the page's request runs as usual
  early = { run, outcome };
}

/**
 * The early run's outcome when `request` asks for the very same run (then it is given once);
 * null otherwise.
 */
export function takeEarlyRun<T>(request: SimulateRequest): Promise<Outcome<T>> | null {
  if (early === null) return null;
  const { run, outcome } = early;
  const same =
    request.prebuilt === run.id &&
    request.seed === run.seed &&
    request.injects.length === 0 &&
    request.maxEvents === undefined &&
    request.effect === true;
  if (!same) return null;
  early = null;
  return outcome as Promise<Outcome<T>>;
}

/** When the early run's worker was ready, and the run began and ended (null before it ends). */
export function earlyTimes(): EarlyTimes | null {
  return times;
}
