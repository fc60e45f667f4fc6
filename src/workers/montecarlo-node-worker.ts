/**
 * The Node side of the Monte Carlo pool (src/analysis/montecarlo/pool.ts): worker_threads
 * running montecarlo-thread.ts, or one worker in this thread when there is one worker (and,
 * with `mainThreadWorks`, this thread as one of the workers beside the threads).
 * Under tsx (TypeScript sources) a thread cannot load the .ts entry by itself, and registering
 * tsx's loader in each thread costs about 0.7 to 1 s before 2 threads answer; instead the entry
 * is bundled once per process with esbuild into plain JavaScript (about 0.2 s) that each thread
 * evaluates (2 threads then answer within about 0.2 s).
 */
import type * as Esbuild from 'esbuild';
import type { EventLoopUtilization } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { StudyPool, type PoolOptions } from '../analysis/montecarlo/pool.ts';
import type { RunOptions } from '../analysis/montecarlo/pool-batch.ts';
import type { PoolWorker } from '../analysis/montecarlo/pool-protocol.ts';
import type { RunRange } from '../analysis/montecarlo/seeds.ts';
import type { StudyJob } from '../analysis/montecarlo/study-job.ts';
import type { StudyAggregate } from '../analysis/montecarlo/study-aggregate.ts';
import type { InjectsMode } from '../analysis/montecarlo/study-injects.ts';
import type { Scenario } from '../core/model.ts';
import { inlineWorker, inlineWorkerBesideThreads } from './montecarlo-serve.ts';
import {
  adoptEarlyThread,
  startBuiltThread,
  THREAD_ENTRY,
  THREAD_LIMITS,
  UNDER_TSX,
} from './montecarlo-early-threads.ts';

/** What a thread runs: a script to evaluate, or a JavaScript module. */
type Entry = { readonly code: string } | { readonly url: URL };

const threadSource = new URL('./montecarlo-thread.ts', import.meta.url);
let entry: Promise<Entry> | null = null;

async function loadEntry(): Promise<Entry> {
  if (!UNDER_TSX) return { url: THREAD_ENTRY };
  let build: typeof Esbuild.build;
  try {
    ({ build } = await import('esbuild'));
  } catch {
    // Without esbuild, each thread registers tsx's loader (slow, but it works).
    const source = JSON.stringify(threadSource.href);
    return {
      code: `import('tsx/esm/api').then(({ register }) => { register(); return import(${source}); })`,
    };
  }
  try {
    const { outputFiles } = await build({
      entryPoints: [fileURLToPath(threadSource)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    return { code: outputFiles[0]!.text };
  } catch (error) {
    throw new Error(`could not bundle the Monte Carlo worker: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Prepares what the threads run, once per process (starting a thread pool awaits it). */
export function prepareThreads(): Promise<void> {
  entry ??= loadEntry();
  return entry.then(() => {});
}

/**
 * What starts a worker thread as a pool worker (once the threads are prepared); `threads`
 * holds the threads alive.
 */
async function nodeWorkerSpawner(
  threads: Set<Worker>,
  mainThreadWorks: boolean,
): Promise<() => PoolWorker> {
  const how = await (entry ??= loadEntry());
  let main = mainThreadWorks;
  return () => {
    if (main) {
      main = false;
      return inlineWorkerBesideThreads();
    }
    const worker =
      'code' in how
        ? new Worker(how.code, { eval: true, resourceLimits: THREAD_LIMITS })
        : (adoptEarlyThread() ?? startBuiltThread());
    threads.add(worker);
    let stopped = false;
    let fail: (error: Error) => void = () => {};
    worker.on('error', (error: unknown) =>
      fail(error instanceof Error ? error : new Error(String(error))),
    );
    worker.on('messageerror', (error) => fail(error));
    worker.on('exit', (code) => {
      threads.delete(worker);
      if (!stopped) fail(new Error(`a worker thread stopped (exit code ${code})`));
    });
    return {
      post: (message) => worker.postMessage(message),
      onMessage: (cb) => worker.on('message', cb),
      onError: (cb) => (fail = cb),
      terminate: () => {
        stopped = true;
        threads.delete(worker);
        void worker.terminate();
      },
    };
  };
}

export interface NodePoolOptions {
  /** Worker threads; 1 runs the studies in this thread, without starting one. */
  readonly workers: number;
  /** Runs per chunk (the pool's default otherwise). */
  readonly chunkSize?: number;
  /**
   * One of the workers is this thread (its event loop has little else to do while the threads
   * run): one thread fewer to start (each costs ~0.1 s CPU before it runs anything).
   */
  readonly mainThreadWorks?: boolean;
}

/** A StudyPool on worker threads, which can say how busy its threads have been. */
export class NodeStudyPool extends StudyPool {
  readonly #threads: Set<Worker>;

  constructor(options: PoolOptions, threads: Set<Worker>) {
    super(options);
    this.#threads = threads;
  }

  /**
   * Each live thread's event loop utilisation since it started: the time it ran code against
   * the time it waited for a message (pass two readings to `performance.eventLoopUtilization`
   * for a span). A thread that never waits for the pool is busy all the time.
   */
  eventLoops(): EventLoopUtilization[] {
    return [...this.#threads].map((w) => w.performance.eventLoopUtilization());
  }
}

/**
 * A pool of worker threads (or of one worker in this thread) that lives until `terminate()`:
 * for several sets of studies in a row without paying each thread's start-up again. Call
 * `warm()` to start the threads before the first study.
 */
export async function nodeStudyPool({
  workers,
  chunkSize,
  mainThreadWorks = false,
}: NodePoolOptions): Promise<NodeStudyPool> {
  const threads = new Set<Worker>();
  const spawn = workers <= 1 ? inlineWorker : await nodeWorkerSpawner(threads, mainThreadWorks);
  const options = { workers: Math.max(1, workers), spawn };
  return new NodeStudyPool(chunkSize === undefined ? options : { ...options, chunkSize }, threads);
}

/** Runs the studies on a pool started for them and ended after them. */
export async function runNodeStudies(
  jobs: readonly StudyJob[],
  options: NodePoolOptions & RunOptions,
): Promise<StudyAggregate[]> {
  const pool = await nodeStudyPool(options);
  try {
    return await pool.run(jobs, options);
  } finally {
    pool.terminate();
  }
}

export interface RunPoolOptions {
  readonly scenario: Scenario;
  readonly runs: number;
  readonly masterSeed: string;
  /** The runs to do (default: all of them). */
  readonly range?: RunRange;
  /** Leave the scenario's scripted injects out (`'none'`, the default) or keep them. */
  readonly injects?: InjectsMode;
  readonly workers: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** One study on `workers` threads (in this thread when 1). */
export async function runPool(o: RunPoolOptions): Promise<StudyAggregate> {
  const { scenario, runs, masterSeed, range, injects, workers, onProgress } = o;
  const [aggregate] = await runNodeStudies(
    [{ scenario, runs, masterSeed, ...(range && { range }), ...(injects && { injects }) }],
    {
      workers,
      ...(onProgress && { onProgress }),
    },
  );
  return aggregate!;
}
