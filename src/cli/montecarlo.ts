/**
 * npm run montecarlo -- <scenario.yaml> [--runs N] [--seed S] [--workers N] [--json]
 *                       [--shard K/N] [--out FILE]
 * Runs a Monte Carlo study on a pool of worker threads and prints per-service estimates with
 * 95 % confidence intervals (or JSON). Run i uses seed `${S}:run:${i}`; the result does not
 * depend on the number of workers. `--shard K/N` runs only the K-th of N disjoint run ranges;
 * `--out` writes the mergeable aggregate for `npm run montecarlo:merge`. Progress and ETA on
 * stderr when it is a terminal, else one final line; exit 2 for bad input.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { shardRange, studyEstimates, type RunRange } from '../analysis/montecarlo/index.ts';
import { runPool } from '../workers/montecarlo-node-worker.ts';
import { formatMonteCarlo, progressLine, summaryLine } from './format-montecarlo.ts';
import { CliError, parseCommandLine, readScenario, runMain } from './read-scenario.ts';

const MAX_RUNS = 1_000_000;
const USAGE = `Usage: npm run montecarlo -- <scenario.yaml|json> [--runs N] [--seed S] [--workers N] [--json]
                      [--shard K/N --out FILE]

  --runs N      runs in the study (default 1000, at most ${MAX_RUNS.toLocaleString('en-US')})
  --seed S      master seed (default 1); run i uses the seed "S:run:i"
  --workers N   worker threads (default: one per core, here ${availableParallelism()})
  --json        print the estimates as JSON
  --shard K/N   run only the K-th (1..N) of N disjoint ranges of the runs
  --out FILE    also write the mergeable aggregate (for npm run montecarlo:merge)
  --help        show this help`;

function wholeNumber(text: string, flag: string, min: number, max = Infinity): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max)
    throw new CliError(
      `${flag} takes a whole number from ${min}${max < Infinity ? ` to ${max}` : ''}, not "${text}".\n\n${USAGE}`,
    );
  return n;
}

function parseShard(text: string, runs: number): RunRange {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || n < 1 || k < 1 || k > n)
    throw new CliError(
      `--shard takes K/N with 1 ≤ K ≤ N (e.g. --shard 1/4), not "${text}".\n\n${USAGE}`,
    );
  return shardRange(k, n, runs);
}

runMain(async () => {
  const args = parseCommandLine(
    {
      runs: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      workers: { type: 'string', default: String(availableParallelism()) },
      json: { type: 'boolean', default: false },
      shard: { type: 'string' },
      out: { type: 'string' },
    },
    USAGE,
  );
  if (!args) return;
  const { values } = args;
  const runs = wholeNumber(values.runs, '--runs', 1, MAX_RUNS);
  const workers = wholeNumber(values.workers, '--workers', 1, 256);
  const range = values.shard === undefined ? undefined : parseShard(values.shard, runs);
  if (range && values.out === undefined)
    throw new CliError(`--shard needs --out FILE to write the shard's aggregate.\n\n${USAGE}`);
  const scenario = readScenario(args.file);

  const tty = process.stderr.isTTY === true;
  const started = performance.now();
  let shown = '';
  const aggregate = await runPool({
    scenario,
    runs,
    masterSeed: values.seed,
    workers,
    ...(range ? { range } : {}),
    ...(tty
      ? {
          onProgress: (done: number, total: number) => {
            const line = progressLine(done, total, performance.now() - started);
            if (line !== shown) process.stderr.write(`\r${(shown = line)}\x1b[K`);
          },
        }
      : {}),
  });
  if (tty) process.stderr.write('\r\x1b[K');
  process.stderr.write(`${summaryLine(aggregate.runs, performance.now() - started, workers)}\n`);
  if (values.out !== undefined) {
    writeFileSync(values.out, `${JSON.stringify(aggregate)}\n`);
    process.stderr.write(`wrote ${values.out}\n`);
  }
  const estimates = studyEstimates(aggregate);
  process.stdout.write(
    values.json ? `${JSON.stringify(estimates, null, 2)}\n` : `${formatMonteCarlo(estimates)}\n`,
  );
});
