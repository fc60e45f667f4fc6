/**
 * The bench's reference section (issue 17): the reference model run by the bare loop
 * (bench-reference.ts) and, in the same process, by the fast path as a Monte Carlo study runs
 * it (`runStudy`: compiled once, run after run, each run's metrics measured into the aggregate).
 * Both count the model's events the same way: failures, repairs and window boundaries per
 * simulated year (the fast path's from traced replays of its first runs, which are the same
 * runs). Prints runs/s, model events/s, CPU per run and the ratio; target: the fast path
 * within 2x of the bare loop.
 */
import { readFileSync } from 'node:fs';
import { runSeed } from '../analysis/montecarlo/seeds.ts';
import { runStudy } from '../analysis/montecarlo/run-study.ts';
import type { Scenario } from '../core/model.ts';
import { parseScenario } from '../scenario/index.ts';
import { compileScenario } from '../simulator/fast/compiled.ts';
import { plainModelOf } from '../simulator/fast/plain/plain-model.ts';
import { runCompiled, simulateFast } from '../simulator/fast/simulate-fast.ts';
import { StudyAggregate } from '../analysis/montecarlo/study-aggregate.ts';
import { integer as f } from '../analysis/figure-text.ts';
import { measure } from './bench-clock.ts';
import { analyticLineAvailability, bareReferenceRuns, LINES } from './bench-reference.ts';

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

interface Timed {
  readonly runs: number;
  readonly wall: number;
  readonly cpu: number;
}

/** Calls `batch(n)` on batches of `n` runs until at least `minMs` of wall time has passed. */
function timed(batch: (from: number, n: number) => void, n: number, minMs: number): Timed {
  const t0 = performance.now();
  const {
    value: runs,
    wall,
    cpu,
  } = measure(() => {
    let done = 0;
    while (performance.now() - t0 < minMs) {
      batch(done, n);
      done += n;
    }
    return done;
  });
  return { runs, wall, cpu };
}

/** runStudy's work (seed, run, measure into the aggregate) with the general loop forced. */
function generalStudy(scenario: Scenario, masterSeed: string, from: number, n: number): void {
  const compiled = compileScenario(scenario);
  const study = StudyAggregate.empty(scenario, masterSeed, from + n, 'none');
  for (let i = from; i < from + n; i++)
    study.addRun(
      i,
      runCompiled(compiled, runSeed(masterSeed, i), false, { general: true }).metrics,
    );
}

export function benchReference(): void {
  const scenario = referenceScenario();
  const MASTER = 'reference';
  // Warm-up of both, then each timed for at least 2 s.
  bareReferenceRuns(2000, 1);
  runStudy(scenario, { runs: 1000, masterSeed: 'warmup' });
  let bare = bareReferenceRuns(0, 0);
  const bareTime = timed(
    (from, n) => {
      bare = bareReferenceRuns(n, from + 1);
    },
    2000,
    2000,
  );
  const fastTime = timed(
    (from, n) => void runStudy(scenario, { runs: from + n, masterSeed: MASTER, from }),
    1000,
    2000,
  );
  generalStudy(scenario, 'warmup', 0, 1000);
  const generalTime = timed((from, n) => generalStudy(scenario, MASTER, from, n), 1000, 2000);
  const runner = plainModelOf(compileScenario(scenario)) === null ? 'general loop' : 'plain runner';
  const SAMPLE = 100;
  let fastEvents = 0;
  for (let i = 0; i < SAMPLE; i++) fastEvents += fastModelEvents(scenario, runSeed(MASTER, i));
  const bareEvents = (bare.failures + bare.repairs + bare.boundaries) / bare.runs;
  const fastPerRun = fastEvents / SAMPLE;
  const row = (t: Timed, events: number): string =>
    `${f(t.runs / t.wall)} runs/s, ${f((t.runs * events) / t.wall)} model events/s, ` +
    `${((t.cpu / t.runs) * 1e6).toFixed(1)} µs CPU per run (${f(t.runs)} runs, ${t.wall.toFixed(2)} s wall, ${t.cpu.toFixed(2)} s CPU)`;
  const byWall =
    (bareTime.runs * bareEvents) / bareTime.wall / ((fastTime.runs * fastPerRun) / fastTime.wall);
  const byCpu =
    (bareTime.runs * bareEvents) / bareTime.cpu / ((fastTime.runs * fastPerRun) / fastTime.cpu);
  let mean = 0;
  for (let l = 0; l < LINES; l++) mean += bare.availabilitySum[l]! / bare.runs / LINES;
  console.log(
    [
      'Reference model (20 components, five lines of 2-of-2 in series with 1-of-2, MTBF 2,000 h, 4 h repair, weekday 09:00-16:00, one year)',
      `  model events per run (failures, repairs, window boundaries): bare ${bareEvents.toFixed(1)}, fast ${fastPerRun.toFixed(1)}`,
      `  bare typed-array loop:           ${row(bareTime, bareEvents)}`,
      `  fast path (runStudy, measured, ${runner}):  ${row(fastTime, fastPerRun)}`,
      `  the same with the general loop forced:  ${row(generalTime, fastPerRun)}`,
      `  ratio bare / fast, model events/s: ${byWall.toFixed(2)}x by wall, ${byCpu.toFixed(2)}x by CPU (target <= 2x: ${byCpu <= 2 ? 'met' : 'missed'})`,
      `  line availability in windows: bare ${mean.toFixed(5)} (last batch), analytic ${analyticLineAvailability().toFixed(5)}`,
    ].join('\n'),
  );
}
