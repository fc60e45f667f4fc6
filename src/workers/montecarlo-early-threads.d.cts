import type { ResourceLimits, Worker } from 'node:worker_threads';

declare const earlyThreads: {
  readonly THREAD_LIMITS: Readonly<ResourceLimits>;
  /** Starts threads of the bundle at path `bundle` until `count` wait for the pool. */
  startEarlyThreads(this: void, bundle: string, count: number): void;
  /** An early thread, referenced again, or undefined. */
  adoptEarlyThread(this: void): Worker | undefined;
  /** Ends the threads not adopted. */
  endEarlyThreads(this: void): void;
  /** How many threads `npm run montecarlo` will start for its arguments `args`. */
  threadsWanted(this: void, args: readonly string[]): number;
};
export = earlyThreads;
