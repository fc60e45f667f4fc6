/**
 * The mergeable aggregate of one service over many runs: counts of runs meeting or breaching
 * each objective and, for each per-run quantity, exact fixed-point moments and a log-binned
 * histogram (see measure.ts). No run's trace or metrics are kept, so the aggregate's size does
 * not depend on the number of runs; `merge` adds integers only, so it is exact, associative
 * and commutative, and the JSON of a merge does not depend on the order of the parts.
 */
import type { ServiceMetrics } from '../../core/metrics.ts';
import { Measure, type MeasureJson } from './measure.ts';

/** Fixed-point units per 1 of each measure (see moments.ts). */
export const SCALES = {
  /** 1 − availability: the share of agreed hours down (runs with agreed hours only). */
  unavailability: 1e12,
  downtimeMinutes: 1e6,
  degradedMinutes: 1e6,
  cost: 1e4,
  outages: 1,
  longestOutageMinutes: 1e6,
} as const;

export type MeasureName = keyof typeof SCALES;
export const MEASURES = Object.keys(SCALES) as MeasureName[];

/**
 * Runs counted: all, meeting the target, with an RTO, MTPD or RPO breach, and with some
 * outage whose plan was slower than the RTO (restored after disruption + RTO, in or out of
 * agreed hours: every RTO breach, and the overruns with no business impact).
 */
export const COUNTS = [
  'runs',
  'targetMet',
  'rtoBreached',
  'planSlowerThanRto',
  'mtpdBreached',
  'rpoBreached',
] as const;
export type CountName = (typeof COUNTS)[number];

export interface ServiceAggregateJson {
  readonly service: string;
  readonly name: string;
  readonly target: number;
  readonly currency: string;
  readonly counts: Readonly<Record<CountName, number>>;
  readonly measures: Readonly<Record<MeasureName, MeasureJson>>;
}

/** What addRun reads of a run's ServiceMetrics, besides its outages. */
type RunFiguresOfMetrics = Pick<
  ServiceMetrics,
  | 'targetMet'
  | 'rtoBreaches'
  | 'mtpdBreaches'
  | 'rpoMet'
  | 'availabilityInAgreedHours'
  | 'agreedHoursMinutes'
  | 'downtimeInAgreedHoursMinutes'
  | 'degradedInAgreedHoursMinutes'
  | 'cost'
>;

/**
 * What the aggregate reads of a service's run: its ServiceMetrics' figures and, of its
 * outages, their number, the longest (minutes, 0 without any) and whether some plan was
 * slower than the RTO. A study's fast runs give it without making the outages
 * (simulator/fast/sink-figures.ts SinkFigures).
 */
export interface RunFigures extends RunFiguresOfMetrics {
  readonly outageCount: number;
  readonly longestOutageMinutes: number;
  readonly planSlowerThanRto: boolean;
}

export interface ServiceIdentity {
  readonly service: string;
  readonly name: string;
  readonly target: number;
  readonly currency: string;
}

export class ServiceAggregate {
  readonly counts: Record<CountName, number>;
  readonly measures: Record<MeasureName, Measure>;

  constructor(
    readonly identity: ServiceIdentity,
    counts?: Record<CountName, number>,
    measures?: Record<MeasureName, Measure>,
  ) {
    this.counts = counts ?? {
      runs: 0,
      targetMet: 0,
      rtoBreached: 0,
      planSlowerThanRto: 0,
      mtpdBreached: 0,
      rpoBreached: 0,
    };
    this.measures =
      measures ??
      (Object.fromEntries(MEASURES.map((k) => [k, new Measure(SCALES[k])])) as Record<
        MeasureName,
        Measure
      >);
  }

  /** Adds the metrics of this service in run `run` (its index in the study). */
  addRun(m: ServiceMetrics, run?: number): void {
    // One pass over the outages, no callback (a run of the reference model has ~9 a service).
    const { outages } = m;
    let slower = false;
    let longest = 0;
    for (let k = 0; k < outages.length; k++) {
      const o = outages[k]!;
      if (o.planSlowerThanRto) slower = true;
      if (o.durationMinutes > longest) longest = o.durationMinutes;
    }
    this.#add(m, outages.length, longest, slower, run);
  }

  /** Adds this service's figures of run `run`: what addRun adds of the run's metrics. */
  addFigures(f: RunFigures, run?: number): void {
    this.#add(f, f.outageCount, f.longestOutageMinutes, f.planSlowerThanRto, run);
  }

  #add(m: RunFiguresOfMetrics, outages: number, longest: number, slower: boolean, run?: number) {
    const c = this.counts;
    c.runs += 1;
    if (m.targetMet) c.targetMet += 1;
    if (m.rtoBreaches > 0) c.rtoBreached += 1;
    if (slower) c.planSlowerThanRto += 1;
    if (m.mtpdBreaches > 0) c.mtpdBreached += 1;
    if (!m.rpoMet) c.rpoBreached += 1;
    const x = this.measures;
    // The share of agreed hours down, from the minutes themselves: not 1 − availability,
    // which a report may round (to 6 decimals, a 30 s outage in a year counts 5 % too much).
    if (m.availabilityInAgreedHours !== null && m.agreedHoursMinutes > 0)
      x.unavailability.add(m.downtimeInAgreedHoursMinutes / m.agreedHoursMinutes, run);
    x.downtimeMinutes.add(m.downtimeInAgreedHoursMinutes, run);
    x.degradedMinutes.add(m.degradedInAgreedHoursMinutes, run);
    x.cost.add(m.cost, run);
    x.outages.add(outages, run);
    x.longestOutageMinutes.add(longest, run);
  }

  merge(other: ServiceAggregate): void {
    if (other.identity.service !== this.identity.service)
      throw new TypeError(
        `cannot merge service ${other.identity.service} into ${this.identity.service}`,
      );
    for (const k of COUNTS) this.counts[k] += other.counts[k];
    for (const k of MEASURES) this.measures[k].merge(other.measures[k]);
  }

  toJSON(): ServiceAggregateJson {
    return {
      ...this.identity,
      counts: { ...this.counts },
      measures: Object.fromEntries(MEASURES.map((k) => [k, this.measures[k].toJSON()])) as Record<
        MeasureName,
        MeasureJson
      >,
    };
  }

  static fromJSON(json: ServiceAggregateJson): ServiceAggregate {
    const { service, name, target, currency } = json;
    const counts = countsOf(json);
    const measures = Object.fromEntries(
      MEASURES.map((k) => [k, Measure.fromJSON(measureOf(json, k), SCALES[k])]),
    ) as Record<MeasureName, Measure>;
    return new ServiceAggregate({ service, name, target, currency }, counts, measures);
  }
}

function countsOf(json: ServiceAggregateJson): Record<CountName, number> {
  return Object.fromEntries(
    COUNTS.map((k) => {
      const v = json.counts[k];
      if (!Number.isInteger(v) || v < 0)
        throw new TypeError(`service ${json.service}: count ${k} is missing or not a whole number`);
      return [k, v];
    }),
  ) as Record<CountName, number>;
}

function measureOf(json: ServiceAggregateJson, k: MeasureName): MeasureJson {
  const m = json.measures[k];
  if (!m) throw new TypeError(`service ${json.service}: measure ${k} is missing`);
  return m;
}
