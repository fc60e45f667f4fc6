/**
 * Monte Carlo worker threads started as early as possible: by launch.cjs for `montecarlo`
 * before it checks the build and reads the tool's 3 MB bundle, and else (e.g. a bundle run
 * without the launcher) first thing in the bundle (src/cli/montecarlo-early.ts). A thread
 * needs ~60 ms of CPU (Node's start-up in the thread, its bundle) before it can take a job;
 * started here, that overlaps the main thread's own start instead of following it. The pool
 * (montecarlo-node-worker.ts) adopts these threads before starting its own. Threads not adopted
 * are unreferenced: they never keep the process alive.
 *
 * Plain CommonJS, so that launch.cjs can use it before anything is built; the bundle has its
 * own copy of this module, so the waiting threads are kept on a global both copies share.
 */
'use strict';
/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS (see above) */
const { availableParallelism } = require('node:os');
const { cachedThread } = require('./thread-code-cache.cjs');

/**
 * A young generation of 192 MB (semi-spaces of 64 MB) at most instead of V8's 16 MB default:
 * a run allocates short-lived objects, and fewer scavenges cost the bank's study ~15 % less CPU
 * (F2's measurement, `--max-semi-space-size=64`); results are unchanged (GC only).
 * The npm script's V8 flags apply to the threads too: `--max-semi-space-size=64` (as this, for
 * the main thread) and `--no-concurrent-recompilation`: with every core running a thread of the
 * study, V8's background optimising jobs only compete with them (~0.3 s of CPU in a 10,000-run
 * reference study, the functions running unoptimised meanwhile), so each thread compiles its
 * hot code itself: ~11 % less CPU in all.
 */
const THREAD_LIMITS = Object.freeze({ maxYoungGenerationSizeMb: 192 });

const EARLY = Symbol.for('continuity-sim.montecarlo-early-threads');

/** The threads started early and not adopted yet (shared by this module's copies). */
const waiting = () => (globalThis[EARLY] ??= []);

/**
 * Starts threads of the built thread entry at path `bundle`, unreferenced, until `count` wait
 * for the pool to adopt them (launch.cjs may have started them already).
 */
function startEarlyThreads(bundle, count) {
  const early = waiting();
  while (early.length < count) {
    const worker = cachedThread(bundle, THREAD_LIMITS);
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
function adoptEarlyThread() {
  const worker = waiting().shift();
  if (worker === undefined) return undefined;
  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  worker.ref();
  return worker;
}

/** Ends the threads not adopted (launch.cjs, before it rebuilds what they run). */
function endEarlyThreads() {
  for (const worker of waiting().splice(0)) void worker.terminate();
}

/**
 * How many threads `npm run montecarlo` will start for `args` (its command line arguments):
 * `--workers N`, else one per core; 0 when it will start none (`--workers 1`, `--help`,
 * a value it will refuse).
 */
function threadsWanted(args) {
  if (args.includes('--help') || args.includes('-h')) return 0;
  let workers = availableParallelism();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') break;
    const value = arg === '--workers' ? args[i + 1] : /^--workers=(.*)$/s.exec(arg)?.[1];
    if (value === undefined) continue;
    workers = /^\d{1,3}$/.test(value) ? Number(value) : 0;
  }
  return workers >= 2 && workers <= 256 ? workers : 0;
}

module.exports = {
  THREAD_LIMITS,
  startEarlyThreads,
  adoptEarlyThread,
  endEarlyThreads,
  threadsWanted,
};
