/**
 * `npm run NAME -- args` runs `node src/cli/launch.cjs NAME args`: the tool's prebuilt bundle
 * (build/cli/NAME.js, written by build-cli.mjs), not its TypeScript compiled on each call.
 *
 * - Never stale: the build's manifest lists every source it read with its modification time;
 *   if one of the tool's changed (a stat each: a few ms for ~130), the tools are built again first,
 *   and a build error is printed as `file:line:column: error: ...` (exit code 1).
 * - Fast to start: the bundle runs through vm.Script with a V8 code cache beside it
 *   (NAME.js.<build>.v8cache), written after the first successful run, so later runs neither
 *   parse nor compile what that run compiled.
 * - Stack traces name the TypeScript sources (from the bundle's source map, read only when an
 *   error's stack is formatted).
 * - `CS_CLI_TSX=1` runs the TypeScript sources through tsx instead (development).
 * Plain JavaScript, run by node directly: it must work before anything is built. CommonJS, not
 * an ES module: Node starts a CommonJS entry without its ES module loader (~5 ms less CPU).
 */
'use strict';
/* global require, module, __dirname -- CommonJS (see above) */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS (see above) */
const { readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { createRequire, SourceMap } = require('node:module');
const { dirname, join, relative, resolve } = require('node:path');
const { fileURLToPath, pathToFileURL } = require('node:url');
const process = require('node:process');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

const ROOT = resolve(__dirname, '../..');
/** As build-cli.mjs's OUT_DIR (not imported from there: this file loads nothing it can skip). */
const OUT_DIR = 'build/cli';

/**
 * Tools that do one run and exit. V8's optimising compiler (TurboFan) spends more CPU compiling
 * their briefly hot code than it saves (~120 ms of ~380 ms for simulate on the bank; a code cache
 * cannot keep optimised code), so they run with a tier-up budget 8x V8's default: code that stays
 * hot, as in a long run, is still optimised, a little later. (Monte Carlo's threads are better
 * off with the default: their loops run hot for seconds.)
 */
const ONE_SHOT = new Set(['simulate', 'bia', 'plan', 'exercise']);
const ONE_SHOT_V8_FLAGS = '--interrupt-budget=540672';
/** V8 versions known to have the flag (V8 prints an error line for a flag it does not know). */
const FLAGS_CHECKED = /^1[1-3]\./;

/** Exit code of a tool that could not be built. */
const EXIT_BUILD_FAILED = 1;

/**
 * Runs tool `name` of the project at `root` with `args`: builds it first if its build is
 * missing or older than a source (`tools` as build-cli.mjs's TOOLS, which are the default).
 */
async function launch(name, args, options = {}) {
  if (process.env.CS_CLI_TSX) return runSource(name, args, options.root ?? ROOT, options.tools);
  if (name === 'montecarlo')
    options = { ...options, beforeBuild: startMonteCarloThreads(options, args) };
  const tools = await ensureBuilt(options, name);
  if (tools === null) return;
  if (!tools.includes(name)) return unknownTool(name, tools);
  const flags =
    ONE_SHOT.has(name) && FLAGS_CHECKED.test(process.versions.v8) ? ONE_SHOT_V8_FLAGS : '';
  if (flags !== '') setFlagsFromString(flags);
  runBundle(join(outOf(options), `${name}.js`), args, [...process.execArgv, flags].join(' '));
}

/**
 * Monte Carlo's worker threads start first (montecarlo-early-threads.cjs): each boots for ~60 ms
 * of CPU while this thread checks the build and loads the tool; they run the build's thread
 * entry, so a rebuild ends them (the function returned). The tool adopts them.
 */
function startMonteCarloThreads(options, args) {
  const threads = require('../workers/montecarlo-early-threads.cjs');
  // One worker is the main thread (montecarlo.ts: mainThreadWorks).
  const count = threads.threadsWanted(args) - 1;
  threads.startEarlyThreads(`${outOf(options)}/montecarlo-thread.js`, count);
  return threads.endEarlyThreads;
}

function unknownTool(name, tools) {
  process.stderr.write(
    `There is no tool named ${JSON.stringify(name)}: the tools are ${tools.join(', ')}.\n`,
  );
  process.exitCode = 2;
}

const outOf = ({ root = ROOT, outDir = OUT_DIR }) => resolve(root, outDir);

/**
 * Builds the tools when the build is missing or lacks a tool, or when a source changed: one of
 * tool `name`'s, or of any tool when no name is given. Resolves with the names of the tools
 * built, or null after printing the build's errors (and setting the exit code) if it failed.
 * `options.build` is build-cli.mjs's buildCli (passed in when that module is the caller).
 */
async function ensureBuilt(options = {}, name = undefined) {
  const { root = ROOT, tools } = options;
  const manifest = readManifest(outOf(options));
  const stale =
    manifest === null ? 'it has not been built' : staleSource(manifest, root, tools, name);
  if (stale === null) return manifest.tools;
  process.stderr.write(`Building the command line (${stale})...\n`);
  options.beforeBuild?.();
  const build = options.build ?? (await import('./build-cli.mjs')).buildCli;
  const built = await build(options);
  if (built.ok) return built.manifest.tools;
  process.stderr.write(
    `${built.message}\nThe command line could not be built: fix the error above and run the command again.\n`,
  );
  process.exitCode = EXIT_BUILD_FAILED;
  return null;
}

function readManifest(out) {
  try {
    return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
}

/** Why the build is stale (a source that changed, a tool it lacks), or null when it is not. */
function staleSource(manifest, root, tools, name) {
  const wanted = tools ? Object.keys(tools) : manifest.tools;
  const missing = wanted.find((tool) => !manifest.tools.includes(tool));
  if (missing !== undefined) return `${missing} is not in the build`;
  const sources = manifest.inputs?.[name] ?? Object.keys(manifest.sources);
  for (const source of sources) {
    const mtime = manifest.sources[source];
    let now = 0;
    try {
      // The path by concatenation, not path.join, and no error for a missing file: the first
      // calls of path.join and of a throwing stat cost ~8 ms together in a fresh process.
      now = statSync(`${root}/${source}`, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    } catch {
      // A source that is gone (renamed, deleted) is a change too.
    }
    if (now !== mtime) return `${source} changed`;
  }
  return null;
}

/**
 * Runs a CommonJS bundle as Node would (require, module, __filename from its place), through
 * vm.Script with a V8 code cache: a cached run skips parsing and compiling the functions the
 * first run compiled (a bundle is 2-3 MB).
 */
function runBundle(bundle, args, flags) {
  const code = readFileSync(bundle, 'latin1'); // the bundle is ASCII (build-cli.mjs: charset)
  // The build's id is on the bundle's first line: a cache belongs to one build (V8 checks only
  // a cache's source length, not its text). V8 rejects a cache made under other V8 flags (the
  // npm scripts' heap flags, ONE_SHOT's): one cache per set of flags, so that runs with and
  // without them (npm run, a test spawning node) do not throw each other's cache away.
  const id = /^\/\/ build (\d+)/.exec(code)?.[1] ?? 'unknown';
  const cacheFile = `${bundle}.${id}.${hashOf(flags)}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {\n${code}\n})`,
    { filename: bundle, lineOffset: -1, cachedData },
  );
  if (cachedData === undefined || script.cachedDataRejected)
    process.once('exit', (status) => {
      // After a successful run: the cache then holds what a real run compiles.
      if (status === 0 && !args.includes('--help')) saveCache(cacheFile, script);
    });
  mapStackTraces(bundle);
  process.argv.splice(1, process.argv.length - 1, bundle, ...args);
  const module = { exports: {} };
  const require = createRequire(bundle);
  script.runInThisContext()(module.exports, require, module, bundle, dirname(bundle));
}

/** A short hash of a text (FNV-1a, 32 bits, in base 36), for a file name. */
function hashOf(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

function saveCache(cacheFile, script) {
  try {
    // Through a temporary file renamed over it: a run started meanwhile reads all or nothing.
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    // A cache is an optimisation: a read-only folder only makes the next run slower.
  }
}

/**
 * Stack frames in the bundle name their TypeScript source instead (`src/cli/simulate.ts:40:3`),
 * from the source map, read the first time a stack is formatted. (Node's --enable-source-maps
 * does not see code run through vm.Script.)
 */
function mapStackTraces(bundle) {
  let map;
  const original = (frame) => {
    if (frame.getFileName() !== bundle) return null;
    if (map === undefined) {
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')));
      } catch {
        map = null;
      }
    }
    const entry = map?.findEntry(frame.getLineNumber() - 1, frame.getColumnNumber() - 1);
    if (!entry?.originalSource) return null;
    const source = entry.originalSource.startsWith('file:')
      ? fileURLToPath(entry.originalSource)
      : resolve(dirname(bundle), entry.originalSource);
    const place = `${relative(process.cwd(), source)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    const name = frame.getFunctionName();
    return name ? `${name} (${place})` : place;
  };
  Error.prepareStackTrace = (error, frames) => {
    const header = Error.prototype.toString.call(error);
    return [header, ...frames.map((frame) => `    at ${original(frame) ?? frame}`)].join('\n');
  };
}

/** Development: the tool's TypeScript source through tsx (CS_CLI_TSX=1). */
async function runSource(name, args, root, tools) {
  const all = tools ?? (await import('./build-cli.mjs')).TOOLS;
  const source = all[name];
  if (source === undefined) return unknownTool(name, Object.keys(all));
  const { register } = await import('tsx/esm/api');
  register();
  const path = resolve(root, source);
  process.argv.splice(1, process.argv.length - 1, path, ...args);
  await import(pathToFileURL(path).href);
}

module.exports = { launch, ensureBuilt, EXIT_BUILD_FAILED };

if (require.main === module) {
  const [name, ...args] = process.argv.slice(2);
  if (name === undefined) {
    process.stderr.write('Usage: node src/cli/launch.cjs <tool> [arguments]\n');
    process.exitCode = 2;
  } else void launch(name, args);
}
