import { EventBudgetError } from '../../core/event-budget.ts';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StudyPool } from '../../analysis/montecarlo/pool.ts';
import type { StudyJob } from '../../analysis/montecarlo/study-job.ts';
import type { FromWorker, PoolWorker } from '../../analysis/montecarlo/pool-protocol.ts';
import type { StudyAggregate } from '../../analysis/montecarlo/study-aggregate.ts';
import { holdPrefetch } from '../state/prefetch-hold.ts';

export type MonteCarloStatus =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'running';
      /** Runs done and runs to do, across all the studies. */
      readonly done: number;
      readonly total: number;
      readonly startedAt: number;
      /** Time left at the rate so far (null before the first runs are done). */
      readonly etaMs: number | null;
      readonly workers: number;
    }
  | {
      readonly kind: 'done';
      /** One per study, in the order of the jobs. */
      readonly aggregates: StudyAggregate[];
      readonly elapsedMs: number;
      readonly workers: number;
      readonly jobs: readonly StudyJob[];
    }
  /** `refused`: the runs are over the event budget, nothing failed. */
  | { readonly kind: 'error'; readonly message: string; readonly refused?: boolean }
  | { readonly kind: 'cancelled'; readonly done: number; readonly total: number };

const MAX_WORKERS = 8;
/** Progress listeners are told at most this often while studies run. */
const PROGRESS_EVERY_MS = 150;

/** One worker per core, from 1 to 8. */
export function workersForThisDevice(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency;
  return Math.min(MAX_WORKERS, Math.max(1, Math.floor(cores || 1)));
}

/** A Web Worker running montecarlo.worker.ts, as a pool worker. */
function spawnWorker(): PoolWorker {
  const worker = new Worker(new URL('../../workers/montecarlo.worker.ts', import.meta.url), {
    type: 'module',
    name: 'montecarlo',
  });
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (cb) =>
      worker.addEventListener('message', (event: MessageEvent<FromWorker>) => cb(event.data)),
    onError: (cb) => {
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        cb(new Error(event.message || 'the Monte Carlo worker could not start'));
      });
      worker.addEventListener('messageerror', () =>
        cb(new Error('a message from the Monte Carlo worker could not be read')),
      );
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * Runs Monte Carlo studies (a baseline and its variants, the points of a sweep) on a pool of
 * Web Workers, one per core, with progress, an estimate of the time left and Cancel. The
 * workers stay alive from one run to the next (each costs a start-up); Cancel, a failure or
 * the host leaving the page ends them, and the next run starts fresh ones.
 *
 * The host renders when the status changes kind (running, done, cancelled, failed); progress
 * within a run goes only to `onProgress` listeners (the progress line), so a tick re-renders
 * the progress line, not the whole app (~0.3 s of the page's CPU in a bank tornado).
 */
export class MonteCarloController implements ReactiveController {
  status: MonteCarloStatus = { kind: 'idle' };
  /** Workers the pool starts, at most. */
  readonly workers: number;
  readonly #host: ReactiveControllerHost;
  readonly #spawn: () => PoolWorker;
  #pool: StudyPool | null = null;
  #abort: AbortController | null = null;
  #run = 0;
  #toldAt = 0;
  readonly #listeners = new Set<() => void>();

  /** `spawn` starts a pool worker: a Web Worker by default (tests pass in-process ones). */
  constructor(
    host: ReactiveControllerHost,
    workers = workersForThisDevice(),
    spawn: () => PoolWorker = spawnWorker,
  ) {
    this.#host = host;
    this.workers = workers;
    this.#spawn = spawn;
    host.addController(this);
  }

  /** Runs the studies, cancelling any still running. */
  run(jobs: readonly StudyJob[]): void {
    this.#stop();
    const id = ++this.#run;
    const abort = (this.#abort = new AbortController());
    const pool = (this.#pool ??= new StudyPool({ workers: this.workers, spawn: this.#spawn }));
    const startedAt = performance.now();
    const total = jobs.reduce((n, j) => n + (j.range ? j.range[1] - j.range[0] : j.runs), 0);
    const running = pool.run(jobs, {
      signal: abort.signal,
      onProgress: (done) => this.#progress(id, done),
    });
    // No other tab's code is prefetched while the workers run (however the run ends).
    const release = holdPrefetch();
    running.then(release, release);
    const workers = Math.max(1, pool.size);
    this.status = { kind: 'running', done: 0, total, startedAt, etaMs: null, workers };
    this.#update();
    running.then(
      (aggregates) => {
        if (id !== this.#run) return;
        this.#abort = null;
        const elapsedMs = performance.now() - startedAt;
        this.status = { kind: 'done', aggregates, elapsedMs, workers, jobs };
        this.#update();
      },
      (error: unknown) => {
        if (id !== this.#run) return;
        this.#abort = null;
        const message = error instanceof Error ? error.message : String(error);
        this.status = { kind: 'error', message, refused: error instanceof EventBudgetError };
        this.#update();
      },
    );
  }

  /** Stops the studies running, ending the workers. */
  cancel(): void {
    if (this.status.kind !== 'running') return;
    const { done, total } = this.status;
    this.#stop();
    this.status = { kind: 'cancelled', done, total };
    this.#update();
  }

  /**
   * Calls `listener` as runs get done (at most every PROGRESS_EVERY_MS; read `status` then).
   * Returns the function that stops it.
   */
  onProgress(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
    this.#pool?.terminate();
    this.#pool = null;
  }

  /** Aborts the run in progress, if any, so that its outcome is ignored. */
  #stop(): void {
    this.#run++;
    this.#abort?.abort();
    this.#abort = null;
  }

  #progress(id: number, done: number): void {
    if (id !== this.#run || this.status.kind !== 'running') return;
    const { total, startedAt } = this.status;
    const now = performance.now();
    const etaMs = done > 0 ? ((now - startedAt) / done) * (total - done) : null;
    this.status = { ...this.status, done, etaMs };
    if (now - this.#toldAt < PROGRESS_EVERY_MS) return;
    this.#toldAt = now;
    for (const listener of this.#listeners) listener();
  }

  #update(): void {
    this.#toldAt = performance.now();
    this.#host.requestUpdate();
  }
}
