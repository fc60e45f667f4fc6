/**
 * Setting a sensitivity parameter: `parameterEdit` is the ScenarioEdit that sets it, and
 * `withParameter` applies that edit, so a sweep's scenarios are the variants a person could
 * make (and share) by hand. Values are minutes (MTBF, step duration, call-out, objective), tpm
 * or people (a team's size, rounded to a whole person, at least one).
 */
import { applyEdit } from '../advisor/apply-edit.ts';
import type { ScenarioEdit } from '../advisor/types.ts';
import { withDurationMean } from '../../core/means.ts';
import type { Scenario } from '../../core/model.ts';
import { minutes } from '../../core/time.ts';
import type { Parameter } from './parameters.ts';
import { weeklyWithDayLength } from './team-hours.ts';

/**
 * The edit that sets `parameter` to `value`. A step keeps the shape of its duration and is
 * scaled so that its mean is `value` (it becomes fixed when `scenario` lacks the step, and
 * `editProblem` then names what is missing).
 */
export function parameterEdit(
  parameter: Parameter,
  value: number,
  scenario: Scenario,
): ScenarioEdit {
  switch (parameter.kind) {
    case 'mtbf':
      return { kind: 'set-mtbf', component: parameter.component, mtbf: minutes(value) };
    case 'capacity':
      return { kind: 'set-capacity', component: parameter.component, capacity: value };
    case 'step-duration': {
      const step = scenario.plans
        .find((p) => p.id === parameter.plan)
        ?.steps.find((s) => s.id === parameter.step);
      const duration = step
        ? withDurationMean(step.duration, minutes(value))
        : { type: 'fixed' as const, value: minutes(value) };
      return { kind: 'set-step-duration', plan: parameter.plan, step: parameter.step, duration };
    }
    case 'team-size':
      return { kind: 'set-team-size', team: parameter.team, size: Math.max(1, Math.round(value)) };
    case 'team-call-out': {
      const team = scenario.teams?.find((t) => t.id === parameter.team);
      const callOut = team
        ? withDurationMean(team.callOut, minutes(value))
        : { type: 'fixed' as const, value: minutes(value) };
      return { kind: 'set-team-call-out', team: parameter.team, callOut };
    }
    case 'team-hours': {
      const team = scenario.teams?.find((t) => t.id === parameter.team);
      const weekly = team ? weeklyWithDayLength(team, value) : [];
      return { kind: 'set-team-hours', team: parameter.team, weekly };
    }
    case 'objective':
      return {
        kind: 'set-objective',
        service: parameter.service,
        objective: parameter.objective,
        value: minutes(value),
      };
  }
}

/** The scenario with `parameter` set to `value`: applyEdit of parameterEdit. Pure. */
export const withParameter = (scenario: Scenario, parameter: Parameter, value: number): Scenario =>
  applyEdit(scenario, parameterEdit(parameter, value, scenario));
