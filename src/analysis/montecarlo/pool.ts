/**
 * One scheduler for Monte Carlo studies on a pool of workers, whatever they are
 * (worker_threads in Node, Web Workers in the browser, in-process workers in tests): the runs
 * of several studies (a baseline and its variants, the points of a sweep) are cut into chunks
 * (chunk-queue.ts) that the workers take as they go, so the studies share the workers. Each
 * worker holds two chunks at a time, so it starts the next as soon as one is done, without
 * waiting for an answer from the pool. Each worker is sent a scenario once, with its first
 * chunk, then only run ranges; it adds the runs of a study into one aggregate of its own and
 * sends it when the study's last chunk has been handed out (pool-protocol.ts). The pool
 * merges those into the study's aggregate; merging is exact and order-free, so the result's
 * JSON is the same whatever the number of workers and the order chunks finish in.
 */
import type { Scenario } from '../../core/model.ts';
import type { FromWorker, PoolWorker } from './pool-protocol.ts';
import { ChunkQueue, type Chunk } from './chunk-queue.ts';
import { distinctStudies, type DistinctStudies } from './same-studies.ts';
import { unpackStudy, type PackedStudy } from './packed-study.ts';
import { shareRuns, type RunShares } from './shared-runs.ts';
import type { RunRange } from './seeds.ts';
import { StudyAggregate, studyIdentity } from './study-aggregate.ts';
import { DEFAULT_INJECTS } from './study-injects.ts';
import { checkJob, jobIdentity, type StudyJob } from './study-job.ts';
import { EventBudgetError } from '../../core/event-budget.ts';

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
  /**
   * Called as each study with runs to do completes, with its index in `jobs`, and the index of
   * the study whose runs it was measured on (an identical study, or one that differs only in
   * what the measure reads: shared-runs.ts), or null when it ran its own.
   */
  readonly onJobDone?: (job: number, aggregate: StudyAggregate, measuredOn: number | null) => void;
  /** Aborting terminates the workers and rejects with an error named 'AbortError'. */
  readonly signal?: AbortSignal;
}

const copy = (aggregate: StudyAggregate): StudyAggregate =>
  StudyAggregate.fromJSON(aggregate.toJSON());

/** Chunks a worker holds at once: the one it runs and the next. */
const DEPTH = 2;

interface Slot {
  readonly port: PoolWorker;
  /** Keys of the scenarios this worker keeps. */
  readonly sent: Set<number>;
  /** Chunks sent and not done yet. */
  held: number;
  /** Studies this worker has runs of, in its own aggregate not sent yet. */
  readonly studies: Set<number>;
}

interface Batch {
  readonly jobs: readonly StudyJob[];
  readonly keys: Map<Scenario, number>;
  /**
   * Per job: its aggregate, from the first worker's part of it on (made then, not before the
   * first chunk is sent: an empty aggregate is ~0.6 MB of histograms a service).
   */
  readonly results: (StudyAggregate | undefined)[];
  /** Which jobs are measured from another's runs (shared-runs.ts): only leads are cut into chunks. */
  readonly shares: RunShares;
  /** Runs to do, per job. */
  readonly sizes: number[];
  /** Runs not reported done yet, per job. */
  readonly left: number[];
  /** Per job: workers' aggregates still to come (set when its last chunk is handed out). */
  readonly awaited: number[];
  /** Jobs with runs to do not complete yet. */
  open: number;
  readonly queue: ChunkQueue;
  readonly pending: Map<number, Chunk>;
  /** Runs reported done, counted once per study measured from them. */
  done: number;
  /** Runs to do over all the jobs, counted likewise. */
  readonly total: number;
  readonly options: RunOptions;
  readonly resolve: (results: (StudyAggregate | undefined)[]) => void;
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
    const distinct = distinctStudies(jobs);
    if (distinct.jobs.length === jobs.length) return this.#run(jobs, ranges, options);
    return this.#runOnce(distinct, ranges, options);
  }

  /** Runs each of the distinct studies once; a study asked for again gets a copy of its aggregate. */
  async #runOnce(
    { jobs, of, first }: DistinctStudies,
    ranges: readonly RunRange[],
    options: RunOptions,
  ): Promise<StudyAggregate[]> {
    const results: StudyAggregate[] = [];
    const { onJobDone } = options;
    const done = (k: number, aggregate: StudyAggregate, measuredOn: number | null): void => {
      for (let i = 0; i < of.length; i++)
        if (of[i] === k) {
          const result = i === first[k] ? aggregate : copy(aggregate);
          results[i] = result;
          const on = i !== first[k] ? first[k]! : measuredOn === null ? null : first[measuredOn]!;
          onJobDone?.(i, result, on);
        }
    };
    const once = await this.#run(
      jobs,
      first.map((i) => ranges[i]!),
      { ...options, onJobDone: done },
    );
    // Studies with no runs to do complete without onJobDone.
    return of.map((k, i) => results[i] ?? (i === first[k] ? once[k]! : copy(once[k]!)));
  }

  async #run(
    jobs: readonly StudyJob[],
    ranges: readonly RunRange[],
    options: RunOptions,
  ): Promise<StudyAggregate[]> {
    const { signal } = options;
    const { workers, chunkSize } = this.#options;
    // Jobs measured from a lead's runs get no chunks of their own: each run is simulated once.
    const shares = shareRuns(jobs);
    const queue = new ChunkQueue(
      ranges.map((r, k) => (shares.lead[k] === k ? r : [r[0], r[0]])),
      workers,
      chunkSize,
    );
    if (queue.empty) return jobs.map((j) => StudyAggregate.ofIdentity(jobIdentity(j)));
    const results: (StudyAggregate | undefined)[] = jobs.map(() => undefined);

    return new Promise<StudyAggregate[]>((resolve, reject) => {
      const onAbort = (): void => this.#fail(abortError(signal!));
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = (): void => signal?.removeEventListener('abort', onAbort);
      this.#batch = {
        jobs,
        keys: new Map(),
        results,
        shares,
        sizes: ranges.map(([a, b]) => b - a),
        left: ranges.map(([a, b]) => b - a),
        awaited: ranges.map(() => 0),
        open: ranges.filter(([a, b]) => b > a).length,
        queue,
        pending: new Map(),
        done: 0,
        total: ranges.reduce((n, [a, b]) => n + b - a, 0),
        options,
        // Studies with no runs to do get an empty aggregate.
        resolve: (r) => (
          settle(),
          resolve(r.map((a, k) => a ?? StudyAggregate.ofIdentity(jobIdentity(jobs[k]!))))
        ),
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
    this.#batch?.reject(new Error('the Monte Carlo pool was terminated'));
    this.#batch = null;
  }

  #spawn(): Slot {
    const slot: Slot = {
      port: this.#options.spawn(),
      sent: new Set(),
      held: 0,
      studies: new Set(),
    };
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

  /** Gives the worker its next chunk, if any (and asks for a study's aggregates after its last). */
  #dispatch(slot: Slot): void {
    const batch = this.#batch;
    if (!batch || slot.held >= DEPTH) return;
    const chunk = batch.queue.next(this.#nextId++);
    if (!chunk) return;
    const job = batch.jobs[chunk.job]!;
    /** The scenario's number, and the scenario itself the first time this worker needs it. */
    const send = (scenario: Scenario): { key: number; scenario?: Scenario } => {
      let key = batch.keys.get(scenario);
      if (key === undefined) batch.keys.set(scenario, (key = this.#nextKey++));
      const first = !slot.sent.has(key);
      slot.sent.add(key);
      return first ? { key, scenario } : { key };
    };
    const lead = send(job.scenario);
    const followers = batch.shares.followers[chunk.job]!;
    const also = followers.map((j) => ({ job: j, ...send(batch.jobs[j]!.scenario) }));
    slot.held++;
    slot.studies.add(chunk.job);
    for (const j of followers) slot.studies.add(j);
    batch.pending.set(chunk.id, chunk);
    const { from, to } = chunk;
    const { runs, masterSeed, injects = DEFAULT_INJECTS, maxEvents } = job;
    slot.port.post({
      type: 'chunk',
      id: chunk.id,
      job: chunk.job,
      ...lead,
      runs,
      masterSeed,
      injects,
      from,
      to,
      ...(maxEvents !== undefined && { maxEvents }),
      ...(also.length > 0 && { also }),
    });
    if (chunk.last) for (const j of [chunk.job, ...followers]) this.#flush(batch, j);
  }

  /** Asks every worker with runs of study `job` for its aggregate (after its chunks, in order). */
  #flush(batch: Batch, job: number): void {
    for (const slot of this.#slots)
      if (slot.studies.delete(job)) {
        batch.awaited[job]!++;
        slot.port.post({ type: 'flush', job });
      }
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
    if (message.type === 'packed') {
      this.#merge(batch, message.job, message.part);
      return;
    }
    const chunk = batch.pending.get(message.id);
    if (!chunk) return;
    const size = chunk.to - chunk.from;
    const reported = message.type === 'done' ? size : Math.min(size, message.done);
    const followers = batch.shares.followers[chunk.job]!;
    if (reported > chunk.reported) {
      batch.done += (reported - chunk.reported) * (1 + followers.length);
      chunk.reported = reported;
      batch.options.onProgress?.(batch.done, batch.total);
    }
    if (message.type !== 'done') return;
    batch.pending.delete(chunk.id);
    slot.held--;
    for (const j of [chunk.job, ...followers]) batch.left[j]! -= size;
    this.#dispatch(slot);
    for (const j of [chunk.job, ...followers]) this.#complete(batch, j);
  }

  /**
   * Merges a worker's aggregate of study `job` (packed-study.ts): its histograms' arrays are
   * taken as they are, so no part aggregate (six 8,194-bin histograms a service) is made only
   * to be dropped.
   */
  #merge(batch: Batch, job: number, answer: PackedStudy): void {
    try {
      const result = batch.results[job];
      if (result !== undefined) result.merge(unpackStudy(answer));
      else {
        const part = unpackStudy(answer);
        const { scenario, masterSeed, runs, injects = DEFAULT_INJECTS } = batch.jobs[job]!;
        batch.results[job] = StudyAggregate.adopt(
          studyIdentity(scenario, masterSeed, runs, injects),
          part,
        );
      }
    } catch (error) {
      this.#fail(
        new Error(`a Monte Carlo worker sent a bad aggregate: ${(error as Error).message}`),
      );
      return;
    }
    batch.awaited[job]!--;
    this.#complete(batch, job);
  }

  /**
   * Study `job` completes when all its runs are reported done and every worker's aggregate of
   * it is merged (a port delivers a worker's answers in order, but nothing here relies on it).
   */
  #complete(batch: Batch, job: number): void {
    if (batch.left[job] !== 0 || batch.awaited[job] !== 0 || this.#batch !== batch) return;
    batch.left[job] = -1; // completed: never again
    const result = batch.results[job];
    const runs = result?.runs ?? 0;
    if (result === undefined || runs !== batch.sizes[job]) {
      const text = `study ${job} has ${runs} runs of ${batch.sizes[job]}`;
      this.#fail(new Error(`the Monte Carlo workers lost runs: ${text}`));
      return;
    }
    const lead = batch.shares.lead[job]!;
    batch.options.onJobDone?.(job, result, lead === job ? null : lead);
    if (--batch.open === 0) this.#finish(batch);
  }

  #finish(batch: Batch): void {
    this.#batch = null;
    for (const slot of this.#slots) {
      slot.port.post({ type: 'release' });
      slot.sent.clear();
      slot.studies.clear();
      slot.held = 0;
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
