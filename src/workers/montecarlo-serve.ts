/**
 * The worker side of the Monte Carlo pool, shared by worker_threads (montecarlo-thread.ts),
 * Web Workers (montecarlo.worker.ts) and in-process workers (`inlineWorker`, for one worker
 * without a thread, and for tests): runs each chunk with `runStudy` into this worker's
 * aggregate of its study (and into its aggregates of the studies measured from the same runs,
 * the chunk's `also`), answers with a few progress messages and `done`, and sends the study's
 * aggregate, packed (packed-study.ts), when the pool flushes it.
 */
import { compileStudy, runStudy } from '../analysis/montecarlo/run-study.ts';
import { packStudy } from '../analysis/montecarlo/packed-study.ts';
import type {
  ChunkMessage,
  FromWorker,
  PoolWorker,
  ToWorker,
} from '../analysis/montecarlo/pool-protocol.ts';
import { followersOf } from '../analysis/montecarlo/shared-runs.ts';
import { StudyAggregate } from '../analysis/montecarlo/study-aggregate.ts';
import { EventBudgetError } from '../core/event-budget.ts';
import type { Scenario } from '../core/model.ts';
import type { CompiledScenario } from '../simulator/fast/compiled.ts';

/** Progress messages per chunk, at most (`done` says the rest); chunks are short. */
const PROGRESS_MESSAGES = 4;
/** Chunks of fewer runs send no progress, only `done`. */
const PROGRESS_FROM = 64;

/**
 * Serves the pool's messages: `onMessage` registers the handler of incoming messages, `post`
 * sends an answer.
 */
export function serveStudies(
  post: (message: FromWorker, transfer?: ArrayBuffer[]) => void,
  onMessage: (handler: (message: ToWorker) => void) => void,
): void {
  const scenarios = new Map<number, Scenario>();
  /**
   * Each scenario compiled once per injects mode, not once per chunk: a study comes in ~30
   * chunks, and a compile costs ~0.5-8 ms (and a second compile of the same names would start
   * the seeds memo of variants, seeds-memo.ts, for runs that never repeat).
   */
  const compiled = new Map<string, CompiledScenario>();
  const compiledFor = (key: number, scenario: Scenario, injects: ChunkMessage['injects']) => {
    const name = `${key}:${injects}`;
    let c = compiled.get(name);
    if (c === undefined) compiled.set(name, (c = compileStudy(scenario, injects)));
    return c;
  };
  /** This worker's aggregate of each study it has runs of, until the pool flushes it. */
  const studies = new Map<number, StudyAggregate>();
  /** Keeps a scenario sent with a chunk (a new one under an old number drops its compiled forms). */
  const keep = (key: number, scenario: Scenario | undefined, id: number): Scenario => {
    if (scenario !== undefined) {
      scenarios.set(key, scenario);
      for (const name of compiled.keys()) if (name.startsWith(`${key}:`)) compiled.delete(name);
    }
    const kept = scenarios.get(key);
    if (kept === undefined)
      throw new Error(`chunk ${id} names scenario ${key}, which was never sent`);
    return kept;
  };
  /** This worker's aggregate of study `job`, made at its first runs here. */
  const studyOf = (job: number, scenario: Scenario, chunk: ChunkMessage): StudyAggregate => {
    let into = studies.get(job);
    if (into === undefined)
      studies.set(
        job,
        (into = StudyAggregate.empty(scenario, chunk.masterSeed, chunk.runs, chunk.injects)),
      );
    return into;
  };
  const runChunk = (chunk: ChunkMessage): void => {
    const scenario = keep(chunk.key, chunk.scenario, chunk.id);
    const { id, job, runs, masterSeed, injects, from, to, maxEvents } = chunk;
    const into = studyOf(job, scenario, chunk);
    const size = to - from;
    const options = {
      runs,
      masterSeed,
      injects,
      from,
      to,
      into,
      ...(maxEvents !== undefined && { maxEvents }),
      ...(size >= PROGRESS_FROM && {
        progressEvery: Math.ceil(size / PROGRESS_MESSAGES),
        onProgress: (done: number) => done < size && post({ type: 'progress', id, done }),
      }),
    };
    const lead = compiledFor(chunk.key, scenario, injects);
    const measured = (chunk.also ?? []).map((a) => {
      const other = keep(a.key, a.scenario, id);
      return {
        into: studyOf(a.job, other, chunk),
        scenario: other,
        compile: () => compiledFor(a.key, other, injects),
      };
    });
    runStudy(scenario, {
      ...options,
      compiled: lead,
      followers: followersOf(scenario, measured),
    });
    post({ type: 'done', id });
  };
  const flush = (job: number): void => {
    const study = studies.get(job);
    if (study === undefined) throw new Error(`study ${job} has no runs in this worker to send`);
    studies.delete(job);
    // Its histograms' arrays go with it: `transfer` lists their buffers (the study is forgotten
    // here), for a worker that can afford to move them (montecarlo-thread.ts copies instead).
    const { packed, transfer } = packStudy(study);
    post({ type: 'packed', job, part: packed }, transfer);
  };
  onMessage((message) => {
    if (message.type === 'release') {
      scenarios.clear();
      compiled.clear();
      studies.clear();
      return;
    }
    try {
      if (message.type === 'flush') flush(message.job);
      else runChunk(message);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      post({
        type: 'error',
        id: message.type === 'chunk' ? message.id : null,
        message: text,
        ...(error instanceof EventBudgetError && { refusal: error.refusal }),
      });
    }
  });
}

/**
 * A worker in this thread: each message to it runs in a microtask, and its answers reach the
 * pool at once. A chunk blocks the thread while it runs (as one worker without a thread does).
 */
export function inlineWorker(): PoolWorker {
  return workerInThisThread(queueMicrotask);
}

/**
 * A worker in this thread beside worker threads: each message to it runs as a task of its
 * own (setImmediate), so the threads' answers are handled between its chunks.
 */
export function inlineWorkerBesideThreads(): PoolWorker {
  return workerInThisThread(setImmediate);
}

function workerInThisThread(schedule: (task: () => void) => void): PoolWorker {
  let toPool: ((message: FromWorker) => void) | null = null;
  let toWorker: ((message: ToWorker) => void) | null = null;
  let stopped = false;
  serveStudies(
    (message) => {
      if (!stopped) toPool?.(message);
    },
    (handler) => (toWorker = handler),
  );
  return {
    post: (message) =>
      schedule(() => {
        if (!stopped) toWorker?.(message);
      }),
    onMessage: (cb) => (toPool = cb),
    onError: () => {},
    terminate: () => (stopped = true),
  };
}
