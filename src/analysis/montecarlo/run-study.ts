/**
 * `runStudy(scenario, { runs, masterSeed, from?, to? })`: runs [from, to) of a study on the
 * fast path, single-threaded, compiling the scenario once, and streams each run's metrics into
 * the aggregate (no trace is kept). Run i uses seed `${masterSeed}:run:${i}` (seeds.ts), so the
 * aggregate of a range is the same whoever runs it; workers and shards merge such aggregates.
 */
import type { Scenario } from '../../core/model.ts';
import { compileScenario } from '../../simulator/fast/compiled.ts';
import { runCompiled } from '../../simulator/fast/simulate-fast.ts';
import { runSeed } from './seeds.ts';
import { StudyAggregate } from './study-aggregate.ts';

export interface StudyOptions {
  /** Runs in the whole study. */
  readonly runs: number;
  readonly masterSeed: string;
  /** First run to do (default 0). */
  readonly from?: number;
  /** One past the last run to do (default `runs`). */
  readonly to?: number;
  /** Called every `progressEvery` runs and at the end with runs done and runs to do. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly progressEvery?: number;
}

export function runStudy(scenario: Scenario, options: StudyOptions): StudyAggregate {
  const { runs, masterSeed, onProgress, progressEvery = 50 } = options;
  const from = options.from ?? 0;
  const to = options.to ?? runs;
  if (!Number.isInteger(runs) || runs < 0) throw new RangeError(`runs must be a whole number ≥ 0`);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > runs || from > to)
    throw new RangeError(`the range [${from}, ${to}) is not inside [0, ${runs})`);
  const compiled = compileScenario(scenario);
  const study = StudyAggregate.empty(scenario, masterSeed, runs);
  for (let i = from; i < to; i++) {
    study.addRun(i, runCompiled(compiled, runSeed(masterSeed, i), false).metrics);
    const done = i + 1 - from;
    if (onProgress && (done % progressEvery === 0 || i + 1 === to)) onProgress(done, to - from);
  }
  return study;
}
