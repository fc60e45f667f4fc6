/**
 * The Monte Carlo section of `npm run bench`: 10,000-run studies of the reference model
 * (test/bench/reference-model.yaml) and of the generated 50-component year, in this thread (one
 * worker) and on 2 worker threads, warm (threads started and warmed up) and cold (start-up
 * included); the speed-up of two threads over one, how busy each thread was (a thread that
 * waits for the pool is idle), and whether the aggregates are byte-identical. Targets: 2
 * threads >= 1.8x one; the 50-component year in <= 1.5 s on 2 warm threads.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { StudyJob } from '../analysis/montecarlo/study-job.ts';
import type { StudyAggregate } from '../analysis/montecarlo/study-aggregate.ts';
import type { Scenario } from '../core/model.ts';
import { integer as f } from '../analysis/figure-text.ts';
import { measureAsync } from './bench-clock.ts';
import { referenceScenario } from './bench-reference-section.ts';
import { syntheticScenario } from '../core/synthetic.ts';
import { days } from '../core/time.ts';
import { compileScenario } from '../simulator/fast/compiled.ts';
import { runCompiled } from '../simulator/fast/simulate-fast.ts';
import {
  nodeStudyPool,
  prepareThreads,
  type NodeStudyPool,
} from '../workers/montecarlo-node-worker.ts';

const RUNS = 10_000;
/** Timed studies of each kind; the best is shown (the least disturbed on a shared machine). */
const REPEATS = 3;
const SPEED_UP_TARGET = 1.8;
const GENERATED_TARGET_S = 1.5;

interface Timing {
  readonly aggregate: StudyAggregate;
  readonly seconds: number;
  /** CPU seconds of the whole process, every thread. */
  readonly cpu: number;
  /** Each thread's share of the study's time spent running (not waiting for the pool). */
  readonly busy: number[];
}

const pct = (x: number): string => `${Math.round(x * 100)} %`;

async function timed(pool: NodeStudyPool, job: StudyJob): Promise<Timing> {
  const before = pool.eventLoops();
  const { value, wall: seconds, cpu } = await measureAsync(() => pool.run([job]));
  const busy = pool
    .eventLoops()
    .map((now, k) =>
      before[k] ? performance.eventLoopUtilization(now, before[k]).utilization : now.utilization,
    );
  return { aggregate: value[0]!, seconds, cpu, busy };
}

/** The best of `REPEATS` studies on the pool (warmed up first with a 2,000-run study). */
async function best(pool: NodeStudyPool, job: StudyJob): Promise<Timing> {
  await pool.run([{ ...job, runs: 2000, masterSeed: 'warm-up' }]);
  const timings: Timing[] = [];
  for (let i = 0; i < REPEATS; i++) timings.push(await timed(pool, job));
  return timings.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

async function benchModel(label: string, scenario: Scenario, target?: number): Promise<string[]> {
  const job: StudyJob = { scenario, runs: RUNS, masterSeed: 'bench' };
  const compiled = compileScenario(scenario);
  let events = 0;
  for (let i = 0; i < 200; i++)
    events += runCompiled(compiled, `bench:run:${i}`, false).engineEvents;
  const eventsPerRun = events / 200;

  const cold = await nodeStudyPool({ workers: 2 });
  let coldTiming: Timing;
  try {
    coldTiming = await timed(cold, job); // fresh threads: start-up and warm-up included
  } finally {
    cold.terminate();
  }
  const one = await nodeStudyPool({ workers: 1 });
  const two = await nodeStudyPool({ workers: 2 });
  let oneTiming: Timing;
  let twoTiming: Timing;
  try {
    oneTiming = await best(one, job);
    twoTiming = await best(two, job);
  } finally {
    one.terminate();
    two.terminate();
  }
  const figures = (t: Timing): string =>
    `${t.seconds.toFixed(2)} s, ${f(RUNS / t.seconds)} runs/s, ~${f((RUNS * eventsPerRun) / t.seconds)} engine events/s (CPU ${t.cpu.toFixed(2)} s)`;
  const speedUp = oneTiming.seconds / twoTiming.seconds;
  // What two free cores would give: both threads' CPU in half the time, scaled by the least
  // busy thread (a loaded machine hides the wall-clock speed-up, not this).
  const expected = ((2 * oneTiming.cpu) / twoTiming.cpu) * Math.min(...twoTiming.busy);
  const same = [coldTiming, twoTiming].every(
    (t) => JSON.stringify(t.aggregate) === JSON.stringify(oneTiming.aggregate),
  );
  const lines = [
    `  ${label} (~${f(eventsPerRun)} engine events per run):`,
    `    1 worker, this thread:           ${figures(oneTiming)}`,
    `    2 threads, warm:                 ${figures(twoTiming)}; threads busy ${twoTiming.busy.map(pct).join(' and ')} of it`,
    `    2 threads, cold (start-up in):   ${figures(coldTiming)}`,
    `    speed-up of 2 threads over 1: ${speedUp.toFixed(2)}x warm (target >= ${SPEED_UP_TARGET}x: ${speedUp >= SPEED_UP_TARGET ? 'met' : 'MISSED'}), ${(oneTiming.seconds / coldTiming.seconds).toFixed(2)}x cold`,
    `    on two free cores (2 x CPU of one / CPU of two x the least busy thread's share): ~${expected.toFixed(2)}x`,
    `    aggregates identical on 1 worker, 2 threads warm and cold: ${same ? 'yes' : 'NO'}`,
  ];
  if (target !== undefined)
    lines.push(
      `    ${f(RUNS)} runs on 2 warm threads: ${twoTiming.seconds.toFixed(2)} s (target <= ${target} s: ${twoTiming.seconds <= target ? 'met' : 'MISSED'})`,
    );
  return lines;
}

export async function benchMonteCarlo(): Promise<void> {
  const [bundleS] = await (async () => {
    const t0 = performance.now();
    await prepareThreads();
    return [(performance.now() - t0) / 1000];
  })();
  const lines = [
    `Monte Carlo on worker threads: ${f(RUNS)}-run studies, best of ${REPEATS} (load average ${loadavg()[0]!.toFixed(1)} on entry)`,
    ...(await benchModel('Reference model, 20 components', referenceScenario())),
    ...(await benchModel(
      'Generated 50-component year',
      { ...syntheticScenario({ components: 50 }), horizon: days(365) },
      GENERATED_TARGET_S,
    )),
    `  preparing the thread's code (once per process; bundling under tsx): ${f(bundleS * 1000)} ms, in no figure above`,
    `  (CPU seconds are the whole process's, every thread: CPU near wall x threads means the cores were ours;`,
    `   a thread busy near 100 % never waited for the pool, so on two free cores the speed-up is near 2x)`,
    `  load average on exit ${loadavg()[0]!.toFixed(1)}`,
  ];
  console.log(lines.join('\n'));
}
