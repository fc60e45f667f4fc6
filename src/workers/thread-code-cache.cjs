/**
 * A worker thread that runs a built CommonJS bundle with a V8 code cache beside it, as
 * src/cli/launch.cjs does for the tools' main bundles: the thread neither parses nor compiles
 * again what an earlier run's thread compiled (the Monte Carlo thread's bundle, ~190 kB, and the
 * functions its runs use).
 *
 * - The cache is `BUNDLE.<build>.<flags>.v8cache`: one per build (the id on the bundle's first
 *   line; build-cli.mjs deletes other builds' caches) and per set of V8 flags (V8 rejects a
 *   cache made under other flags), so runs with and without the npm script's flags keep theirs.
 * - A missing, stale or damaged cache (V8 rejects it) is ignored; the process's first thread
 *   of the bundle then writes a new one when it sends its first study's aggregate (the code a real
 *   study compiles), through a temporary file renamed over it.
 *
 * Plain CommonJS, not TypeScript: launch.cjs starts the Monte Carlo threads with it before the
 * tool's bundle is even read (montecarlo-early-threads.cjs); the bundle, which has its own copy,
 * shares the process's record of cache writers with it through a global.
 */
'use strict';
/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS (see above) */
const process = require('node:process');
const { Worker } = require('node:worker_threads');

/** What runs in the thread (plain JavaScript: an eval'd thread is CommonJS). */
const BOOT = `'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { Script } = require('node:vm');
const { parentPort, workerData } = require('node:worker_threads');
const { bundle, flags, writer } = workerData;
const code = readFileSync(bundle, 'latin1');
const id = /^\\/\\/ build (\\d+)/.exec(code)?.[1] ?? 'unknown';
const cacheFile = bundle + '.' + id + '.' + flags + '.v8cache';
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new Script(
  '(function (exports, require, module, __filename, __dirname) {\\n' + code + '\\n})',
  { filename: bundle, lineOffset: -1, cachedData },
);
if (writer && (cachedData === undefined || script.cachedDataRejected)) {
  const post = parentPort.postMessage;
  parentPort.postMessage = function (message, ...rest) {
    if (message !== null && typeof message === 'object' && message.type === 'aggregate') {
      parentPort.postMessage = post;
      try {
        const temporary = cacheFile + '.' + process.pid + '.' + require('node:worker_threads').threadId + '.tmp';
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // A cache is an optimisation: a read-only folder only makes the next run slower.
      }
    }
    return post.call(this, message, ...rest);
  };
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
`;

/** A short hash of a text (FNV-1a, 32 bits, in base 36), for a file name (as launch.cjs's). */
function hashOf(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * The bundles whose cache writer has been started in this process (one thread per bundle
 * writes it): on a global, shared by this module's copies (launch.cjs's, the bundle's).
 */
const WRITERS = Symbol.for('continuity-sim.thread-cache-writers');

/** Starts a thread running the CommonJS bundle at path `bundle` through its code cache. */
function cachedThread(bundle, resourceLimits) {
  const writers = (globalThis[WRITERS] ??= new Set());
  const writer = !writers.has(bundle);
  writers.add(bundle);
  const workerData = { bundle, flags: hashOf(process.execArgv.join(' ')), writer };
  return new Worker(BOOT, { eval: true, workerData, resourceLimits });
}

module.exports = { cachedThread };
