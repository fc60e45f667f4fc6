/**
 * One scheduler for Monte Carlo studies on a pool of workers, whatever they are
 * (worker_threads in Node, Web Workers in the browser, in-process workers in tests): the runs
 * of several studies (a baseline and its variants, the points of a sweep) are cut into chunks
 * (chunk-queue.ts) that the workers take one at a time, so the studies share the workers. Each worker is sent
 * a scenario once, with its first chunk, then only run ranges. Each study's chunks are merged
 * into its aggregate; merging is exact and order-free, so the result's JSON is the same
 * whatever the number of workers and the order chunks finish in.
 */
import type { Scenario } from '../../core/model.ts';
import type { FromWorker, ToWorker } from '../../workers/montecarlo-protocol.ts';
import { ChunkQueue, type Chunk } from './chunk-queue.ts';
import type { RunRange } from './seeds.ts';
import { StudyAggregate } from './study-aggregate.ts';
import { DEFAULT_INJECTS, studyScenario, type InjectsMode } from './study-injects.ts';
import { checkEventBudget, EventBudgetError } from '../../core/event-budget.ts';
import { estimateEvents, type EventEstimate } from '../../core/event-estimate.ts';

/** A study to run: runs [from, to) of `runs` runs with master seed `masterSeed`. */
export interface StudyJob {
  readonly scenario: Scenario;
  readonly runs: number;
  readonly masterSeed: string;
  /** The runs to do (default: all of them). */
  readonly range?: RunRange;
  /** Leave the scenario's scripted injects out (`'none'`, the default) or keep them. */
  readonly injects?: InjectsMode;
  /** The event budget of each run (default DEFAULT_MAX_EVENTS): over it, the study is refused up front. */
  readonly maxEvents?: number;
}

/** A worker as the pool sees it: a port that serves the protocol (montecarlo-serve.ts). */
export interface PoolWorker {
  post(message: ToWorker): void;
  onMessage(cb: (message: FromWorker) => void): void;
  /** The worker failed outside the protocol (did not load, crashed, stopped). */
  onError(cb: (error: Error) => void): void;
  terminate(): void;
}

export interface PoolOptions {
  /** Workers to start, at most (no more than there are chunks). */
  readonly workers: number;
  readonly spawn: () => PoolWorker;
  /** Runs per chunk (default: shrinking towards the end, from at most 1000; chunk-queue.ts). */
  readonly chunkSize?: number;
}

export interface RunOptions {
  /** Runs done and runs to do, across all the studies. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Called as each study with runs to do completes, with its index in `jobs`. */
  readonly onJobDone?: (job: number, aggregate: StudyAggregate) => void;
  /** Aborting terminates the workers and rejects with an error named 'AbortError'. */
  readonly signal?: AbortSignal;
}

interface Slot {
  readonly port: PoolWorker;
  /** Keys of the scenarios this worker keeps. */
  readonly sent: Set<number>;
}

interface Batch {
  readonly jobs: readonly StudyJob[];
  readonly keys: Map<Scenario, number>;
  readonly results: StudyAggregate[];
  /** Runs not merged yet, per job. */
  readonly left: number[];
  readonly queue: ChunkQueue;
  readonly pending: Map<number, Chunk>;
  /** Runs reported done. */
  done: number;
  readonly options: RunOptions;
  readonly resolve: (results: StudyAggregate[]) => void;
  readonly reject: (error: Error) => void;
}

function abortError(signal: AbortSignal): Error {
  const error = new Error('the Monte Carlo study was cancelled', { cause: signal.reason });
  error.name = 'AbortError';
  return error;
}

function checkJob(job: StudyJob, index: number): RunRange {
  const { runs, range } = job;
  const [from, to] = range ?? [0, runs];
  if (!Number.isInteger(runs) || runs < 0)
    throw new RangeError(`study ${index}: runs must be a whole number ≥ 0, not ${runs}`);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > runs || from > to)
    throw new RangeError(`study ${index}: the range [${from}, ${to}) is not inside [0, ${runs})`);
  // Each run over the event budget: refused here, before a worker starts. (A scenario the
  // estimate cannot read fails in the worker, as it always did, with the worker's message.)
  if (to > from) {
    const estimate = readableEstimate(job);
    if (estimate !== null) checkEventBudget(estimate, job.maxEvents);
  }
  return [from, to];
}

/** The events each run of the job is expected to take; null when the estimate cannot read the scenario. */
function readableEstimate(job: StudyJob): EventEstimate | null {
  try {
    return estimateEvents(studyScenario(job.scenario, job.injects ?? DEFAULT_INJECTS));
  } catch {
    return null;
  }
}

/**
 * A pool of workers that stay alive from one set of studies to the next (they cost a start-up
 * each), until `terminate()`, an abort or a worker's failure ends them.
 */
export class StudyPool {
  readonly #options: PoolOptions;
  #slots: Slot[] = [];
  #batch: Batch | null = null;
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
    if (this.#batch) throw new Error('the pool is already running studies');
    const { signal } = options;
    if (signal?.aborted) throw abortError(signal);
    const ranges = jobs.map(checkJob);
    const { workers, chunkSize } = this.#options;
    const queue = new ChunkQueue(ranges, workers, chunkSize);
    const results = jobs.map((j) =>
      StudyAggregate.empty(j.scenario, j.masterSeed, j.runs, j.injects ?? DEFAULT_INJECTS),
    );
    if (queue.empty) return results;

    return new Promise<StudyAggregate[]>((resolve, reject) => {
      const onAbort = (): void => this.#fail(abortError(signal!));
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = (): void => signal?.removeEventListener('abort', onAbort);
      this.#batch = {
        jobs,
        keys: new Map(),
        results,
        left: ranges.map(([a, b]) => b - a),
        queue,
        pending: new Map(),
        done: 0,
        options,
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
      for (const slot of [...this.#slots]) this.#dispatch(slot);
    });
  }

  /** Ends the workers; a set of studies still running is rejected. */
  terminate(): void {
    for (const slot of this.#slots) slot.port.terminate();
    this.#slots = [];
    this.#batch?.reject(new Error('the Monte Carlo pool was terminated'));
    this.#batch = null;
  }

  #spawn(): Slot {
    const slot: Slot = { port: this.#options.spawn(), sent: new Set() };
    const live = (): boolean => this.#slots.includes(slot);
    slot.port.onMessage((message) => {
      if (!live()) return;
      try {
        this.#receive(slot, message);
      } catch (error) {
        // A callback (onProgress, onJobDone) threw: the studies stop with its error.
        this.#fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
    slot.port.onError((error) => {
      if (!live()) return;
      if (this.#batch) this.#fail(new Error(`a Monte Carlo worker failed: ${error.message}`));
      else {
        slot.port.terminate();
        this.#slots = this.#slots.filter((s) => s !== slot);
      }
    });
    return slot;
  }

  /** Gives the worker its next chunk, if any. */
  #dispatch(slot: Slot): void {
    const batch = this.#batch;
    const chunk = batch?.queue.next(this.#nextId++);
    if (!batch || !chunk) return;
    const job = batch.jobs[chunk.job]!;
    let key = batch.keys.get(job.scenario);
    if (key === undefined) batch.keys.set(job.scenario, (key = this.#nextKey++));
    const first = !slot.sent.has(key);
    slot.sent.add(key);
    batch.pending.set(chunk.id, chunk);
    const { from, to } = chunk;
    const { runs, masterSeed, injects = DEFAULT_INJECTS, maxEvents } = job;
    slot.port.post({
      type: 'chunk',
      id: chunk.id,
      key,
      ...(first ? { scenario: job.scenario } : {}),
      runs,
      masterSeed,
      injects,
      from,
      to,
      ...(maxEvents !== undefined && { maxEvents }),
    });
  }

  #receive(slot: Slot, message: FromWorker): void {
    const batch = this.#batch;
    if (!batch) return;
    if (message.type === 'error') {
      this.#fail(
        message.refusal
          ? new EventBudgetError(message.message, message.refusal)
          : new Error(`a Monte Carlo worker failed: ${message.message}`),
      );
      return;
    }
    const chunk = batch.pending.get(message.id);
    if (!chunk) return;
    const size = chunk.to - chunk.from;
    const reported = message.type === 'done' ? size : Math.min(size, message.done);
    if (reported > chunk.reported) {
      batch.done += reported - chunk.reported;
      chunk.reported = reported;
      batch.options.onProgress?.(batch.done, batch.queue.total);
    }
    if (message.type !== 'done') return;
    batch.pending.delete(chunk.id);
    try {
      batch.results[chunk.job]!.merge(StudyAggregate.fromJSON(message.aggregate));
    } catch (error) {
      this.#fail(
        new Error(`a Monte Carlo worker sent a bad aggregate: ${(error as Error).message}`),
      );
      return;
    }
    if ((batch.left[chunk.job]! -= size) === 0)
      batch.options.onJobDone?.(chunk.job, batch.results[chunk.job]!);
    if (batch.pending.size === 0 && batch.queue.empty) this.#finish(batch);
    else this.#dispatch(slot);
  }

  #finish(batch: Batch): void {
    this.#batch = null;
    for (const slot of this.#slots) {
      slot.port.post({ type: 'release' });
      slot.sent.clear();
    }
    batch.resolve(batch.results);
  }

  /** Ends every worker and rejects the running set of studies with `error`. */
  #fail(error: Error): void {
    const batch = this.#batch;
    this.#batch = null;
    for (const slot of this.#slots) slot.port.terminate();
    this.#slots = [];
    batch?.reject(error);
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
