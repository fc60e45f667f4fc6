/**
 * Monte Carlo worker threads started as early as the command line's bundle begins to run.
 * A thread needs ~90 ms of CPU (Node's own start-up in the thread) plus its bundle before it
 * can take a job; started here, that overlaps the ~60 ms in which the main thread evaluates
 * the rest of its bundle (zod's schemas, the scenario reader) and reads the scenario, instead
 * of following it. The pool (montecarlo-node-worker.ts) adopts these threads before starting
 * its own. Threads not adopted are unreferenced: they never keep the process alive.
 *
 * Imports nothing of the project but a small module of its own, so that a bundle importing it
 * first evaluates it first.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { cachedThread } from './thread-code-cache.ts';

/**
 * A young generation of 192 MB (semi-spaces of 64 MB) instead of V8's 16 MB default: a run
 * allocates short-lived objects, and fewer scavenges cost the bank's study ~15 % less CPU
 * (F2's measurement, `--max-semi-space-size=64`); results are unchanged (GC only).
 */
export const THREAD_LIMITS = { maxYoungGenerationSizeMb: 192 } as const;

/** Under tsx the sources are TypeScript: a thread cannot load its entry by itself. */
export const UNDER_TSX = import.meta.url.endsWith('.ts');

/** The built thread entry, beside this module's bundle (build-cli.mjs's THREADS). */
export const THREAD_ENTRY = new URL('./montecarlo-thread.js', import.meta.url);

/** A thread of the built entry, through its V8 code cache (thread-code-cache.ts). */
export function startBuiltThread(): Worker {
  return cachedThread(THREAD_ENTRY, THREAD_LIMITS);
}

const early: Worker[] = [];

/**
 * Starts `count` threads of the built entry now, unreferenced, for the pool to adopt.
 * Does nothing under tsx (the entry is bundled later, by the pool).
 */
export function startEarlyThreads(count: number): void {
  if (UNDER_TSX) return;
  for (let i = 0; i < count; i++) {
    const worker = startBuiltThread();
    worker.unref();
    // A thread that fails or stops before it is adopted is dropped: the pool then starts its
    // own, which reports the failure where the pool handles it.
    const drop = () => {
      const at = early.indexOf(worker);
      if (at >= 0) early.splice(at, 1);
    };
    worker.once('error', drop);
    worker.once('exit', drop);
    early.push(worker);
  }
}

/** An early thread, referenced again (it keeps the process alive now), or undefined. */
export function adoptEarlyThread(): Worker | undefined {
  const worker = early.shift();
  if (worker === undefined) return undefined;
  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  worker.ref();
  return worker;
}

/**
 * How many threads `npm run montecarlo` will start for `args` (its command line arguments):
 * `--workers N`, else one per core; 0 when it will start none (`--workers 1`, `--help`,
 * a value it will refuse).
 */
export function threadsWanted(args: readonly string[]): number {
  if (args.includes('--help') || args.includes('-h')) return 0;
  let workers = availableParallelism();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    const value = arg === '--workers' ? args[i + 1] : /^--workers=(.*)$/s.exec(arg)?.[1];
    if (value === undefined) continue;
    workers = /^\d{1,3}$/.test(value) ? Number(value) : 0;
  }
  return workers >= 2 && workers <= 256 ? workers : 0;
}
