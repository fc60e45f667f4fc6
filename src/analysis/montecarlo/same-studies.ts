/**
 * Studies asked for twice in one set: the same scenario (by content: what core/content-key.ts
 * tells apart stays apart), runs, master seed, range, injects and event budget give the same
 * aggregate, run for run, so the pool runs them once and gives the others a copy. A tornado
 * asks for the baseline again when a parameter rounds back to its current value (a team of one
 * person halved is still one person: the bank's tornado has two such studies of 75).
 */
import { contentKey } from '../../core/content-key.ts';
import type { RunOptions } from './pool-batch.ts';
import { sameContent, simulationText } from './scenario-equality.ts';
import type { RunRange } from './seeds.ts';
import { StudyAggregate } from './study-aggregate.ts';
import type { StudyJob } from './study-job.ts';
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

const copy = (aggregate: StudyAggregate): StudyAggregate =>
  StudyAggregate.fromJSON(aggregate.toJSON());

/**
 * Runs each of the distinct studies once with `run` (given the first ask's range of each); a
 * study asked for again gets a copy of its aggregate, and completes (`onJobDone`) with it,
 * measured on the study first asked for.
 */
export async function runEachOnce(
  { jobs, of, first }: DistinctStudies,
  ranges: readonly RunRange[],
  options: RunOptions,
  run: (
    jobs: readonly StudyJob[],
    ranges: readonly RunRange[],
    options: RunOptions,
  ) => Promise<StudyAggregate[]>,
): Promise<StudyAggregate[]> {
  const results: StudyAggregate[] = [];
  const { onJobDone } = options;
  const done = (k: number, aggregate: StudyAggregate, measuredOn: number | null): void => {
    for (let i = 0; i < of.length; i++)
      if (of[i] === k) {
        const result = i === first[k] ? aggregate : copy(aggregate);
        results[i] = result;
        const on = i !== first[k] ? first[k]! : measuredOn === null ? null : first[measuredOn]!;
        onJobDone?.(i, result, on);
      }
  };
  const once = await run(
    jobs,
    first.map((i) => ranges[i]!),
    { ...options, onJobDone: done },
  );
  // Studies with no runs to do complete without onJobDone.
  return of.map((k, i) => results[i] ?? (i === first[k] ? once[k]! : copy(once[k]!)));
}
