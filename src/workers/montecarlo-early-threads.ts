/**
 * Monte Carlo worker threads started before the pool needs them (montecarlo-early-threads.cjs:
 * launch.cjs starts them before it reads the bundle; this is their typed face for the bundle),
 * and where the built thread entry is.
 */
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import earlyThreads from './montecarlo-early-threads.cjs';
import { cachedThread } from './thread-code-cache.ts';

export const { THREAD_LIMITS, adoptEarlyThread, threadsWanted } = earlyThreads;

/** Under tsx the sources are TypeScript: a thread cannot load its entry by itself. */
export const UNDER_TSX = import.meta.url.endsWith('.ts');

/** The built thread entry, beside this module's bundle (build-cli.mjs's THREADS). */
export const THREAD_ENTRY = new URL('./montecarlo-thread.js', import.meta.url);

/** A thread of the built entry, through its V8 code cache (thread-code-cache.ts). */
export function startBuiltThread(): Worker {
  return cachedThread(THREAD_ENTRY, THREAD_LIMITS);
}

/**
 * Starts threads of the built entry now, unreferenced, until `count` wait for the pool to adopt
 * (launch.cjs has usually started them). Does nothing under tsx (the entry is bundled later,
 * by the pool).
 */
export function startEarlyThreads(count: number): void {
  if (!UNDER_TSX) earlyThreads.startEarlyThreads(fileURLToPath(THREAD_ENTRY), count);
}
