/**
 * Runs one study per scenario, single-threaded, on the same master seed (common random
 * numbers: run i of every study draws from seed `${masterSeed}:run:${i}`, so differences
 * between the studies come from the scenarios, not from luck), all with the same injects
 * (random failures only unless `injects: 'scripted'`). Scenarios that differ only in a
 * service's RTO, RPO or MTPD share their runs (shared-runs.ts): each is simulated once and
 * measured per study, with the same aggregates as studies run one by one. The browser runs the
 * same scenarios on its worker pool instead.
 */
import type { Scenario } from '../../core/model.ts';
import { compileStudy, runStudy } from '../montecarlo/run-study.ts';
import { followersOf, shareRuns } from '../montecarlo/shared-runs.ts';
import { StudyAggregate } from '../montecarlo/study-aggregate.ts';
import { DEFAULT_INJECTS, type InjectsMode } from '../montecarlo/study-injects.ts';

export interface SensitivityRunOptions {
  /** Runs in each study. */
  readonly runs: number;
  readonly masterSeed: string;
  /** Leave the scenarios' scripted injects out (`'none'`, the default) or keep them. */
  readonly injects?: InjectsMode;
  /** Called as the studies progress with runs done and runs to do, over all the studies. */
  readonly onProgress?: (done: number, total: number) => void;
}

export function runStudies(
  scenarios: readonly Scenario[],
  { runs, masterSeed, injects = DEFAULT_INJECTS, onProgress }: SensitivityRunOptions,
): StudyAggregate[] {
  const total = runs * scenarios.length;
  const { lead, followers } = shareRuns(
    scenarios.map((scenario) => ({ scenario, runs, masterSeed, injects })),
  );
  const results: StudyAggregate[] = [];
  let before = 0;
  scenarios.forEach((scenario, k) => {
    if (lead[k] !== k) return; // measured from its lead's runs
    const also = followers[k]!;
    const studies = 1 + also.length;
    const progress = onProgress && {
      onProgress: (done: number) => onProgress(before + done * studies, total),
    };
    const measured = also.map((j) => {
      const s = scenarios[j]!;
      const aggregate = (results[j] = StudyAggregate.empty(s, masterSeed, runs, injects));
      return { into: aggregate, scenario: s, compile: () => compileStudy(s, injects) };
    });
    results[k] = runStudy(scenario, {
      runs,
      masterSeed,
      injects,
      ...progress,
      followers: followersOf(scenario, measured),
    });
    before += runs * studies;
  });
  return results;
}
