/**
 * The inputs of a scenario that a sensitivity analysis can vary for one service: the MTBF of
 * each component it involves that fails at random, the mean duration of each step of the plans
 * that restore those components, their capacities, the size, the mean call-out delay and the
 * length of the working day of each declared team that owns a step of those plans, and the
 * service's RTO, RPO and MTPD.
 * Each comes with a stable id, a plain-English label, its current value (minutes, tpm for
 * capacity, people for a team's size) and a default range to sweep.
 */
import { involvedComponents } from '../../core/involved.ts';
import { durationMean, failureMean } from '../../core/means.ts';
import type { Scenario, Service } from '../../core/model.ts';
import { toMinutes } from '../../core/time.ts';
import { workingDayMinutes } from './team-hours.ts';

export type ObjectiveName = 'rto' | 'rpo' | 'mtpd';

export type Parameter =
  | { readonly kind: 'mtbf'; readonly component: string }
  | { readonly kind: 'step-duration'; readonly plan: string; readonly step: string }
  | { readonly kind: 'capacity'; readonly component: string }
  | { readonly kind: 'team-size'; readonly team: string }
  | { readonly kind: 'team-call-out'; readonly team: string }
  /** The length of the team's working day (team-hours.ts), minutes. */
  | { readonly kind: 'team-hours'; readonly team: string }
  | { readonly kind: 'objective'; readonly service: string; readonly objective: ObjectiveName };

export type ParameterUnit = 'minutes' | 'tpm' | 'people';

export interface ParameterInfo {
  readonly parameter: Parameter;
  /**
   * Stable: `mtbf:db-1`, `step-duration:db-failover:promote`, `capacity:app-1`,
   * `team-size:dba`, `team-call-out:dba`, `objective:transfers:rto`.
   */
  readonly id: string;
  /** Plain English, e.g. `MTBF of Database 1 (primary)`. */
  readonly label: string;
  readonly unit: ParameterUnit;
  /** The value in the scenario now: minutes (MTBF, step durations, call-outs are means), tpm or people. */
  readonly current: number;
  /** A default range to sweep, [current × 0.25, current × 2]; both ends above 0. */
  readonly range: readonly [number, number];
}

/** The default sweep range runs from a quarter of the current value to twice it. */
export const RANGE_LOW = 0.25;
export const RANGE_HIGH = 2;

export function parameterId(p: Parameter): string {
  switch (p.kind) {
    case 'mtbf':
    case 'capacity':
      return `${p.kind}:${p.component}`;
    case 'step-duration':
      return `${p.kind}:${p.plan}:${p.step}`;
    case 'team-size':
    case 'team-call-out':
    case 'team-hours':
      return `${p.kind}:${p.team}`;
    case 'objective':
      return `${p.kind}:${p.service}:${p.objective}`;
  }
}

export const parameterUnit = (p: Parameter): ParameterUnit =>
  p.kind === 'capacity' ? 'tpm' : p.kind === 'team-size' ? 'people' : 'minutes';

/** Whole units: tpm and people are counted, not measured. */
export const isWhole = (unit: ParameterUnit): boolean => unit !== 'minutes';

export function findService(scenario: Scenario, serviceId: string): Service {
  const service = scenario.services.find((s) => s.id === serviceId);
  if (!service) throw new RangeError(`unknown service '${serviceId}'`);
  return service;
}

/** The parameter's value in `scenario` (minutes or tpm); NaN when the scenario lacks it. */
export function parameterValue(scenario: Scenario, p: Parameter): number {
  switch (p.kind) {
    case 'mtbf': {
      const c = scenario.components.find((x) => x.id === p.component);
      return c ? toMinutes(failureMean(c.failure)) : NaN;
    }
    case 'capacity':
      return scenario.components.find((x) => x.id === p.component)?.capacity ?? NaN;
    case 'step-duration': {
      const plan = scenario.plans.find((x) => x.id === p.plan);
      const step = plan?.steps.find((x) => x.id === p.step);
      return step ? toMinutes(durationMean(step.duration)) : NaN;
    }
    case 'team-size':
      return scenario.teams?.find((t) => t.id === p.team)?.size ?? NaN;
    case 'team-call-out': {
      const team = scenario.teams?.find((t) => t.id === p.team);
      return team ? toMinutes(durationMean(team.callOut)) : NaN;
    }
    case 'team-hours': {
      const team = scenario.teams?.find((t) => t.id === p.team);
      return team ? workingDayMinutes(team) : NaN;
    }
    case 'objective': {
      const s = scenario.services.find((x) => x.id === p.service);
      return s ? toMinutes(s.objectives[p.objective]) : NaN;
    }
  }
}

function parameterLabel(scenario: Scenario, p: Parameter): string {
  const component = (id: string) => scenario.components.find((c) => c.id === id)?.name ?? id;
  switch (p.kind) {
    case 'mtbf':
      return `MTBF of ${component(p.component)}`;
    case 'capacity':
      return `Capacity of ${component(p.component)}`;
    case 'step-duration': {
      const plan = scenario.plans.find((x) => x.id === p.plan);
      const step = plan?.steps.find((x) => x.id === p.step);
      return `Duration of ${step?.name ?? p.step} (${plan?.name ?? p.plan})`;
    }
    case 'team-size':
      return `People in ${scenario.teams?.find((t) => t.id === p.team)?.name ?? p.team}`;
    case 'team-call-out':
      return `Call-out of ${scenario.teams?.find((t) => t.id === p.team)?.name ?? p.team}`;
    case 'team-hours':
      return `Working day of ${scenario.teams?.find((t) => t.id === p.team)?.name ?? p.team}`;
    case 'objective': {
      const service = scenario.services.find((s) => s.id === p.service)?.name ?? p.service;
      return `${p.objective.toUpperCase()} of ${service}`;
    }
  }
}

/** The default range: whole tpm for capacity and whole people (at least 1), never 0 or less. */
export function defaultRange(unit: ParameterUnit, current: number): [number, number] {
  if (unit === 'people') return [1, Math.max(2, Math.round(current * RANGE_HIGH))];
  if (unit === 'tpm')
    return [Math.max(1, Math.round(current * RANGE_LOW)), Math.round(current * RANGE_HIGH)];
  return [current * RANGE_LOW, current * RANGE_HIGH];
}

export function parameterInfo(scenario: Scenario, parameter: Parameter): ParameterInfo {
  const unit = parameterUnit(parameter);
  const current = parameterValue(scenario, parameter);
  return {
    parameter,
    id: parameterId(parameter),
    label: parameterLabel(scenario, parameter),
    unit,
    current,
    range:
      parameter.kind === 'team-hours'
        ? [current * RANGE_LOW, Math.min(24 * 60, current * RANGE_HIGH)]
        : defaultRange(unit, current),
  };
}

/** Every parameter of `scenario` that can matter to the service, in the order above. */
function candidates(scenario: Scenario, service: Service): Parameter[] {
  const ids = involvedComponents(scenario, service);
  const components = ids.flatMap((id) => scenario.components.filter((c) => c.id === id));
  const planIds = [
    ...new Set(components.flatMap((c) => (c.recovery === null ? [] : [c.recovery]))),
  ];
  const plans = planIds.flatMap((id) => scenario.plans.filter((p) => p.id === id));
  const owners = new Set(plans.flatMap((p) => p.steps.map((s) => s.owner)));
  const teams = (scenario.teams ?? []).filter((t) => owners.has(t.id));
  return [
    ...components
      .filter((c) => c.failure.type !== 'none')
      .map((c): Parameter => ({ kind: 'mtbf', component: c.id })),
    ...plans.flatMap((plan) =>
      plan.steps.map((s): Parameter => ({ kind: 'step-duration', plan: plan.id, step: s.id })),
    ),
    ...components
      .filter((c) => c.capacity !== null)
      .map((c): Parameter => ({ kind: 'capacity', component: c.id })),
    ...teams.flatMap((t): Parameter[] => [
      { kind: 'team-size', team: t.id },
      { kind: 'team-call-out', team: t.id },
      // a team at work 24x7 (no call-out) has no hours to sweep
      ...(durationMean(t.callOut) > 0 ? [{ kind: 'team-hours' as const, team: t.id }] : []),
    ]),
    ...(['rto', 'rpo', 'mtpd'] as const).map((objective): Parameter => ({
      kind: 'objective',
      service: service.id,
      objective,
    })),
  ];
}

/**
 * The parameters that matter to service `serviceId`: MTBFs of its components that fail at
 * random, then the steps of the plans that restore its components, then capacities, then the
 * size and call-out of the teams that do those steps, then its objectives. A parameter whose
 * current value is 0 (an RPO of zero, an instant step, the call-out of a team at work 24x7)
 * has no scale to sweep around and is left out. Throws a RangeError for an unknown service.
 */
export function sensitivityParameters(scenario: Scenario, serviceId: string): ParameterInfo[] {
  const service = findService(scenario, serviceId);
  return candidates(scenario, service)
    .map((p) => parameterInfo(scenario, p))
    .filter((info) => info.current > 0 && Number.isFinite(info.current));
}
