/**
 * Checks a scenario edit that came from outside (a shared link) before it is applied: its
 * fields have the right types and it refers to plans, steps, components and services the
 * scenario has. Returns what is wrong, or null when the edit can be applied.
 */
import type { Scenario } from '../../core/model.ts';
import type { ScenarioEdit } from './types.ts';

const isText = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
const isPositive = (x: unknown): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x > 0;

function durationProblem(d: unknown): string | null {
  if (typeof d !== 'object' || d === null) return 'expected a duration';
  const o = d as Record<string, unknown>;
  const ok = (k: string) => typeof o[k] === 'number' && Number.isFinite(o[k]) && o[k] >= 0;
  switch (o['type']) {
    case 'fixed':
      return ok('value') ? null : 'expected a fixed duration with a value';
    case 'uniform':
      return ok('min') && ok('max') && (o['min'] as number) <= (o['max'] as number)
        ? null
        : 'expected a range with min <= max';
    case 'triangular':
      return ok('min') &&
        ok('likely') &&
        ok('max') &&
        (o['min'] as number) <= (o['likely'] as number) &&
        (o['likely'] as number) <= (o['max'] as number)
        ? null
        : 'expected min <= likely <= max';
    default:
      return 'expected a duration of type fixed, uniform or triangular';
  }
}

function weeklyProblem(w: unknown): string | null {
  const window = (x: unknown) => {
    const o = x as Record<string, unknown> | null;
    return (
      typeof o === 'object' &&
      o !== null &&
      typeof o['from'] === 'number' &&
      typeof o['to'] === 'number' &&
      o['from'] >= 0 &&
      o['from'] < o['to'] &&
      o['to'] <= 86_400_000
    );
  };
  return Array.isArray(w) && w.length === 7 && w.every((d) => Array.isArray(d) && d.every(window))
    ? null
    : 'expected working hours for each of the 7 weekdays (windows from < to, in ms of the day)';
}

export function editProblem(edit: ScenarioEdit, scenario: Scenario): string | null {
  const e = edit as unknown as Record<string, unknown>;
  const component = (key = 'component'): string | null =>
    isText(e[key]) && scenario.components.some((c) => c.id === e[key])
      ? null
      : `unknown component '${String(e[key])}'`;
  const step = (): string | null => {
    const plan = scenario.plans.find((p) => p.id === e['plan']);
    if (!plan) return `unknown plan '${String(e['plan'])}'`;
    return plan.steps.some((s) => s.id === e['step'])
      ? null
      : `plan '${plan.id}' has no step '${String(e['step'])}'`;
  };
  const team = (): string | null =>
    isText(e['team']) && (scenario.teams ?? []).some((t) => t.id === e['team'])
      ? null
      : `unknown team '${String(e['team'])}'`;
  switch (edit.kind) {
    case 'set-team-size':
      return (
        team() ??
        (Number.isInteger(e['size']) && (e['size'] as number) >= 1
          ? null
          : 'expected a team size of 1 or more people')
      );
    case 'set-team-call-out':
      return team() ?? durationProblem(e['callOut']);
    case 'set-team-hours':
      return team() ?? weeklyProblem(e['weekly']);
    case 'set-step-duration':
      return step() ?? durationProblem(e['duration']);
    case 'set-step-owner':
      return step() ?? (isText(e['owner']) ? null : 'expected an owner');
    case 'set-capacity':
      return component() ?? (isPositive(e['capacity']) ? null : 'expected a capacity above 0');
    case 'set-mtbf':
      return component() ?? (isPositive(e['mtbf']) ? null : 'expected an MTBF above 0');
    case 'add-redundant-member':
      return (
        component() ??
        (e['withDependents'] === undefined || typeof e['withDependents'] === 'boolean'
          ? null
          : 'expected withDependents to be true or false')
      );
    case 'set-backup-interval':
      return component() ?? (isPositive(e['every']) ? null : 'expected a backup interval above 0');
    case 'set-detection':
      return (
        component() ??
        (typeof e['detection'] === 'number' && e['detection'] >= 0
          ? null
          : 'expected a detection delay of 0 or more')
      );
    case 'split-dependency':
      return component() ?? component('dependency');
    case 'set-objective':
      if (!scenario.services.some((s) => s.id === e['service']))
        return `unknown service '${String(e['service'])}'`;
      if (!['rto', 'rpo', 'mtpd'].includes(String(e['objective'])))
        return 'expected the objective rto, rpo or mtpd';
      return typeof e['value'] === 'number' && e['value'] >= 0
        ? null
        : 'expected a duration of 0 or more';
  }
}
