/**
 * The worker side of the Monte Carlo pool, shared by worker_threads (montecarlo-thread.ts),
 * Web Workers (montecarlo.worker.ts) and in-process workers (`inlineWorker`, for one worker
 * without a thread, and for tests): runs each chunk with `runStudy` and answers with at most
 * about 20 progress messages and the chunk's aggregate as JSON.
 */
import type { PoolWorker } from '../analysis/montecarlo/pool.ts';
import { runStudy } from '../analysis/montecarlo/run-study.ts';
import { EventBudgetError } from '../core/event-budget.ts';
import type { Scenario } from '../core/model.ts';
import type { ChunkMessage, FromWorker, ToWorker } from './montecarlo-protocol.ts';

/** Progress messages per chunk, at most (plus the last one). */
const PROGRESS_MESSAGES = 20;

/**
 * Serves the pool's messages: `onMessage` registers the handler of incoming messages, `post`
 * sends an answer.
 */
export function serveStudies(
  post: (message: FromWorker) => void,
  onMessage: (handler: (message: ToWorker) => void) => void,
): void {
  const scenarios = new Map<number, Scenario>();
  const runChunk = (chunk: ChunkMessage): void => {
    if (chunk.scenario !== undefined) scenarios.set(chunk.key, chunk.scenario);
    const scenario = scenarios.get(chunk.key);
    if (scenario === undefined)
      throw new Error(`chunk ${chunk.id} names scenario ${chunk.key}, which was never sent`);
    const { id, runs, masterSeed, injects, from, to, maxEvents } = chunk;
    const aggregate = runStudy(scenario, {
      runs,
      masterSeed,
      injects,
      from,
      to,
      ...(maxEvents !== undefined && { maxEvents }),
      progressEvery: Math.max(1, Math.ceil((to - from) / PROGRESS_MESSAGES)),
      onProgress: (done) => post({ type: 'progress', id, done }),
    });
    post({ type: 'done', id, aggregate: aggregate.toJSON() });
  };
  onMessage((message) => {
    if (message.type === 'release') {
      scenarios.clear();
      return;
    }
    try {
      runChunk(message);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      post({
        type: 'error',
        id: message.id,
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
      queueMicrotask(() => {
        if (!stopped) toWorker?.(message);
      }),
    onMessage: (cb) => (toPool = cb),
    onError: () => {},
    terminate: () => (stopped = true),
  };
}
