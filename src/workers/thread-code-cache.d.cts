import type { ResourceLimits, Worker } from 'node:worker_threads';

declare const threadCodeCache: {
  /** Starts a thread running the CommonJS bundle at path `bundle` through its code cache. */
  cachedThread(this: void, bundle: string, resourceLimits: ResourceLimits): Worker;
};
export = threadCodeCache;
