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
  // contentKey's replacer costs ~1 ms a scenario (the bank); plain JSON, ~0.1 ms, cannot tell
  // Infinity, NaN, -0 or undefined apart but is the same for two scenarios of the same content,
  // so only scenarios whose plain JSON another one shares are keyed exactly (a tornado: the
  // baseline and the few variants that round back to it, not all 75).
  const plain = new Map<Scenario, string>();
  const plainOf = (s: Scenario): string => {
    let text = plain.get(s);
    if (text === undefined) plain.set(s, (text = JSON.stringify(s) ?? ''));
    return text;
  };
  const sharers = new Map<string, Set<Scenario>>();
  for (const { scenario } of asked) {
    const text = plainOf(scenario);
    let set = sharers.get(text);
    if (set === undefined) sharers.set(text, (set = new Set()));
    set.add(scenario);
  }
  // A scenario object is written out once, however many studies share it.
  const scenarioKeys = new Map<Scenario, string>();
  const scenarioKey = (s: Scenario): string => {
    let key = scenarioKeys.get(s);
    if (key === undefined) {
      const text = plainOf(s);
      // Alone with its plain JSON: no other scenario can have its content.
      key = sharers.get(text)!.size === 1 ? `plain:${text}` : `exact:${contentKey(s)}`;
      scenarioKeys.set(s, key);
    }
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
