/**
 * Studies asked for twice in one set: the same scenario (by content: what core/content-key.ts
 * tells apart stays apart), runs, master seed, range, injects and event budget give the same
 * aggregate, run for run, so the pool runs them once. A tornado asks for the baseline again when a parameter rounds back
 * to its current value (a team of one person halved is still one person: the bank's tornado
 * has two such studies of 75).
 */
import { contentKey } from '../../core/content-key.ts';
import { sameContent, simulationText } from './scenario-equality.ts';
import { DEFAULT_INJECTS } from './study-injects.ts';
import type { StudyJob } from './study-job.ts';

export interface DistinctStudies {
  /** Each study once, in the order first asked for. */
  readonly jobs: readonly StudyJob[];
  /** For each study asked for, its index in `jobs`. */
  readonly of: readonly number[];
  /** For each of `jobs`, the index of the study asked for first. */
  readonly first: readonly number[];
}

export function distinctStudies(asked: readonly StudyJob[]): DistinctStudies {
  // One JSON a scenario (~0.2 ms the bank), the one shared-runs.ts buckets by too: plain JSON
  // cannot tell Infinity, NaN, -0 or undefined apart, so it only finds the candidates, and
  // sameContent decides (at once for a tornado's variants: they share all but what they change).
  const buckets = new Map<string, number[]>();
  const jobs: StudyJob[] = [];
  const first: number[] = [];
  const of = asked.map((job, i) => {
    const { runs, masterSeed, range = [0, runs], injects = DEFAULT_INJECTS, maxEvents } = job;
    const key = `${contentKey([runs, masterSeed, range, injects, maxEvents ?? null])}${simulationText(job.scenario)}`;
    let bucket = buckets.get(key);
    if (bucket === undefined) buckets.set(key, (bucket = []));
    let k = bucket.find((b) => sameContent(jobs[b]!.scenario, job.scenario));
    if (k === undefined) {
      bucket.push((k = jobs.length));
      jobs.push(job);
      first.push(i);
    }
    return k;
  });
  return { jobs, of, first };
}
