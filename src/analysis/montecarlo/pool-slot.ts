/**
 * A worker as the pool holds it, and what the pool tells it (pool-protocol.ts): chunks, each
 * with the scenarios the worker does not keep yet, two at a time at most (the one it runs and
 * the next, so it starts the next as soon as one is done, without waiting for the pool); a
 * flush of its own aggregate of a study; a release of all it keeps after each set of studies.
 */
import type { Scenario } from '../../core/model.ts';
import type { Chunk } from './chunk-queue.ts';
import type { AlsoMeasured, PoolWorker } from './pool-protocol.ts';
import type { StudyJob } from './study-job.ts';
import { DEFAULT_INJECTS } from './study-injects.ts';

/** Chunks a worker holds at once: the one it runs and the next. */
export const DEPTH = 2;

export class WorkerSlot {
  readonly port: PoolWorker;
  /** Keys of the scenarios this worker keeps. */
  readonly #sent = new Set<number>();
  /** Chunks sent and not done yet. */
  #held = 0;
  /** Studies this worker has runs of, in its own aggregate not sent yet. */
  readonly #studies = new Set<number>();

  constructor(port: PoolWorker) {
    this.port = port;
  }

  /** Whether the worker holds as many chunks as it may. */
  get full(): boolean {
    return this.#held >= DEPTH;
  }

  /**
   * Sends the chunk of study `jobs[chunk.job]`, whose runs studies `followers` are measured
   * from too; `keyOf` numbers the scenarios.
   */
  send(
    chunk: Chunk,
    jobs: readonly StudyJob[],
    followers: readonly number[],
    keyOf: (scenario: Scenario) => number,
  ): void {
    const job = jobs[chunk.job]!;
    const lead = this.#scenario(keyOf(job.scenario), job.scenario);
    const also = followers.map((j): AlsoMeasured => {
      const { scenario } = jobs[j]!;
      return { job: j, ...this.#scenario(keyOf(scenario), scenario) };
    });
    this.#held++;
    this.#studies.add(chunk.job);
    for (const j of followers) this.#studies.add(j);
    const { from, to } = chunk;
    const { runs, masterSeed, injects = DEFAULT_INJECTS, maxEvents } = job;
    this.port.post({
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
  }

  /** The scenario's number, and the scenario itself the first time this worker needs it. */
  #scenario(key: number, scenario: Scenario): { key: number; scenario?: Scenario } {
    const first = !this.#sent.has(key);
    this.#sent.add(key);
    return first ? { key, scenario } : { key };
  }

  /** The worker said a chunk is done: it may take another. */
  chunkDone(): void {
    this.#held--;
  }

  /**
   * Asks the worker for its aggregate of study `job` (after its chunks, in order), if it has
   * runs of it: whether it was asked.
   */
  flush(job: number): boolean {
    if (!this.#studies.delete(job)) return false;
    this.port.post({ type: 'flush', job });
    return true;
  }

  /** Tells the worker to forget every scenario and aggregate it keeps, and forgets them here. */
  release(): void {
    this.port.post({ type: 'release' });
    this.#sent.clear();
    this.#studies.clear();
    this.#held = 0;
  }
}
