/**
 * Change impact: a variant's study against the baseline's, run on the same seeds (common
 * random numbers: run i of both uses the seed `S:run:i`). For each service and metric, the
 * difference variant − baseline with a 95 % interval and whether it is significant:
 *
 * - probabilities (target met, RTO/MTPD/RPO breach, plan slower than RTO): Newcombe's hybrid score interval from
 *   the two Wilson intervals, and the pooled two-proportion z test for significance;
 * - means (availability, cost, downtime, ...): a Welch-style normal interval
 *   d ± z·√(s₁²/n₁ + s₂²/n₂).
 *
 * Both treat the two studies as independent. The aggregates keep no per-run pairs, so the
 * paired (CRN) variance is not available; with common random numbers the runs are positively
 * correlated, the true variance of the difference is smaller, and these intervals are wider
 * than a paired one: conservative (a difference called significant here is significant).
 */
import type { ServiceAggregate } from './aggregate.ts';
import { meanInterval, wilsonInterval, Z95 } from './confidence.ts';
import type { Moments } from './moments.ts';
import type { StudyAggregate } from './study-aggregate.ts';
import { describeInjects, type InjectsMode } from './study-injects.ts';

export const PROPORTIONS = [
  'targetMet',
  'rtoBreach',
  'planSlowerThanRto',
  'mtpdBreach',
  'rpoBreach',
] as const;
export const MEANS = [
  'availability',
  'cost',
  'downtimeMinutes',
  'degradedMinutes',
  'outages',
  'longestOutageMinutes',
] as const;
export type MetricName = (typeof PROPORTIONS)[number] | (typeof MEANS)[number];
export type ObjectiveName = 'availability' | 'rto' | 'mtpd' | 'rpo';

export interface MetricDelta {
  readonly metric: MetricName;
  readonly kind: 'proportion' | 'mean';
  readonly baseline: number;
  readonly variant: number;
  /** variant − baseline, with its 95 % interval. */
  readonly delta: number;
  readonly low: number;
  readonly high: number;
  readonly significant: boolean;
}

export interface ServiceComparison {
  readonly service: string;
  readonly name: string;
  readonly metrics: readonly MetricDelta[];
  /** Objectives kept in at least `level` of the variant's runs but not of the baseline's. */
  readonly newlyMet: readonly ObjectiveName[];
  /** Objectives kept in at least `level` of the baseline's runs but not of the variant's. */
  readonly newlyBreached: readonly ObjectiveName[];
}

export interface StudyComparison {
  readonly baseline: string;
  readonly variant: string;
  readonly masterSeed: string;
  readonly runs: number;
  /** Whether both studies' runs had the scenarios' scripted injects. */
  readonly injects: InjectsMode;
  /** Share of runs that must keep an objective for it to count as met. */
  readonly level: number;
  readonly services: readonly ServiceComparison[];
}

/** Pooled two-proportion z test and Newcombe's interval for k2/n2 − k1/n1. */
export function proportionDelta(k1: number, n1: number, k2: number, n2: number) {
  const a = wilsonInterval(k1, n1);
  const b = wilsonInterval(k2, n2);
  const delta = b.value - a.value;
  const low = delta - Math.hypot(b.value - b.low, a.high - a.value);
  const high = delta + Math.hypot(b.high - b.value, a.value - a.low);
  const pooled = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const significant = se > 0 && Math.abs(delta) / se > Z95;
  return { baseline: a.value, variant: b.value, delta, low, high, significant };
}

/** Welch-style normal interval for mean2 − mean1 (a constant pair differs when it differs). */
export function meanDelta(m1: Moments, m2: Moments) {
  const a = meanInterval(m1);
  const b = meanInterval(m2);
  const delta = b.value - a.value;
  const v = (m: Moments) => (m.n > 1 ? Math.max(0, m.variance()) / m.n : 0);
  const half = Z95 * Math.sqrt(v(m1) + v(m2));
  const significant = half > 0 ? Math.abs(delta) > half : delta !== 0 && !Number.isNaN(delta);
  return {
    baseline: a.value,
    variant: b.value,
    delta,
    low: delta - half,
    high: delta + half,
    significant,
  };
}

const COUNT_OF = {
  targetMet: 'targetMet',
  rtoBreach: 'rtoBreached',
  planSlowerThanRto: 'planSlowerThanRto',
  mtpdBreach: 'mtpdBreached',
  rpoBreach: 'rpoBreached',
} as const;

function metrics(a: ServiceAggregate, b: ServiceAggregate): MetricDelta[] {
  const out: MetricDelta[] = [];
  for (const metric of PROPORTIONS) {
    const k = COUNT_OF[metric];
    const d = proportionDelta(a.counts[k], a.counts.runs, b.counts[k], b.counts.runs);
    out.push({ metric, kind: 'proportion', ...d });
  }
  for (const metric of MEANS) {
    const m = metric === 'availability' ? 'unavailability' : metric;
    const d = meanDelta(a.measures[m].moments, b.measures[m].moments);
    // Availability is 1 − unavailability: the difference changes sign, the interval flips.
    out.push(
      metric === 'availability'
        ? {
            metric,
            kind: 'mean',
            baseline: 1 - d.baseline,
            variant: 1 - d.variant,
            delta: 0 - d.delta,
            low: 0 - d.high,
            high: 0 - d.low,
            significant: d.significant,
          }
        : { metric, kind: 'mean', ...d },
    );
  }
  return out;
}

/** Share of runs keeping each objective. */
function kept(s: ServiceAggregate): Record<ObjectiveName, number> {
  const { runs, targetMet, rtoBreached, mtpdBreached, rpoBreached } = s.counts;
  const share = (k: number) => (runs === 0 ? NaN : k / runs);
  return {
    availability: share(targetMet),
    rto: share(runs - rtoBreached),
    mtpd: share(runs - mtpdBreached),
    rpo: share(runs - rpoBreached),
  };
}

/**
 * Compares two studies of the same seeds and runs. Throws a RangeError when the master seeds,
 * the runs or the injects differ (the comparison would not be on common random numbers, or
 * not like with like). An objective
 * counts as met when at least `level` (default 0.5: most) of the runs keep it.
 */
export function compareStudies(
  baseline: StudyAggregate,
  variant: StudyAggregate,
  level = 0.5,
): StudyComparison {
  const a = baseline.header;
  const b = variant.header;
  if (a.masterSeed !== b.masterSeed)
    throw new RangeError(`different master seeds: "${a.masterSeed}" and "${b.masterSeed}"`);
  if (JSON.stringify(baseline.ranges) !== JSON.stringify(variant.ranges))
    throw new RangeError('the two studies cover different runs; run both on the same runs');
  if (a.injects !== b.injects)
    throw new RangeError(
      `one study has ${describeInjects(a.injects)}, the other ${describeInjects(b.injects)}`,
    );
  const services: ServiceComparison[] = [];
  for (const s of baseline.services) {
    const v = variant.services.find((x) => x.identity.service === s.identity.service);
    if (v === undefined) continue;
    const before = kept(s);
    const after = kept(v);
    const objectives = Object.keys(before) as ObjectiveName[];
    services.push({
      service: s.identity.service,
      name: s.identity.name,
      metrics: metrics(s, v),
      newlyMet: objectives.filter((o) => before[o] < level && after[o] >= level),
      newlyBreached: objectives.filter((o) => before[o] >= level && after[o] < level),
    });
  }
  return {
    baseline: a.scenario,
    variant: b.scenario,
    masterSeed: a.masterSeed,
    runs: baseline.runs,
    injects: a.injects,
    level,
    services,
  };
}
