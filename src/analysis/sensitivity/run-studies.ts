/**
 * Runs one study per scenario, single-threaded, on the same master seed (common random
 * numbers: run i of every study draws from seed `${masterSeed}:run:${i}`, so differences
 * between the studies come from the scenarios, not from luck), all with the same injects
 * (random failures only unless `injects: 'scripted'`). The browser runs the same scenarios
 * on its worker pool instead.
 */
import type { Scenario } from '../../core/model.ts';
import { runStudy } from '../montecarlo/run-study.ts';
import type { StudyAggregate } from '../montecarlo/study-aggregate.ts';
import type { InjectsMode } from '../montecarlo/study-injects.ts';

export interface SensitivityRunOptions {
  /** Runs in each study. */
  readonly runs: number;
  readonly masterSeed: string;
  /** Leave the scenarios' scripted injects out (`'none'`, the default) or keep them. */
  readonly injects?: InjectsMode;
  /** Called after each study's progress with runs done and runs to do, over all the studies. */
  readonly onProgress?: (done: number, total: number) => void;
}

export function runStudies(
  scenarios: readonly Scenario[],
  { runs, masterSeed, injects, onProgress }: SensitivityRunOptions,
): StudyAggregate[] {
  const total = runs * scenarios.length;
  return scenarios.map((scenario, k) =>
    runStudy(scenario, {
      runs,
      masterSeed,
      ...(injects && { injects }),
      ...(onProgress && { onProgress: (done: number) => onProgress(k * runs + done, total) }),
    }),
  );
}
