/**
 * One scheduler for Monte Carlo studies on a pool of workers, whatever they are
 * (worker_threads in Node, Web Workers in the browser, in-process workers in tests): the runs
 * of several studies (a baseline and its variants, the points of a sweep) are cut into chunks
 * (chunk-queue.ts) that the workers take as they go, so the studies share the workers. Each
 * worker holds two chunks at a time (pool-slot.ts), so it starts the next as soon as one is
 * done. Each worker is sent a scenario once, with its first chunk, then only run ranges; it
 * adds the runs of a study into one aggregate of its own and sends it when the study's last
 * chunk has been handed out (pool-protocol.ts). The pool merges those into the study's
 * aggregate (pool-batch.ts); merging is exact and order-free, so the result's JSON is the same
 * whatever the number of workers and the order chunks finish in. A study asked for twice runs
 * once (same-studies.ts); studies that differ only in RTO, RPO or MTPD share their runs
 * (shared-runs.ts).
 */
import type { Scenario } from '../../core/model.ts';
import { EventBudgetError } from '../../core/event-budget.ts';
import { StudyBatch, type RunOptions } from './pool-batch.ts';
import type { FromWorker, PoolWorker } from './pool-protocol.ts';
import { DEPTH, WorkerSlot } from './pool-slot.ts';
import { distinctStudies, runEachOnce } from './same-studies.ts';
import type { RunRange } from './seeds.ts';
import type { StudyAggregate } from './study-aggregate.ts';
import { checkJob, type StudyJob } from './study-job.ts';

export interface PoolOptions {
  /** Workers to start, at most (no more than there are chunks). */
  readonly workers: number;
  readonly spawn: () => PoolWorker;
  /** Runs per chunk (default: shrinking towards the end, from at most 1000; chunk-queue.ts). */
  readonly chunkSize?: number;
}

/** The set of studies running, and how its promise settles. */
interface Running {
  readonly batch: StudyBatch;
  readonly resolve: (results: StudyAggregate[]) => void;
  readonly reject: (error: Error) => void;
}

function abortError(signal: AbortSignal): Error {
  const error = new Error('the Monte Carlo study was cancelled', { cause: signal.reason });
  error.name = 'AbortError';
  return error;
}

/**
 * A pool of workers that stay alive from one set of studies to the next (they cost a start-up
 * each), until `terminate()`, an abort or a worker's failure ends them.
 */
export class StudyPool {
  readonly #options: PoolOptions;
  #slots: WorkerSlot[] = [];
  #running: Running | null = null;
  #nextId = 0;
  #nextKey = 0;

  constructor(options: PoolOptions) {
    if (!Number.isInteger(options.workers) || options.workers < 1)
      throw new RangeError(`workers must be a whole number ≥ 1, not ${options.workers}`);
    this.#options = options;
  }

  /** Workers alive now. */
  get size(): number {
    return this.#slots.length;
  }

  /**
   * Runs the studies on the pool, one set at a time; the workers needed are started before
   * this returns.
   */
  async run(jobs: readonly StudyJob[], options: RunOptions = {}): Promise<StudyAggregate[]> {
    if (this.#running) throw new Error('the pool is already running studies');
    const { signal } = options;
    if (signal?.aborted) throw abortError(signal);
    const ranges = jobs.map(checkJob);
    const distinct = distinctStudies(jobs);
    const run = (j: readonly StudyJob[], r: readonly RunRange[], o: RunOptions) =>
      this.#run(j, r, o);
    if (distinct.jobs.length === jobs.length) return run(jobs, ranges, options);
    return runEachOnce(distinct, ranges, options, run);
  }

  async #run(
    jobs: readonly StudyJob[],
    ranges: readonly RunRange[],
    options: RunOptions,
  ): Promise<StudyAggregate[]> {
    const { signal } = options;
    const { workers } = this.#options;
    const batch = new StudyBatch(jobs, ranges, options, this.#options);
    const { queue } = batch;
    if (queue.empty) return batch.results();

    return new Promise<StudyAggregate[]>((resolve, reject) => {
      const onAbort = (): void => this.#fail(abortError(signal!));
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = (): void => signal?.removeEventListener('abort', onAbort);
      this.#running = {
        batch,
        resolve: (r) => (settle(), resolve(r)),
        reject: (e) => (settle(), reject(e)),
      };
      try {
        const wanted = Math.min(workers, queue.chunksAtLeast);
        while (this.#slots.length < wanted) this.#slots.push(this.#spawn());
      } catch (error) {
        this.#fail(new Error(`could not start a Monte Carlo worker: ${(error as Error).message}`));
        return;
      }
      // One chunk to each worker, then a second, so the first chunks (the smallest) spread.
      for (let round = 0; round < DEPTH; round++)
        for (const slot of [...this.#slots]) this.#dispatch(slot);
    });
  }

  /**
   * Starts the pool's workers now, before any study (they load while the caller prepares its
   * studies, e.g. parses the scenario); `run` would start them otherwise.
   */
  warm(): void {
    while (this.#slots.length < this.#options.workers) this.#slots.push(this.#spawn());
  }

  /** Ends the workers; a set of studies still running is rejected. */
  terminate(): void {
    for (const slot of this.#slots) slot.port.terminate();
    this.#slots = [];
    const running = this.#running;
    this.#running = null;
    running?.batch.close();
    running?.reject(new Error('the Monte Carlo pool was terminated'));
  }

  #spawn(): WorkerSlot {
    const slot = new WorkerSlot(this.#options.spawn());
    const live = (): boolean => this.#slots.includes(slot);
    slot.port.onMessage((message) => {
      if (!live()) return;
      try {
        this.#receive(slot, message);
      } catch (error) {
        // A callback (onProgress, onJobDone) threw, or a worker's aggregate did not fit or
        // lacked runs (pool-batch.ts): the studies stop with its error.
        this.#fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
    slot.port.onError((error) => {
      if (!live()) return;
      if (this.#running) this.#fail(new Error(`a Monte Carlo worker failed: ${error.message}`));
      else {
        slot.port.terminate();
        this.#slots = this.#slots.filter((s) => s !== slot);
      }
    });
    return slot;
  }

  /** Gives the worker its next chunk, if any (and asks for a study's aggregates after its last). */
  #dispatch(slot: WorkerSlot): void {
    const batch = this.#running?.batch;
    if (!batch || slot.full) return;
    const chunk = batch.next(this.#nextId++);
    if (!chunk) return;
    const followers = batch.shares.followers[chunk.job]!;
    slot.send(chunk, batch.jobs, followers, (scenario) => this.#keyOf(batch, scenario));
    if (chunk.last)
      for (const job of batch.studiesOf(chunk.job))
        for (const s of this.#slots) if (s.flush(job)) batch.flushed(job);
  }

  /** The number `scenario` is sent under in this set of studies. */
  #keyOf(batch: StudyBatch, scenario: Scenario): number {
    let key = batch.keys.get(scenario);
    if (key === undefined) batch.keys.set(scenario, (key = this.#nextKey++));
    return key;
  }

  #receive(slot: WorkerSlot, message: FromWorker): void {
    const batch = this.#running?.batch;
    if (!batch) return;
    switch (message.type) {
      case 'error':
        this.#fail(
          message.refusal
            ? new EventBudgetError(message.message, message.refusal)
            : new Error(`a Monte Carlo worker failed: ${message.message}`),
        );
        return;
      case 'packed':
        batch.merge(message.job, message.part);
        if (batch.complete(message.job)) this.#finish();
        return;
      case 'progress':
        batch.progress(message.id, message.done);
        return;
      case 'done': {
        const chunk = batch.chunkDone(message.id);
        if (!chunk) return;
        slot.chunkDone();
        this.#dispatch(slot);
        for (const job of batch.studiesOf(chunk.job)) if (batch.complete(job)) this.#finish();
      }
    }
  }

  /** Every study of the set is complete: the workers forget them, and the set resolves. */
  #finish(): void {
    const running = this.#running!;
    this.#running = null;
    running.batch.close();
    for (const slot of this.#slots) slot.release();
    running.resolve(running.batch.results());
  }

  /** Ends every worker and rejects the running set of studies with `error`. */
  #fail(error: Error): void {
    const running = this.#running;
    this.#running = null;
    running?.batch.close();
    for (const slot of this.#slots) slot.port.terminate();
    this.#slots = [];
    running?.reject(error);
  }
}

/** Runs the studies on a pool of `workers` workers started for them and ended after them. */
export async function runStudies(
  jobs: readonly StudyJob[],
  options: PoolOptions & RunOptions,
): Promise<StudyAggregate[]> {
  const pool = new StudyPool(options);
  try {
    return await pool.run(jobs, options);
  } finally {
    pool.terminate();
  }
}
