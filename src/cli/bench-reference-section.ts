/**
 * The bench's reference section (issue 17): the reference model run by the bare loop
 * (bench-reference.ts) and by the fast path as a Monte Carlo study runs it (`runStudy`: compiled
 * once, run after run, each run's metrics measured into the aggregate). Both count the model's
 * events the same way: failures, repairs and window boundaries per simulated year (the fast
 * path's from traced replays of its first runs, which are the same runs). Target: the fast path
 * within 2x of the bare loop.
 *
 * The two are timed in a process of their own (the `bench-reference` tool, spawned by
 * `benchReference`), in alternating batches: run after the bench's other sections in their
 * process, the fast path's figure swung from 72 to 118 µs a run between bench runs (their heap,
 * their garbage and their type feedback in code the fast path shares; and V8's shapes of the
 * outages, which depended on the outages the process made first: core/outage.ts), while a
 * fresh process gave 57-66. The ratio is by CPU: this thread's (the loops' own work) and the whole process's
 * (adding the garbage collector's helper threads, which only the fast path keeps busy: the
 * stricter one, and the one the target is read by); wall time is printed beside them, but on a
 * shared machine it counts the waits for a core.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runSeed } from '../analysis/montecarlo/seeds.ts';
import { compileStudy, runStudy } from '../analysis/montecarlo/run-study.ts';
import type { Scenario } from '../core/model.ts';
import { parseScenario } from '../scenario/index.ts';
import { compileScenario } from '../simulator/fast/compiled.ts';
import { plainModelOf } from '../simulator/fast/plain/plain-model.ts';
import { runCompiled, simulateFast } from '../simulator/fast/simulate-fast.ts';
import { StudyAggregate } from '../analysis/montecarlo/study-aggregate.ts';
import { integer as f } from '../analysis/figure-text.ts';
import {
  alternate,
  medianRatio,
  repeat,
  totals,
  type Batch,
  type Clock,
} from './bench-alternating.ts';
import { analyticLineAvailability, bareReferenceRuns, LINES } from './bench-reference.ts';
import { threadClockExact } from './bench-thread-clock.ts';

export const REFERENCE_MODEL = 'test/bench/reference-model.yaml';

export function referenceScenario(): Scenario {
  const r = parseScenario(readFileSync(REFERENCE_MODEL, 'utf8'), REFERENCE_MODEL);
  if (!r.ok) throw new Error(`${REFERENCE_MODEL} does not parse`);
  return r.scenario;
}

/** Failures, repairs and window boundaries in the fast path's run with this seed (from its trace). */
export function fastModelEvents(scenario: Scenario, seed: string): number {
  const { trace } = simulateFast(scenario, seed, { trace: true });
  let events = 0;
  for (const e of trace!.events)
    if (e.type === 'component' && (e.to === 'failed' || e.from === 'recovering')) events++;
  return events + windowBoundaries(scenario);
}

/** Openings and closings of agreed hours before the horizon (every line has the same: counted once). */
function windowBoundaries(scenario: Scenario): number {
  const agreed = compileScenario(scenario).services[0]?.agreed ?? [];
  let n = 0;
  for (const w of agreed)
    n += (w.start < scenario.horizon ? 1 : 0) + (w.end < scenario.horizon ? 1 : 0);
  return n;
}

/**
 * The bench's section: the `bench-reference` tool in a fresh process (the launcher this bench
 * was started by, so a stale build is rebuilt first), its output printed as it comes.
 */
export function benchReference(): void {
  const launcher = fileURLToPath(new URL('../../src/cli/launch.cjs', import.meta.url));
  const child = spawnSync(process.execPath, [...process.execArgv, launcher, 'bench-reference'], {
    stdio: 'inherit',
  });
  if (child.status !== 0)
    console.log(`Reference model: the bench-reference tool failed (exit ${child.status})`);
}

const MASTER = 'reference';
/** Each side's wall time (s) in the alternation, at least. */
const MIN_SECONDS = 2;

/** What the `bench-reference` tool prints: the comparison, timed in this process. */
export function printReferenceSection(): void {
  const scenario = referenceScenario();
  const compiled = compileStudy(scenario);
  // Warm-up of both, then alternating batches of ~50-100 ms each.
  bareReferenceRuns(2000, 1);
  runStudy(scenario, { runs: 1000, masterSeed: 'warmup', compiled });
  let bareFailures = 0;
  let bareRepairs = 0;
  let bareBoundaries = 0;
  let bareRuns = 0;
  let bareMean = 0;
  const study = StudyAggregate.empty(scenario, MASTER, 1e9, 'none');
  const [bareBatches, fastBatches] = alternate(
    {
      batchRuns: 2000,
      batch: (from, n) => {
        const r = bareReferenceRuns(n, from / n + 1);
        bareFailures += r.failures;
        bareRepairs += r.repairs;
        bareBoundaries += r.boundaries;
        bareRuns += r.runs;
        for (let l = 0; l < LINES; l++) bareMean += r.availabilitySum[l]! / LINES;
      },
    },
    {
      batchRuns: 1000,
      batch: (from, n) =>
        void runStudy(scenario, {
          runs: 1e9,
          masterSeed: MASTER,
          from,
          to: from + n,
          compiled,
          into: study,
        }),
    },
    MIN_SECONDS,
  );
  // After the comparison: its runs leave their type feedback in code the plain runner shares.
  const generalBatches = generalStudy(scenario, compiled);
  const runner = plainModelOf(compiled) === null ? 'general loop' : 'plain runner';
  const SAMPLE = 100;
  let fastEvents = 0;
  for (let i = 0; i < SAMPLE; i++) fastEvents += fastModelEvents(scenario, runSeed(MASTER, i));
  const bareEvents = (bareFailures + bareRepairs + bareBoundaries) / bareRuns;
  const fastPerRun = fastEvents / SAMPLE;
  const bare = totals(bareBatches);
  const fast = totals(fastBatches);
  const us = (t: Batch, clock: Clock) => ((t[clock] / t.runs) * 1e6).toFixed(1);
  const row = (t: Batch, events: number): string =>
    `${f(t.runs / t.wall)} runs/s, ${f((t.runs * events) / t.wall)} model events/s; per run ` +
    `${us(t, 'wall')} µs wall, ${us(t, 'thread')} µs CPU of its thread, ${us(t, 'process')} µs CPU of the process (${f(t.runs)} runs)`;
  // Per model event: the runs' costs over their events (the two count nearly the same per run).
  const ratio = (clock: Clock): number =>
    (medianRatio(bareBatches, fastBatches, clock) * bareEvents) / fastPerRun;
  const byProcess = ratio('process');
  const thread = threadClockExact ? 'its thread' : 'its thread (unreadable here: the process)';
  console.log(
    [
      'Reference model (20 components, five lines of 2-of-2 in series with 1-of-2, MTBF 2,000 h, 4 h repair, weekday 09:00-16:00, one year)',
      `  timed in a process of its own, ${bareBatches.length} alternating rounds of 2,000 bare and 1,000 fast runs`,
      `  model events per run (failures, repairs, window boundaries): bare ${bareEvents.toFixed(1)}, fast ${fastPerRun.toFixed(1)}`,
      `  bare typed-array loop:  ${row(bare, bareEvents)}`,
      `  fast path (runStudy, measured, ${runner}):  ${row(fast, fastPerRun)}`,
      `  the same with the general loop forced (after):  ${row(totals(generalBatches), fastPerRun)}`,
      `  ratio fast / bare per model event, median of the rounds: ${byProcess.toFixed(2)}x by CPU of the process, ${ratio('thread').toFixed(2)}x by CPU of ${thread}, ${ratio('wall').toFixed(2)}x by wall (target <= 2x by CPU: ${byProcess <= 2 ? 'met' : 'missed'})`,
      `  line availability in windows: bare ${(bareMean / bareRuns).toFixed(5)}, fast ${fastAvailability(study).toFixed(5)}, analytic ${analyticLineAvailability().toFixed(5)}`,
    ].join('\n'),
  );
}

/** The mean line availability in windows over the study's runs (every line alike). */
function fastAvailability(study: StudyAggregate): number {
  let sum = 0;
  for (const s of study.services) sum += 1 - s.measures.unavailability.moments.mean();
  return sum / study.services.length;
}

/** runStudy's work (seed, run, measure into the aggregate) with the general loop forced, in batches for a second. */
function generalStudy(scenario: Scenario, compiled: ReturnType<typeof compileStudy>): Batch[] {
  const run = (study: StudyAggregate, from: number, n: number): void => {
    for (let i = from; i < from + n; i++)
      study.addRun(i, runCompiled(compiled, runSeed(MASTER, i), false, { general: true }).metrics);
  };
  run(StudyAggregate.empty(scenario, MASTER, 1e9, 'none'), 0, 500);
  const study = StudyAggregate.empty(scenario, MASTER, 1e9, 'none');
  const side = { batchRuns: 500, batch: (from: number, n: number) => run(study, from, n) };
  return repeat(side, 1);
}
