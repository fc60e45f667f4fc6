/**
 * npm run montecarlo -- <scenario.yaml> [--runs N] [--seed S] [--workers N] [--json]
 *                       [--with-injects] [--shard K/N] [--out FILE] [--variant NAME | --compare]
 *                       [--max-events N]
 * Runs a Monte Carlo study on a pool of worker threads and prints per-service estimates with
 * 95 % confidence intervals (or JSON). The runs have the scenario's random failures only;
 * `--with-injects` adds its scripted injects to every run. Run i uses seed `${S}:run:${i}`; the result does not
 * depend on the number of workers. `--shard K/N` runs only the K-th of N disjoint run ranges;
 * `--out` writes the mergeable aggregate for `npm run montecarlo:merge`. Progress and ETA on
 * stderr when it is a terminal, else one final line; exit 2 for bad input. `--variant NAME`
 * studies one of the scenario's variants instead of the baseline; `--compare` studies the
 * baseline and every variant on the same seeds, together on one pool of threads, and prints
 * them side by side. `--max-events N` is the event budget of each run: a study whose runs
 * are expected to take more is refused (exit 2) before a worker starts.
 */
// First: starts the worker threads while the rest of this tool loads.
import './montecarlo-early.ts';
import { availableParallelism } from 'node:os';
// From their modules, not the index: the index brings the study file's schema (zod), which
// only --out needs (loaded then), and a plain study's start-up does without.
import { compareStudies } from '../analysis/montecarlo/compare.ts';
import { studyEstimates } from '../analysis/montecarlo/estimates.ts';
import { shardRange, type RunRange } from '../analysis/montecarlo/seeds.ts';
import { studyScenario, type InjectsMode } from '../analysis/montecarlo/study-injects.ts';
import { checkEventBudget, EventBudgetError } from '../core/event-budget.ts';
import { estimateEvents } from '../core/event-estimate.ts';
import type { Scenario } from '../core/model.ts';
import type { ResolvedVariant } from '../scenario/index.ts';
import { nodeStudyPool } from '../workers/montecarlo-node-worker.ts';
import type { StudyPool } from '../analysis/montecarlo/pool.ts';
import {
  formatComparison,
  formatMonteCarlo,
  progressLine,
  sharedLine,
  sharedTotal,
  summaryLine,
} from './format-montecarlo.ts';
import { checkOutFile, writeOutFile } from './out-file.ts';
import {
  DEFAULT_BUDGET_TEXT,
  maxEventsHelp,
  parseMaxEvents,
  withinBudget,
} from './budget-option.ts';
import { CliError, parseCommandLine, readScenarioText, runMain } from './cli-basics.ts';
import { readScenarioReusing } from './scenario-reuse.ts';

const MAX_RUNS = 1_000_000;
const USAGE = `Usage: npm run montecarlo -- <scenario.yaml|json> [--runs N] [--seed S] [--workers N] [--json]
                      [--with-injects] [--shard K/N --out FILE] [--variant NAME | --compare]
                      [--max-events N]

  --runs N          runs in the study (default 1000, at most ${MAX_RUNS.toLocaleString('en-US')})
  --seed S          master seed (default 1); run i uses the seed "S:run:i"
  --workers N       worker threads (default: one per core, here ${availableParallelism()})
  --json            print the estimates as JSON
  --with-injects    add the scenario's scripted injects to every run (default: left out,
                    the runs have random failures only)
  --shard K/N       run only the K-th (1..N) of N disjoint ranges of the runs
  --out FILE        also write the mergeable aggregate (for npm run montecarlo:merge)
  --variant N       study the scenario's variant named N instead of the baseline
  --compare         study the baseline and every variant on the same seeds, side by side
${maxEventsHelp(20, [
  `the event budget of each run (${DEFAULT_BUDGET_TEXT}): a study whose`,
  'runs are expected to take more is refused before it starts',
])}
  --help            show this help`;

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

/** The scenario's variants (the file already passed its check, so it parses). */
async function variantsOf(path: string): Promise<ResolvedVariant[]> {
  // The schemas load only when variants are asked for (a plain study's start-up does without).
  const { parseScenario } = await import('../scenario/index.ts');
  const result = parseScenario(readScenarioText(path), path);
  return result.ok ? result.variants : [];
}

function pick(variants: readonly ResolvedVariant[], name: string, path: string): Scenario {
  const found = variants.find((v) => v.name === name);
  if (found !== undefined) return found.scenario;
  const names = variants.map((v) => v.name).join(', ');
  throw new CliError(
    variants.length === 0
      ? `${path} has no variants, so there is no variant "${name}".`
      : `${path} has no variant "${name}"; its variants are: ${names}.`,
  );
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
      variant: { type: 'string' },
      compare: { type: 'boolean', default: false },
      'with-injects': { type: 'boolean', default: false },
      'max-events': { type: 'string' },
    },
    USAGE,
  );
  if (!args) return;
  const { values } = args;
  const maxEvents = parseMaxEvents(values['max-events'], USAGE);
  const runs = wholeNumber(values.runs, '--runs', 1, MAX_RUNS);
  const injects: InjectsMode = values['with-injects'] ? 'scripted' : 'none';
  const workers = wholeNumber(values.workers, '--workers', 1, 256);
  const range = values.shard === undefined ? undefined : parseShard(values.shard, runs);
  if (range && values.out === undefined)
    throw new CliError(`--shard needs --out FILE to write the shard's aggregate.\n\n${USAGE}`);
  if (values.compare && (values.variant !== undefined || range || values.out !== undefined))
    throw new CliError(
      `--compare cannot be combined with --variant, --shard or --out.\n\n${USAGE}`,
    );
  if (values.out !== undefined) checkOutFile(values.out);
  // The threads start now and load their code while this thread reads the scenario.
  const starting = nodeStudyPool({ workers, mainThreadWorks: true }).then(
    (pool) => (pool.warm(), pool),
  );
  try {
    await study(args.file, values, { runs, injects, workers, maxEvents, range }, starting);
  } finally {
    (await starting.catch(() => null))?.terminate();
  }
});

interface StudySettings {
  readonly runs: number;
  readonly injects: InjectsMode;
  readonly workers: number;
  readonly maxEvents: number;
  readonly range: RunRange | undefined;
}

/** Reads the scenario and runs the study (or the comparison) on the pool, and prints it. */
async function study(
  file: string,
  values: {
    readonly seed: string;
    readonly json: boolean;
    readonly out: string | undefined;
    readonly variant: string | undefined;
    readonly compare: boolean;
  },
  { runs, injects, workers, maxEvents, range }: StudySettings,
  starting: Promise<StudyPool>,
): Promise<void> {
  const baseline = await readScenarioReusing(file); // from the build's store when read before
  const variants = values.variant !== undefined || values.compare ? await variantsOf(file) : [];
  if (values.compare && variants.length === 0)
    throw new CliError(`${file} has no variants to compare; add variants: [...] to it.`);
  const scenario = values.variant === undefined ? baseline : pick(variants, values.variant, file);

  const tty = process.stderr.isTTY === true;
  /**
   * Runs the studies together on one pool (they share its threads, started once) with a
   * progress bar across all of them, and a line for each as it completes. A study's time is
   * from the previous study's completion (or the start) to its own.
   */
  const studies = async (jobs: readonly { scenario: Scenario; label: string }[]) => {
    refuseOverBudget(file, jobs, injects, maxEvents);
    const started = performance.now();
    let shown = '';
    let last = started;
    const label = jobs.length === 1 ? jobs[0]!.label : `${jobs.length} studies: `;
    const pool = await starting;
    const asked = jobs.map((j) => ({
      scenario: j.scenario,
      runs,
      masterSeed: values.seed,
      injects,
      maxEvents,
      ...(range && { range }),
    }));
    // A study measured on another's runs (the pool says whose) completes with it: no time of its own.
    const measuredOn: (number | null)[] = jobs.map(() => null);
    const aggregates = await withinBudget(file, () =>
      pool.run(asked, {
        onJobDone: (k, aggregate, on) => {
          const now = performance.now();
          measuredOn[k] = on;
          const line =
            on === null
              ? `${jobs[k]!.label}${summaryLine(aggregate.runs, now - last, workers)}`
              : `${jobs[k]!.label}${sharedLine(aggregate.runs, jobs[on]!.label)}`;
          if (on === null) last = now;
          process.stderr.write(`${tty ? '\r\x1b[K' : ''}${line}\n`);
          shown = '';
        },
        ...(tty && {
          onProgress: (done: number, total: number) => {
            const line = `${label}${progressLine(done, total, performance.now() - started)}`;
            if (line !== shown) process.stderr.write(`\r${(shown = line)}\x1b[K`);
          },
        }),
      }),
    );
    if (tty) process.stderr.write('\r\x1b[K');
    if (jobs.length > 1) {
      const simulated = aggregates.reduce(
        (n, a, k) => (measuredOn[k] === null ? n + a.runs : n),
        0,
      );
      const shared = aggregates.reduce((n, a, k) => (measuredOn[k] === null ? n : n + a.runs), 0);
      process.stderr.write(
        `all: ${summaryLine(simulated, performance.now() - started, workers)}${shared > 0 ? `; ${sharedTotal(shared)}` : ''}\n`,
      );
    }
    return aggregates;
  };

  if (values.compare) {
    const [base, ...others] = await studies([
      { scenario: baseline, label: 'baseline: ' },
      ...variants.map((v) => ({ scenario: v.scenario, label: `${v.name}: ` })),
    ]);
    const compared = variants.map((v, k) => ({
      name: v.name,
      description: v.description,
      comparison: compareStudies(base!, others[k]!),
    }));
    const currencies = new Map(baseline.services.map((s) => [s.id, s.impact.currency]));
    const json = {
      scenario: baseline.name,
      runs,
      masterSeed: values.seed,
      injects,
      variants: compared,
    };
    process.stdout.write(
      values.json
        ? `${JSON.stringify(json, null, 2)}\n`
        : `${formatComparison(baseline.name, runs, values.seed, injects, compared, currencies)}\n`,
    );
    return;
  }
  const [aggregate] = await studies([{ scenario, label: '' }]);
  const failed =
    values.out === undefined
      ? null
      : writeOutFile(
          values.out,
          (await import('../analysis/montecarlo/study-file.ts')).studyFileText(aggregate!),
        );
  if (values.out !== undefined && !failed) process.stderr.write(`wrote ${values.out}\n`);
  const estimates = studyEstimates(aggregate!);
  process.stdout.write(
    values.json ? `${JSON.stringify(estimates, null, 2)}\n` : `${formatMonteCarlo(estimates)}\n`,
  );
  if (failed) throw failed;
}

/**
 * Each study's runs against the event budget, before a worker starts: a refusal names the file
 * and, among several studies, the one refused.
 */
function refuseOverBudget(
  file: string,
  jobs: readonly { scenario: Scenario; label: string }[],
  injects: InjectsMode,
  maxEvents: number,
): void {
  for (const job of jobs)
    try {
      checkEventBudget(estimateEvents(studyScenario(job.scenario, injects)), maxEvents);
    } catch (error) {
      if (!(error instanceof EventBudgetError)) throw error;
      const study = job.label.replace(/: $/, '');
      const refused = jobs.length > 1 ? error.within(`Each run of ${study}`) : error;
      throw new CliError(
        `${file}: ${refused.withRaise((n) => `Or pass --max-events ${n} to raise the budget.`)}`,
      );
    }
}
