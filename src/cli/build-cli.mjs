/**
 * Builds the command-line tools into plain JavaScript: one esbuild bundle per tool (CommonJS,
 * so launch.cjs can run it through vm.Script with a V8 code cache), with source maps, in
 * build/cli/ (git-ignored), beside the Monte Carlo worker-thread entry that
 * src/workers/montecarlo-node-worker.ts looks for next to itself (montecarlo-thread.js).
 *
 * `npm run build:cli` runs it (so do `prepare`, i.e. `npm ci`, and `npm run build`); launch.cjs
 * runs it again when a source is newer than the build. A manifest (build/cli/manifest.json)
 * lists the sources each build read with their modification times, so the launcher can tell
 * a stale build with a stat per source. Outputs are written to temporary files and renamed,
 * so a tool started during a rebuild reads either the old bundle or the new one, never half.
 * Plain JavaScript (not TypeScript): it must run before anything is compiled.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import process from 'node:process';
import { holidayCountries } from './build-holidays.mjs';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The tools: the name `launch.cjs NAME` runs, and its source (relative to the root). */
export const TOOLS = {
  simulate: 'src/cli/simulate.ts',
  bia: 'src/cli/bia.ts',
  plan: 'src/cli/plan.ts',
  exercise: 'src/cli/exercise.ts',
  montecarlo: 'src/cli/montecarlo.ts',
  'montecarlo-merge': 'src/cli/montecarlo-merge.ts',
  'write-schema': 'src/cli/write-schema.ts',
  start: 'src/cli/start.ts',
  bench: 'src/cli/bench.ts',
  'bench-reference': 'src/cli/bench-reference-run.ts',
};

/** Worker-thread entries, built beside the tools (montecarlo-node-worker.ts finds its own there). */
export const THREADS = {
  'montecarlo-thread': 'src/workers/montecarlo-thread.ts',
};

/**
 * Where a build is written: two folders below the root like src/cli/, so a tool's
 * `new URL('../..', import.meta.url)` still names the root.
 */
export const OUT_DIR = 'build/cli';

/**
 * The yaml library's browser build (the one the app runs), bundled in place of its Node build:
 * the same code without the Node build's `process.env.LOG_TOKENS` test in its parser, made for
 * every token (1.4 million for a 2.85 MB file; each read of process.env is a call into C++):
 * about 0.35 s of the 2.9 s of CPU the yaml reader takes on the 200,000-key bench file. The
 * other difference: a warning goes to console.warn rather than process.emitWarning.
 */
function yamlAlias(root) {
  let yamlPackage;
  try {
    yamlPackage = createRequire(join(root, 'package.json')).resolve('yaml/package.json');
  } catch {
    return {}; // a project without the yaml library (as the launcher's tests build)
  }
  return { yaml: join(dirname(yamlPackage), 'browser', 'index.js') };
}

/** Packages left to Node at run time: build tools and what they load natively. */
const EXTERNAL = ['vite', 'esbuild', 'tsx', 'fsevents', 'lightningcss', 'playwright-core'];

/**
 * Builds `tools` and `threads` ({ name: source }) of the project at `root` into `outDir`
 * (relative to root).
 * Resolves with { ok: true, manifest } or { ok: false, message }: the message names each
 * error's file, line and column, as `src/cli/x.ts:12:3: error: ...`.
 */
export async function buildCli({
  root = ROOT,
  tools = TOOLS,
  threads = THREADS,
  outDir = OUT_DIR,
} = {}) {
  const { build } = await import('esbuild');
  const out = resolve(root, outDir);
  const startedAt = Date.now();
  let result;
  try {
    result = await build({
      absWorkingDir: root,
      entryPoints: Object.entries({ ...tools, ...threads }).map(([out, source]) => ({
        in: source,
        out,
      })),
      outdir: out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // Whitespace and syntax only: names stay readable in stack traces (launch.cjs maps them).
      minifyWhitespace: true,
      minifySyntax: true,
      sourcemap: 'linked',
      // The maps point at the sources in src/ rather than carrying a copy (a sixth of the size).
      sourcesContent: false,
      legalComments: 'none',
      // Non-ASCII characters escaped: launch.cjs reads a bundle as Latin-1 (a third faster than UTF-8).
      charset: 'ascii',
      external: EXTERNAL,
      alias: yamlAlias(root),
      // The sources are ES modules: give a CommonJS bundle their import.meta.
      define: {
        'import.meta.url': '__importMetaUrl',
        'import.meta.dirname': '__dirname',
        // The build's id (derived-store.ts keeps a build's derived data under it).
        CS_CLI_BUILD: JSON.stringify(String(startedAt)),
      },
      banner: {
        // The build's id first (launch.cjs keys its code cache by it), then import.meta.url.
        js: `// build ${startedAt}\n"use strict";var __importMetaUrl = require("node:url").pathToFileURL(__filename).href;`,
      },
      plugins: [holidayCountries(root)],
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
  } catch (error) {
    return { ok: false, message: describeFailure(error, root) };
  }
  mkdirSync(out, { recursive: true });
  // The bundles are CommonJS whatever the project's "type" says.
  writeAtomically(join(out, 'package.json'), '{ "type": "commonjs" }\n');
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  // Code caches and derived data of earlier builds (launch.cjs names the caches
  // NAME.js.<build>.<flags>.v8cache; derived-store.ts and scenario-store.ts their files
  // derived.<build>.<host>.json and scenario.<build>.<host>.<text>.v8).
  for (const file of readdirSync(out))
    if (
      (file.endsWith('.v8cache') || /^(derived|scenario)\./.test(file)) &&
      !file.includes(`.${startedAt}.`)
    )
      rmSync(join(out, file), { force: true });
  const outOf = (name) => join(out, `${name}.js`);
  const manifest = manifestOf(result.metafile, root, startedAt, tools, threads, outOf);
  writeAtomically(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return { ok: true, manifest };
}

/**
 * The sources a build read and their modification times (a source edited while the build ran
 * gets -1, so the next launch builds again), and which of them each tool depends on (a launch
 * stats only those: half of them for simulate). Files in node_modules are not listed one by
 * one: npm rewrites node_modules/.package-lock.json on every install, which stands for them all.
 */
function manifestOf(metafile, root, startedAt, tools, threads, outOf) {
  const always = [
    fileURLToPath(import.meta.url),
    fileURLToPath(new URL('build-holidays.mjs', import.meta.url)),
    join(root, 'package.json'),
    join(root, 'node_modules', '.package-lock.json'),
  ].map((path) => relative(root, path));
  /** An output's own sources, relative to the root, node_modules left out. */
  const inputsOf = (name) => {
    const output = Object.entries(metafile.outputs).find(
      ([path, o]) =>
        o.entryPoint !== undefined && resolve(root, path) === resolve(root, outOf(name)),
    );
    return Object.keys(output?.[1].inputs ?? {})
      .filter((input) => !input.includes(':')) // a plugin's module (build-holidays.mjs), not a file
      .map((input) => relative(root, resolve(root, input)))
      .filter((path) => !path.split(sep).includes('node_modules'));
  };
  const threadInputs = Object.keys(threads).flatMap(inputsOf);
  /** What each tool's freshness depends on: its sources, the threads' (it may start them), the build's. */
  const inputs = {};
  for (const name of Object.keys(tools))
    inputs[name] = [...new Set([...inputsOf(name), ...threadInputs, ...always])].sort();
  const sources = {};
  for (const path of [...new Set(Object.values(inputs).flat())].sort()) {
    const mtime = mtimeOf(join(root, path));
    sources[path] = mtime > startedAt ? -1 : mtime;
  }
  return { builtAt: startedAt, tools: Object.keys(tools), inputs, sources };
}

/** A file's modification time in ms, or 0 when it is absent. */
export function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Writes a file through a temporary one renamed over it (readers see old or new, whole). */
export function writeAtomically(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/** esbuild's errors as `file:line:column: error: text`, one a line, with the line quoted. */
function describeFailure(error, root) {
  const errors = Array.isArray(error?.errors) ? error.errors : [];
  if (errors.length === 0) return String(error?.message ?? error);
  return errors
    .map((e) => {
      const place = e.location
        ? `${relative(root, resolve(root, e.location.file))}:${e.location.line}:${e.location.column + 1}: `
        : '';
      const quoted = e.location?.lineText ? `\n    ${e.location.lineText.trim()}` : '';
      return `${place}error: ${e.text}${quoted}`;
    })
    .join('\n');
}

// `node src/cli/build-cli.mjs`: build, print what was built (or why not), exit 1 on failure;
// with --if-stale, only when a source changed since the last build (as launch.cjs does).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale')) {
    const { ensureBuilt } = await import('./launch.cjs');
    await ensureBuilt({ build: buildCli }); // prints and sets the exit code on failure
  } else await buildAndReport();
}

async function buildAndReport() {
  const result = await buildCli();
  if (result.ok) {
    const count = Object.keys(result.manifest.sources).length;
    process.stdout.write(`built the command line into ${OUT_DIR}/ (${count} sources)\n`);
  } else {
    process.stderr.write(`${result.message}\nthe command line could not be built.\n`);
    process.exitCode = 1;
  }
}
