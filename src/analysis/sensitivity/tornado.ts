/**
 * A tornado analysis: each parameter that matters to a service is moved down and up by the
 * same share (±50 % by default) with everything else at its current value, and the rows rank
 * the parameters by how far the metric swings between the two. `tornadoInputs` builds the
 * scenarios, `tornadoRows` reads the studies of them, `runTornado` does both in one thread.
 */
import type { Scenario } from '../../core/model.ts';
import type { Estimate } from '../montecarlo/confidence.ts';
import type { StudyAggregate } from '../montecarlo/study-aggregate.ts';
import { metricOf, serviceOutputs, type Metric } from './outputs.ts';
import { withParameter } from './parameter-edit.ts';
import { isWhole, sensitivityParameters, type ParameterInfo } from './parameters.ts';
import { runStudies, type SensitivityRunOptions } from './run-studies.ts';

export interface TornadoOptions {
  /** Share to move each parameter by, in (0, 1]: low = current × (1 − factor), high = × (1 + factor). */
  readonly factor?: number;
}

/** A parameter with the two values the tornado tries. */
export interface TornadoSpec extends ParameterInfo {
  readonly lowInput: number;
  readonly highInput: number;
}

export interface TornadoInput extends TornadoSpec {
  readonly lowScenario: Scenario;
  readonly highScenario: Scenario;
}

export interface TornadoRow {
  readonly id: string;
  readonly label: string;
  readonly lowInput: number;
  readonly highInput: number;
  /** The metric with the parameter at lowInput and at highInput. */
  readonly lowOutput: Estimate;
  readonly highOutput: Estimate;
  /** The metric with every parameter at its current value. */
  readonly baseline: Estimate;
  /** |highOutput − lowOutput| (point estimates). */
  readonly swing: number;
}

/** A low input never goes below this share of the current value, so it stays above 0. */
const FLOOR = 0.01;

function inputs(info: ParameterInfo, factor: number): [number, number] {
  const low = info.current * Math.max(1 - factor, FLOOR);
  // a working day is at most 24 h (team-hours.ts)
  const high = Math.min(
    info.current * (1 + factor),
    info.parameter.kind === 'team-hours' ? 24 * 60 : Infinity,
  );
  return isWhole(info.unit) ? [Math.max(1, Math.round(low)), Math.round(high)] : [low, high];
}

/** For each parameter of `sensitivityParameters`, its low and high values and scenarios. */
export function tornadoInputs(
  scenario: Scenario,
  serviceId: string,
  { factor = 0.5 }: TornadoOptions = {},
): TornadoInput[] {
  if (!(factor > 0 && factor <= 1)) throw new RangeError('factor must be in (0, 1]');
  return sensitivityParameters(scenario, serviceId).map((info) => {
    const [lowInput, highInput] = inputs(info, factor);
    return {
      ...info,
      lowInput,
      highInput,
      lowScenario: withParameter(scenario, info.parameter, lowInput),
      highScenario: withParameter(scenario, info.parameter, highInput),
    };
  });
}

/**
 * The rows for `metric` of service `serviceId`, widest swing first (ties keep the parameters'
 * order): `lows[i]` and `highs[i]` are the studies of `specs[i]`'s low and high scenarios.
 */
export function tornadoRows(
  serviceId: string,
  metric: Metric,
  baseline: StudyAggregate,
  lows: readonly StudyAggregate[],
  highs: readonly StudyAggregate[],
  specs: readonly TornadoSpec[],
): TornadoRow[] {
  if (lows.length !== specs.length || highs.length !== specs.length)
    throw new RangeError(
      `${specs.length} parameters but ${lows.length} low and ${highs.length} high studies`,
    );
  const read = (study: StudyAggregate) => metricOf(serviceOutputs(study, serviceId), metric);
  const base = read(baseline);
  const rows = specs.map((spec, i): TornadoRow => {
    const lowOutput = read(lows[i]!);
    const highOutput = read(highs[i]!);
    return {
      id: spec.id,
      label: spec.label,
      lowInput: spec.lowInput,
      highInput: spec.highInput,
      lowOutput,
      highOutput,
      baseline: base,
      swing: Math.abs(highOutput.value - lowOutput.value),
    };
  });
  const key = (r: TornadoRow) => (Number.isNaN(r.swing) ? -1 : r.swing);
  return rows.sort((a, b) => key(b) - key(a));
}

/** Builds the tornado's scenarios, runs the baseline and each low and high study on the same seeds. */
export function runTornado(
  scenario: Scenario,
  serviceId: string,
  metric: Metric,
  options: SensitivityRunOptions & TornadoOptions,
): TornadoRow[] {
  const specs = tornadoInputs(
    scenario,
    serviceId,
    options.factor === undefined ? {} : { factor: options.factor },
  );
  const [baseline, ...rest] = runStudies(
    [scenario, ...specs.flatMap((s) => [s.lowScenario, s.highScenario])],
    options,
  );
  const lows = rest.filter((_, i) => i % 2 === 0);
  const highs = rest.filter((_, i) => i % 2 === 1);
  return tornadoRows(serviceId, metric, baseline!, lows, highs, specs);
}
