/**
 * A worker thread running a built CommonJS bundle through a V8 code cache: the typed face of
 * thread-code-cache.cjs (plain CommonJS, so that launch.cjs can start threads before any
 * bundle is read; see there).
 */
import { fileURLToPath } from 'node:url';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import threadCodeCache from './thread-code-cache.cjs';

/** Starts a thread running the CommonJS bundle `entry` through its code cache. */
export function cachedThread(entry: URL, resourceLimits: ResourceLimits): Worker {
  return threadCodeCache.cachedThread(fileURLToPath(entry), resourceLimits);
}
