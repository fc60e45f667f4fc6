/**
 * Studies asked for twice in one set: the same scenario (by content, core/content-key.ts),
 * runs, master seed, range, injects and event budget give the same aggregate, run for run, so
 * the pool runs them once. A tornado asks for the baseline again when a parameter rounds back
 * to its current value (a team of one person halved is still one person: the bank's tornado
 * has two such studies of 75).
 */
import { contentKey } from '../../core/content-key.ts';
import type { Scenario } from '../../core/model.ts';
import type { StudyJob } from './pool.ts';
import { DEFAULT_INJECTS } from './study-injects.ts';

export interface DistinctStudies {
  /** Each study once, in the order first asked for. */
  readonly jobs: readonly StudyJob[];
  /** For each study asked for, its index in `jobs`. */
  readonly of: readonly number[];
  /** For each of `jobs`, the index of the study asked for first. */
  readonly first: readonly number[];
}

export function distinctStudies(asked: readonly StudyJob[]): DistinctStudies {
  // A scenario object is written out once, however many studies share it.
  const scenarioKeys = new Map<Scenario, string>();
  const scenarioKey = (s: Scenario): string => {
    let key = scenarioKeys.get(s);
    if (key === undefined) scenarioKeys.set(s, (key = contentKey(s)));
    return key;
  };
  const index = new Map<string, number>();
  const jobs: StudyJob[] = [];
  const first: number[] = [];
  const of = asked.map((job, i) => {
    const { runs, masterSeed, range = [0, runs], injects = DEFAULT_INJECTS, maxEvents } = job;
    const key = contentKey([runs, masterSeed, range, injects, maxEvents ?? null]);
    const full = `${key}${scenarioKey(job.scenario)}`;
    let k = index.get(full);
    if (k === undefined) {
      index.set(full, (k = jobs.length));
      jobs.push(job);
      first.push(i);
    }
    return k;
  });
  return { jobs, of, first };
}
