/**
 * One set of studies on the pool, from its first chunk handed out to its last aggregate merged:
 * the chunks out, what each study has left to be reported done, its aggregate (the workers'
 * parts of it merged), the progress over all the studies, and each study's completion, reported
 * with the study whose runs it was measured on: `onJobDone(job, aggregate, measuredOn)`.
 */
import type { Scenario } from '../../core/model.ts';
import { ChunkQueue, type Chunk } from './chunk-queue.ts';
import { unpackStudy, type PackedStudy } from './packed-study.ts';
import type { RunRange } from './seeds.ts';
import { shareRuns, type RunShares } from './shared-runs.ts';
import { StudyAggregate } from './study-aggregate.ts';
import { jobIdentity, type StudyJob } from './study-job.ts';

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

export class StudyBatch {
  readonly jobs: readonly StudyJob[];
  /** Which jobs are measured from another's runs (shared-runs.ts): only leads are cut into chunks. */
  readonly shares: RunShares;
  /** The runs not handed out yet: only the leads' (each run is simulated once). */
  readonly queue: ChunkQueue;
  /** The number each scenario is sent under (pool-slot.ts). */
  readonly keys = new Map<Scenario, number>();
  /** Chunks handed out and not done yet, by id. */
  readonly #pending = new Map<number, Chunk>();
  /**
   * Per job: its aggregate, from the first worker's part of it on (made then, not before the
   * first chunk is sent: an empty aggregate is ~0.6 MB of histograms a service).
   */
  readonly #results: (StudyAggregate | undefined)[];
  /** Runs to do, per job. */
  readonly #sizes: readonly number[];
  /** Runs not reported done yet, per job (-1 once it completed). */
  readonly #left: number[];
  /** Per job: workers' aggregates still to come (set when its last chunk is handed out). */
  readonly #awaited: number[];
  /** Jobs with runs to do not complete yet. */
  #open: number;
  /** Runs reported done, counted once per study measured from them. */
  #done = 0;
  /** Runs to do over all the jobs, counted likewise. */
  readonly #total: number;
  readonly #options: RunOptions;
  /** Whether the pool is done with this set (finished, failed, ended): no study completes then. */
  #closed = false;

  /** Runs `ranges` of `jobs`, cut into chunks for `workers` workers (of `chunkSize` runs if set). */
  constructor(
    jobs: readonly StudyJob[],
    ranges: readonly RunRange[],
    options: RunOptions,
    { workers, chunkSize }: { readonly workers: number; readonly chunkSize?: number | undefined },
  ) {
    this.jobs = jobs;
    const shares = (this.shares = shareRuns(jobs));
    this.queue = new ChunkQueue(
      ranges.map((r, k) => (shares.lead[k] === k ? r : [r[0], r[0]])),
      workers,
      chunkSize,
    );
    this.#options = options;
    this.#results = jobs.map(() => undefined);
    this.#sizes = ranges.map(([a, b]) => b - a);
    this.#left = [...this.#sizes];
    this.#awaited = ranges.map(() => 0);
    this.#open = ranges.filter(([a, b]) => b > a).length;
    this.#total = ranges.reduce((n, [a, b]) => n + b - a, 0);
  }

  /** Study `job` and the studies measured from its runs: what one of its chunks counts for. */
  studiesOf(job: number): readonly number[] {
    return [job, ...this.shares.followers[job]!];
  }

  /** The next chunk to hand out (named `id`), or null when every run is handed out. */
  next(id: number): Chunk | null {
    const chunk = this.queue.next(id);
    if (chunk) this.#pending.set(chunk.id, chunk);
    return chunk;
  }

  /** A worker's `progress`: runs of chunk `id` done so far (a late word never counts twice). */
  progress(id: number, done: number): void {
    const chunk = this.#pending.get(id);
    if (chunk) this.#count(chunk, Math.min(chunk.to - chunk.from, done));
  }

  /**
   * A worker's `done`: every run of chunk `id` counted and taken off what its studies have left.
   * The chunk, or null for one not out (a late word).
   */
  chunkDone(id: number): Chunk | null {
    const chunk = this.#pending.get(id);
    if (!chunk) return null;
    const size = chunk.to - chunk.from;
    this.#count(chunk, size);
    this.#pending.delete(id);
    for (const j of this.studiesOf(chunk.job)) this.#left[j]! -= size;
    return chunk;
  }

  #count(chunk: Chunk, reported: number): void {
    if (reported <= chunk.reported) return;
    this.#done += (reported - chunk.reported) * (1 + this.shares.followers[chunk.job]!.length);
    chunk.reported = reported;
    this.#options.onProgress?.(this.#done, this.#total);
  }

  /** A worker was asked for its aggregate of study `job` (`flush`): one more to merge. */
  flushed(job: number): void {
    this.#awaited[job]!++;
  }

  /**
   * Merges a worker's aggregate of study `job` (packed-study.ts): its histograms' arrays are
   * taken as they are, so no part aggregate (six 8,194-bin histograms a service) is made only
   * to be dropped. Throws when the worker's aggregate does not fit.
   */
  merge(job: number, answer: PackedStudy): void {
    try {
      const result = this.#results[job];
      if (result !== undefined) result.merge(unpackStudy(answer));
      else {
        const part = unpackStudy(answer);
        this.#results[job] = StudyAggregate.adopt(jobIdentity(this.jobs[job]!), part);
      }
    } catch (error) {
      throw new Error(`a Monte Carlo worker sent a bad aggregate: ${(error as Error).message}`, {
        cause: error,
      });
    }
    this.#awaited[job]!--;
  }

  /**
   * Study `job` completes when all its runs are reported done and every worker's aggregate of
   * it is merged (a port delivers a worker's answers in order, but nothing here relies on it):
   * then `onJobDone` hears of it, once. Whether the set is complete, its last study done.
   * Throws when the study's aggregate does not hold all its runs. Nothing completes once the set
   * is closed (a callback may have ended the pool).
   */
  complete(job: number): boolean {
    if (this.#closed || this.#left[job] !== 0 || this.#awaited[job] !== 0) return false;
    this.#left[job] = -1; // completed: never again
    const result = this.#results[job];
    const runs = result?.runs ?? 0;
    if (result === undefined || runs !== this.#sizes[job]) {
      const text = `study ${job} has ${runs} runs of ${this.#sizes[job]}`;
      throw new Error(`the Monte Carlo workers lost runs: ${text}`);
    }
    const lead = this.shares.lead[job]!;
    this.#options.onJobDone?.(job, result, lead === job ? null : lead);
    return --this.#open === 0;
  }

  /** The pool is done with this set: it finished, failed or was ended. */
  close(): void {
    this.#closed = true;
  }

  /** Each study's aggregate; an empty one for a study with no runs to do. */
  results(): StudyAggregate[] {
    return this.#results.map((a, k) => a ?? StudyAggregate.ofIdentity(jobIdentity(this.jobs[k]!)));
  }
}
