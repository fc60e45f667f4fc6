/**
 * `runStudy(scenario, { runs, masterSeed, from?, to?, injects? })`: runs [from, to) of a study
 * on the fast path, single-threaded, compiling the scenario once, and streams each run's
 * metrics into the aggregate (no trace is kept). Run i uses seed `${masterSeed}:run:${i}`
 * (seeds.ts), so the aggregate of a range is the same whoever runs it; workers and shards
 * merge such aggregates. The runs have random failures only unless `injects: 'scripted'`
 * (study-injects.ts). With `followers`, each run is also measured for the studies that share
 * it (shared-runs.ts) and added into theirs.
 */
import type { Scenario } from '../../core/model.ts';
import {
  ceilingOf,
  checkEventBudget,
  DEFAULT_MAX_EVENTS,
  EventBudgetError,
} from '../../core/event-budget.ts';
import { compileScenario, type CompiledScenario } from '../../simulator/fast/compiled.ts';
import { plainRunnerOf, type PlainRunner } from '../../simulator/fast/plain/plain-run.ts';
import { runCompiled } from '../../simulator/fast/simulate-fast.ts';
import { remeasure } from './measure-only.ts';
import { checkRunRange, runSeed } from './seeds.ts';
import type { Follower } from './shared-runs.ts';
import { StudyAggregate } from './study-aggregate.ts';
import { DEFAULT_INJECTS, studyScenario, type InjectsMode } from './study-injects.ts';

export interface StudyOptions {
  /** Runs in the whole study. */
  readonly runs: number;
  readonly masterSeed: string;
  /** First run to do (default 0). */
  readonly from?: number;
  /** One past the last run to do (default `runs`). */
  readonly to?: number;
  /** Leave the scenario's scripted injects out (`'none'`, the default) or keep them. */
  readonly injects?: InjectsMode;
  /** Called every `progressEvery` runs and at the end with runs done and runs to do. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly progressEvery?: number;
  /** The event budget of each run (default DEFAULT_MAX_EVENTS): over it, the study is refused before its first run. */
  readonly maxEvents?: number;
  /**
   * Add the runs into this aggregate of the same study (a pool worker's share of it, chunk
   * after chunk) instead of a new one; it is also what runStudy returns.
   */
  readonly into?: StudyAggregate;
  /**
   * The study's scenario as `compileStudy(scenario, injects)` gives it, when the caller runs the
   * study chunk after chunk and compiled it once (a pool worker); compiled here otherwise.
   */
  readonly compiled?: CompiledScenario;
  /**
   * Studies measured from these same runs (shared-runs.ts: `followersOf`): each run, judged
   * again against a follower's objectives, is added into the follower's aggregate too. Progress
   * counts this study's runs.
   */
  readonly followers?: readonly Follower[];
}

/** The scenario a study runs, compiled: with or without its scripted injects. */
export function compileStudy(
  scenario: Scenario,
  injects: InjectsMode = DEFAULT_INJECTS,
): CompiledScenario {
  return compileScenario(studyScenario(scenario, injects));
}

export function runStudy(scenario: Scenario, options: StudyOptions): StudyAggregate {
  const { runs, masterSeed, onProgress, progressEvery = 50, injects = DEFAULT_INJECTS } = options;
  const [from, to] = checkRunRange(runs, [options.from ?? 0, options.to ?? runs]);
  const compiled = options.compiled ?? compileStudy(scenario, injects);
  const { maxEvents, followers = [] } = options;
  // The followers' estimate is this one: the estimate reads no objective.
  checkEventBudget(compiled.estimate, maxEvents);
  const study = options.into ?? StudyAggregate.empty(scenario, masterSeed, runs, injects);
  // A plain scenario's runs give the aggregate their figures only (no outages, no metrics made),
  // unless followers judge its outages again (measure-only.ts): then its metrics.
  const plain = followers.length === 0 ? plainRunnerOf(compiled) : null;
  for (let i = from; i < to; i++) {
    const seed = runSeed(masterSeed, i);
    if (plain !== null)
      study.addRunFigures(i, runFigures(plain, compiled, seed, injects, i, maxEvents));
    else {
      const metrics = runOne(compiled, seed, injects, i, maxEvents);
      study.addRun(i, metrics);
      for (const f of followers)
        f.into.addRun(
          i,
          remeasure(metrics, f.plan, compiled.services) ??
            runOne(f.compiled(), seed, injects, i, maxEvents),
        );
    }
    const done = i + 1 - from;
    if (onProgress && (done % progressEvery === 0 || i + 1 === to)) onProgress(done, to - from);
  }
  return study;
}

/** One run's figures from the plain runner: what runOne's metrics give the aggregate. */
function runFigures(
  plain: PlainRunner,
  compiled: CompiledScenario,
  seed: string,
  injects: InjectsMode,
  i: number,
  maxEvents = DEFAULT_MAX_EVENTS,
) {
  const ceiling = ceilingOf(maxEvents);
  const figures = plain.runFigures(seed, ceiling);
  if (figures !== null) return figures;
  // As runCompiled refuses a run past the ceiling, and runOne says which run it was.
  throw EventBudgetError.of('ceiling', compiled.estimate, maxEvents, ceiling).within(
    replayOf(seed, injects, i),
  );
}

function replayOf(seed: string, injects: InjectsMode, i: number): string {
  const replay = `npm run simulate -- FILE --seed ${seed}${injects === 'none' ? ' --without-injects' : ''}`;
  return `Run ${i} of the study (${replay})`;
}

/** One run's metrics; a run stopped at the event ceiling says which run it was. */
function runOne(
  compiled: CompiledScenario,
  seed: string,
  injects: InjectsMode,
  i: number,
  maxEvents?: number,
) {
  try {
    return runCompiled(compiled, seed, false, maxEvents === undefined ? {} : { maxEvents }).metrics;
  } catch (error) {
    if (!(error instanceof EventBudgetError)) throw error;
    throw error.within(replayOf(seed, injects, i));
  }
}
