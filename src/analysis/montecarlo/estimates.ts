/**
 * What a study says about each service, each with its 95 % confidence interval: mean
 * availability in agreed hours (normal approximation), the probabilities of meeting the
 * target, of any RTO, MTPD or RPO breach and of a plan slower than the RTO in a run
 * (Wilson), expected and 95th-percentile
 * cost, and the distributions of downtime in agreed hours, outages and the longest outage.
 */
import type { ServiceAggregate } from './aggregate.ts';
import {
  meanInterval,
  quantileInterval,
  wilsonInterval,
  type Estimate,
  type QuantileEstimate,
} from './confidence.ts';
import { distribution, type Distribution } from './distribution.ts';
import type { Measure } from './measure.ts';
import { describeRanges, type StudyAggregate } from './study-aggregate.ts';
import type { InjectsMode } from './study-injects.ts';

export interface MeasureSummary {
  readonly mean: Estimate;
  readonly p50: QuantileEstimate;
  readonly p95: QuantileEstimate;
  readonly min: number;
  readonly max: number;
}

export interface ServiceEstimates {
  readonly service: string;
  readonly name: string;
  readonly target: number;
  readonly currency: string;
  readonly runs: number;
  /** Mean availability in agreed hours over the runs that have agreed hours. */
  readonly availability: Estimate;
  /** 5th percentile of availability (the bad years), from the unavailability sketch. */
  readonly availabilityP5: QuantileEstimate;
  readonly targetMet: Estimate;
  readonly rtoBreach: Estimate;
  /** Some outage's plan was slower than the RTO, in agreed hours or not (see COUNTS). */
  readonly planSlowerThanRto: Estimate;
  readonly mtpdBreach: Estimate;
  readonly rpoBreach: Estimate;
  readonly cost: MeasureSummary;
  readonly downtimeMinutes: MeasureSummary;
  readonly degradedMinutes: MeasureSummary;
  readonly outages: MeasureSummary;
  readonly longestOutageMinutes: MeasureSummary;
  readonly downtimeDistribution: Distribution;
  /** Of 1 − availability in agreed hours (see complementBars for availability itself). */
  readonly unavailabilityDistribution: Distribution;
  readonly costDistribution: Distribution;
}

export interface StudyEstimates {
  readonly scenario: string;
  readonly fingerprint: string;
  readonly masterSeed: string;
  readonly plannedRuns: number;
  /** Random failures only, or with the scenario's scripted injects in every run. */
  readonly injects: InjectsMode;
  readonly runs: number;
  /** Runs covered, e.g. `0-9999`. */
  readonly covered: string;
  readonly missing: string;
  readonly services: readonly ServiceEstimates[];
}

/**
 * The mean's interval, cut at 0: every measure is ≥ 0 (downtime, cost, 1 − availability), so
 * its mean is too, although the normal interval of a few small values spreads below 0 (and an
 * availability interval above 100 %).
 */
function nonNegativeMean(m: Measure): Estimate {
  const e = meanInterval(m.moments);
  return e.low < 0 ? { ...e, low: 0 } : e;
}

function summary(m: Measure): MeasureSummary {
  return {
    mean: nonNegativeMean(m),
    p50: quantileInterval(m.histogram, 0.5),
    p95: quantileInterval(m.histogram, 0.95),
    min: m.moments.minValue(),
    max: m.moments.maxValue(),
  };
}

const complement = (e: Estimate): Estimate => ({
  value: 1 - e.value,
  low: 1 - e.high,
  high: 1 - e.low,
});

export function serviceEstimates(s: ServiceAggregate): ServiceEstimates {
  const { counts: c, measures: x } = s;
  const p95Unavailable = quantileInterval(x.unavailability.histogram, 0.95);
  return {
    ...s.identity,
    runs: c.runs,
    availability: complement(nonNegativeMean(x.unavailability)),
    availabilityP5: {
      ...complement(p95Unavailable),
      binLow: 1 - p95Unavailable.binHigh,
      binHigh: 1 - p95Unavailable.binLow,
    },
    targetMet: wilsonInterval(c.targetMet, c.runs),
    rtoBreach: wilsonInterval(c.rtoBreached, c.runs),
    planSlowerThanRto: wilsonInterval(c.planSlowerThanRto, c.runs),
    mtpdBreach: wilsonInterval(c.mtpdBreached, c.runs),
    rpoBreach: wilsonInterval(c.rpoBreached, c.runs),
    cost: summary(x.cost),
    downtimeMinutes: summary(x.downtimeMinutes),
    degradedMinutes: summary(x.degradedMinutes),
    outages: summary(x.outages),
    longestOutageMinutes: summary(x.longestOutageMinutes),
    downtimeDistribution: distribution(x.downtimeMinutes.histogram),
    unavailabilityDistribution: distribution(x.unavailability.histogram),
    costDistribution: distribution(x.cost.histogram),
  };
}

export function studyEstimates(study: StudyAggregate): StudyEstimates {
  return {
    ...study.header,
    runs: study.runs,
    covered: describeRanges(study.ranges),
    missing: describeRanges(study.missing()),
    services: study.services.map(serviceEstimates),
  };
}
