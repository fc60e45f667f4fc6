/**
 * The simulation worker's first run, started before the page asks for it: when the page opens on
 * a bundled scenario with nothing else in its address (the first visit, the benchmark), the page's
 * entry asks for it in the worker's name (`startSimulationWorker`), and the worker runs that
 * scenario, as the build read it (src/build/prebuilt-scenarios.ts), with the seed a plain address
 * gets, while the page is still loading its own code, and posts the answer at once. The page's
 * first request, if it is that very run (`isEarlyRequest`), takes that answer.
 */
import type { RunRequest } from '../analysis/run-data.ts';
import { prebuiltLoader } from './prebuilt-loaders.ts';
import { earlyRequest, type EarlyRun, type EarlyTimes } from './simulate-protocol.ts';

/** What a run gave (the answer to post, without its request's id). */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** Wall-clock now (ms since the epoch): the page places the worker's moments on its own timeline. */
const now = (): number => performance.timeOrigin + performance.now();

/** When the worker's code was ready (this module evaluated). */
const ready = now();

/**
 * Runs `run` with `compute` (the worker's own run) once its scenario is here: its outcome, and
 * when the worker was ready and the run began and ended; null for a scenario the build did not
 * read (then the page's request runs as usual).
 */
export function startEarlyRun<T>(
  run: EarlyRun,
  compute: (request: RunRequest) => T,
): Promise<{ outcome: Outcome<T>; times: EarlyTimes }> | null {
  const loader = prebuiltLoader(run.id);
  if (loader === undefined) return null;
  return loader().then(({ default: prebuilt }) => {
    if (prebuilt === null) throw new Error(`the build did not read ${run.id}`);
    const start = now();
    let outcome: Outcome<T>;
    try {
      outcome = { ok: true, value: compute(earlyRequest(run, prebuilt.scenario)) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    return { outcome, times: { ready, start, end: now() } };
  });
}
