/**
 * The aggregate of a study, or of any part of it (a chunk, a worker's share, a shard file):
 * which scenario (by fingerprint), which master seed, how many runs the whole study plans,
 * whether its runs have the scenario's scripted injects (study-injects.ts), which run ranges
 * this part covers, and one ServiceAggregate per service. Parts merge only when they come from
 * the same scenario, seed, plan and injects and cover disjoint runs; the ranges are
 * kept sorted and joined, so a merge's JSON is the same in any order and equals the JSON of
 * one run of all.
 */
import { fingerprint } from '../../core/fingerprint.ts';
import type { Scenario } from '../../core/model.ts';
import type { ServiceMetrics } from '../../core/metrics.ts';
import {
  ServiceAggregate,
  type RunFigures,
  type ServiceAggregateJson,
  type ServiceIdentity,
} from './aggregate.ts';
import { formatRange, unionRanges, type RunRange } from './seeds.ts';
import { describeInjects, isInjectsMode, type InjectsMode } from './study-injects.ts';

/**
 * Version 3 files carry a content digest (study-file.ts); version 2 (the same fields, no
 * digest) is still read, with a warning; version 2 recorded `injects` (version 1's studies had
 * the scripted injects in every run).
 */
export const FORMAT = 'continuity-montecarlo/3';
export const FORMAT_WITHOUT_DIGEST = 'continuity-montecarlo/2';
export const FORMAT_BEFORE_INJECTS = 'continuity-montecarlo/1';

export interface StudyHeader {
  /** The scenario's name, for people; `fingerprint` identifies it. */
  readonly scenario: string;
  readonly fingerprint: string;
  readonly masterSeed: string;
  /** Runs in the whole study (all shards). */
  readonly plannedRuns: number;
  /** Random failures only, or with the scenario's scripted injects in every run. */
  readonly injects: InjectsMode;
}

export interface StudyJson extends StudyHeader {
  readonly format: typeof FORMAT;
  readonly ranges: RunRange[];
  readonly services: ServiceAggregateJson[];
}

/** Parts that cannot be merged (different studies, or runs counted twice). */
export class MergeError extends Error {}

/** What every part of a study says alike: its header and its services. */
export interface StudyIdentity {
  readonly header: StudyHeader;
  readonly services: readonly ServiceIdentity[];
}

/** The identity of a study of `scenario` (the fingerprint is of it as given). */
export function studyIdentity(
  scenario: Scenario,
  masterSeed: string,
  plannedRuns: number,
  injects: InjectsMode,
): StudyIdentity {
  return {
    header: {
      scenario: scenario.name,
      fingerprint: fingerprint(scenario),
      masterSeed,
      plannedRuns,
      injects,
    },
    services: scenario.services.map((s) => ({
      service: s.id,
      name: s.name,
      target: s.objectives.availability,
      currency: s.impact.currency,
    })),
  };
}

export class StudyAggregate {
  constructor(
    readonly header: StudyHeader,
    public ranges: RunRange[],
    readonly services: ServiceAggregate[],
  ) {}

  /** An empty aggregate of a study of `scenario` (the fingerprint is of it as given). */
  static empty(
    scenario: Scenario,
    masterSeed: string,
    plannedRuns: number,
    injects: InjectsMode,
  ): StudyAggregate {
    return StudyAggregate.ofIdentity(studyIdentity(scenario, masterSeed, plannedRuns, injects));
  }

  /** An empty aggregate of the study with this identity. */
  static ofIdentity({ header, services }: StudyIdentity): StudyAggregate {
    return new StudyAggregate(
      header,
      [],
      services.map((s) => new ServiceAggregate(s)),
    );
  }

  /**
   * The first part of a study as its aggregate: what `ofIdentity(identity).merge(part)` gives,
   * the same checks, the same JSON, without making an empty aggregate (six histograms of 8,194
   * bins a service) to add the part into. Throws a MergeError naming what differs.
   */
  static adopt(identity: StudyIdentity, part: StudyAggregate): StudyAggregate {
    const problem = mismatch(
      identity,
      part.header,
      part.services.map((s) => s.identity),
    );
    if (problem !== null) throw new MergeError(problem);
    return new StudyAggregate(identity.header, part.ranges, part.services);
  }

  /** Runs covered. */
  get runs(): number {
    return this.ranges.reduce((n, [a, b]) => n + b - a, 0);
  }

  /** Adds run `index` (its metrics, one per service in scenario order). */
  addRun(index: number, metrics: readonly ServiceMetrics[]): void {
    this.#cover(index);
    metrics.forEach((m, k) => this.services[k]!.addRun(m, index));
  }

  /** Adds run `index` by its figures (one per service in scenario order): what addRun adds. */
  addRunFigures(index: number, figures: readonly RunFigures[]): void {
    this.#cover(index);
    for (let k = 0; k < figures.length; k++) this.services[k]!.addFigures(figures[k]!, index);
  }

  #cover(index: number): void {
    const last = this.ranges[this.ranges.length - 1];
    if (last && last[1] === index) this.ranges[this.ranges.length - 1] = [last[0], index + 1];
    else this.ranges = unionRanges([...this.ranges, [index, index + 1]]);
  }

  /** Adds another part of the same study; throws a MergeError naming what differs. */
  merge(other: StudyAggregate): void {
    const problem = mismatch(
      { header: this.header, services: this.services.map((s) => s.identity) },
      other.header,
      other.services.map((s) => s.identity),
    );
    if (problem !== null) throw new MergeError(problem);
    try {
      this.ranges = unionRanges([...this.ranges, ...other.ranges]);
    } catch (error) {
      throw new MergeError((error as Error).message);
    }
    this.services.forEach((s, k) => s.merge(other.services[k]!));
  }

  /** Ranges of the planned runs not covered yet. */
  missing(): RunRange[] {
    const gaps: RunRange[] = [];
    let next = 0;
    for (const [a, b] of this.ranges) {
      if (a > next) gaps.push([next, a]);
      next = b;
    }
    if (next < this.header.plannedRuns) gaps.push([next, this.header.plannedRuns]);
    return gaps;
  }

  toJSON(): StudyJson {
    return {
      format: FORMAT,
      ...this.header,
      ranges: this.ranges.map(([a, b]) => [a, b]),
      services: this.services.map((s) => s.toJSON()),
    };
  }

  /** fromJSON's checks of a part's header, ranges and (with `check`) services: packed-study.ts. */
  static checkPart(
    json: StudyJson,
    check: (service: StudyJson['services'][number]) => void,
  ): { header: StudyHeader; ranges: RunRange[] } {
    return checkPart(json, check);
  }

  static fromJSON(json: StudyJson): StudyAggregate {
    const services: ServiceAggregate[] = [];
    const { header, ranges } = checkPart(
      json,
      (s) => void services.push(ServiceAggregate.fromJSON(s)),
    );
    return new StudyAggregate(header, ranges, services);
  }
}

/**
 * A part's header and ranges, after fromJSON's checks in its order: its format and settings, its
 * ranges, each service (`check` throws on one that is not valid), then each service's runs.
 */
function checkPart(
  json: StudyJson,
  check: (service: StudyJson['services'][number]) => void,
): { header: StudyHeader; ranges: RunRange[] } {
  const format = String(json.format);
  if (format === FORMAT_BEFORE_INJECTS)
    throw new MergeError(
      `an aggregate from an earlier version (${format}), whose runs all had the scenario's scripted injects; run the study again`,
    );
  if (format !== FORMAT) throw new MergeError(`not a Monte Carlo aggregate (format ${format})`);
  const { scenario, fingerprint: fp, masterSeed, plannedRuns, injects } = json;
  if (!isInjectsMode(injects))
    throw new MergeError(`injects must be 'none' or 'scripted', not ${JSON.stringify(injects)}`);
  const ranges = unionRanges(json.ranges);
  const runs = ranges.reduce((n, [a, b]) => n + b - a, 0);
  for (const s of json.services) check(s);
  for (const s of json.services)
    if (s.counts.runs !== runs)
      throw new MergeError(
        `service ${s.service} counts ${s.counts.runs} runs but the ranges cover ${runs}`,
      );
  return { header: { scenario, fingerprint: fp, masterSeed, plannedRuns, injects }, ranges };
}

/** Why a part cannot be merged into an aggregate of this identity, or null when it can. */
function mismatch(
  { header: a, services }: StudyIdentity,
  b: StudyHeader,
  theirs: readonly ServiceIdentity[],
): string | null {
  if (a.fingerprint !== b.fingerprint)
    return `different scenarios: "${a.scenario}" (${a.fingerprint}) and "${b.scenario}" (${b.fingerprint})`;
  if (a.masterSeed !== b.masterSeed)
    return `different master seeds: "${a.masterSeed}" and "${b.masterSeed}"`;
  if (a.plannedRuns !== b.plannedRuns)
    return `different studies: one plans ${a.plannedRuns} runs, the other ${b.plannedRuns}`;
  if (a.injects !== b.injects)
    return `different settings: one has ${describeInjects(a.injects)}, the other ${describeInjects(b.injects)}`;
  return differentServices(services, theirs);
}

/** What differs between the services of two parts of a study, or null when nothing does. */
function differentServices(
  a: readonly ServiceIdentity[],
  b: readonly ServiceIdentity[],
): string | null {
  const ids = (list: readonly ServiceIdentity[]): string =>
    list.length === 0 ? 'none' : list.map((s) => s.service).join(', ');
  if (ids(a) !== ids(b)) return `different services: one has ${ids(a)}, the other ${ids(b)}`;
  for (const [k, x] of a.entries()) {
    const y = b[k]!;
    for (const field of ['name', 'target', 'currency'] as const)
      if (x[field] !== y[field])
        return `service ${x.service} differs: ${field} ${JSON.stringify(x[field])} in one, ${JSON.stringify(y[field])} in the other`;
  }
  return null;
}

export const describeRanges = (ranges: readonly RunRange[]): string =>
  ranges.length === 0 ? 'none' : ranges.map(formatRange).join(', ');
