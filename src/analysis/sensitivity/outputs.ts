/**
 * What a sensitivity analysis measures for a service in each study: the probability of meeting
 * the availability target, mean availability in agreed hours, the probability of an RTO
 * breach and the expected cost, each an estimate with its 95 % interval.
 */
import type { Estimate } from '../montecarlo/confidence.ts';
import { serviceEstimates, type ServiceEstimates } from '../montecarlo/estimates.ts';
import type { StudyAggregate } from '../montecarlo/study-aggregate.ts';

export type Metric = 'targetMet' | 'availability' | 'rtoBreach' | 'cost';

export const METRICS: readonly Metric[] = ['targetMet', 'availability', 'rtoBreach', 'cost'];

/** The estimates for service `serviceId` in a study; throws a RangeError when it has none. */
export function serviceOutputs(study: StudyAggregate, serviceId: string): ServiceEstimates {
  const s = study.services.find((x) => x.identity.service === serviceId);
  if (!s) throw new RangeError(`the study has no service '${serviceId}'`);
  return serviceEstimates(s);
}

/** One metric of a service's estimates (cost: the mean cost per run). */
export const metricOf = (e: ServiceEstimates, metric: Metric): Estimate =>
  metric === 'cost' ? e.cost.mean : e[metric];
