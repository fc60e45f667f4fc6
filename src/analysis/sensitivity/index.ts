/**
 * Sensitivity analysis of Monte Carlo studies: which inputs of a scenario move a service's
 * outcomes, and by how much. Every study uses the same master seed, so the scenarios differ
 * in one input and share their random numbers (common random numbers).
 *
 *   sensitivityParameters(scenario, service): ParameterInfo[]   MTBFs, step durations, capacities, objectives
 *   withParameter(scenario, parameter, value): Scenario         = applyEdit(scenario, parameterEdit(...))
 *   sweepValues / sweepScenarios / sweepPoints / runSweep       one parameter over a range
 *   tornadoInputs / tornadoRows / runTornado                    every parameter ±50 %, ranked by swing
 *
 * Scenario building and reading the results are separate from running the studies, so the
 * browser can run the same scenarios on its worker pool.
 */
export {
  defaultRange,
  parameterId,
  parameterInfo,
  parameterUnit,
  parameterValue,
  sensitivityParameters,
  type ObjectiveName,
  type Parameter,
  type ParameterInfo,
  type ParameterUnit,
} from './parameters.ts';
export { parameterEdit, withParameter } from './parameter-edit.ts';
export { METRICS, metricOf, serviceOutputs, type Metric } from './outputs.ts';
export { runStudies, type SensitivityRunOptions } from './run-studies.ts';
export { runSweep, sweepPoints, sweepScenarios, sweepValues, type SweepPoint } from './sweep.ts';
export {
  runTornado,
  tornadoInputs,
  tornadoRows,
  type TornadoInput,
  type TornadoOptions,
  type TornadoRow,
  type TornadoSpec,
} from './tornado.ts';
