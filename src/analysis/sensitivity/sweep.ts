/**
 * A one-parameter sweep: the values to try, the scenario for each (`sweepScenarios`), and, from
 * one study of each, the service's outputs at each value (`sweepPoints`). Building the scenarios
 * and reading the points are separate from running the studies, so the browser can run them on
 * its worker pool; `runSweep` does all three in one thread.
 */
import type { Scenario } from '../../core/model.ts';
import type { Estimate } from '../montecarlo/confidence.ts';
import type { StudyAggregate } from '../montecarlo/study-aggregate.ts';
import { metricOf, serviceOutputs } from './outputs.ts';
import { withParameter } from './parameter-edit.ts';
import { isWhole, type Parameter, type ParameterInfo } from './parameters.ts';
import { runStudies, type SensitivityRunOptions } from './run-studies.ts';

export interface SweepPoint {
  readonly value: number;
  readonly targetMet: Estimate;
  readonly availability: Estimate;
  readonly rtoBreach: Estimate;
  readonly cost: Estimate;
}

/** Values equal to a relative 1e-9 are one value. */
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/**
 * `count` values evenly spaced over the info's range, ends included, plus the current value
 * when it lies inside the range; sorted and without repeats. Capacities are whole tpm, team
 * sizes whole people.
 */
export function sweepValues(info: ParameterInfo, count = 9): number[] {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError('count must be a whole number ≥ 1');
  const [low, high] = info.range;
  const even = Array.from({ length: count }, (_, i) =>
    count === 1 ? (low + high) / 2 : low + ((high - low) * i) / (count - 1),
  );
  const inside = info.current >= low && info.current <= high ? [info.current] : [];
  const values = [...even, ...inside]
    .map((v) => (isWhole(info.unit) ? Math.round(v) : v))
    .sort((a, b) => a - b);
  return values.filter((v, i) => i === 0 || !same(v, values[i - 1]!));
}

/** The scenario with the parameter set to each value, in order. */
export const sweepScenarios = (
  scenario: Scenario,
  parameter: Parameter,
  values: readonly number[],
): Scenario[] => values.map((v) => withParameter(scenario, parameter, v));

/** The service's outputs at each value, from the study of the matching sweep scenario. */
export function sweepPoints(
  serviceId: string,
  values: readonly number[],
  aggregates: readonly StudyAggregate[],
): SweepPoint[] {
  if (values.length !== aggregates.length)
    throw new RangeError(`${values.length} values but ${aggregates.length} studies`);
  return values.map((value, i) => {
    const e = serviceOutputs(aggregates[i]!, serviceId);
    return {
      value,
      targetMet: metricOf(e, 'targetMet'),
      availability: metricOf(e, 'availability'),
      rtoBreach: metricOf(e, 'rtoBreach'),
      cost: metricOf(e, 'cost'),
    };
  });
}

/** Builds the sweep's scenarios, runs a study of each on the same seeds, reads the points. */
export function runSweep(
  scenario: Scenario,
  serviceId: string,
  parameter: Parameter,
  values: readonly number[],
  options: SensitivityRunOptions,
): SweepPoint[] {
  const studies = runStudies(sweepScenarios(scenario, parameter, values), options);
  return sweepPoints(serviceId, values, studies);
}
