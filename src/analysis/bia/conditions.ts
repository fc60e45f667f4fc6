/**
 * The conditions every BIA run is simulated under, and the replay of a BIA disruption on the
 * timeline: no random failures, none of the scenario's scripted injects, and every recovery
 * step, every standby group's switch-over and every team's call-out fixed at one end of its
 * duration (low, most likely or high). With nothing left to chance, the only difference
 * between two runs is the disruption itself.
 */
import type { RecoveryPlan, Scenario, Service, Team, Topology } from '../../core/model.ts';
import { durationBounds } from '../../core/sampling.ts';
import { ms } from '../../core/time.ts';
import type { Bound } from './types.ts';

export function fixPlans(plans: readonly RecoveryPlan[], bound: Bound): RecoveryPlan[] {
  return plans.map((p) => ({
    ...p,
    steps: p.steps.map((s) => ({
      ...s,
      duration: { type: 'fixed', value: ms(durationBounds(s.duration)[bound]) },
    })),
  }));
}

/** The services with every standby group's switch-over fixed at one end of its duration. */
export function fixSwitchovers(services: readonly Service[], bound: Bound): Service[] {
  const fix = (t: Topology): Topology => {
    if (t.type === 'component') return t;
    if (t.type !== 'standby') return { ...t, of: t.of.map(fix) };
    const value = ms(durationBounds(t.switchover)[bound]);
    return { ...t, of: [fix(t.of[0]), fix(t.of[1])], switchover: { type: 'fixed', value } };
  };
  return services.map((s) => ({ ...s, requires: fix(s.requires) }));
}

/** The teams with every call-out delay fixed at one end of its range. */
export function fixTeams(teams: readonly Team[], bound: Bound): Team[] {
  return teams.map((t) => ({
    ...t,
    callOut: { type: 'fixed', value: ms(durationBounds(t.callOut)[bound]) },
  }));
}

/** The scenario as the BIA simulates it, plan steps, switch-overs and call-outs at `bound`. */
export function biaConditions(scenario: Scenario, bound: Bound): Scenario {
  return withFixedTeams(
    withoutChance(
      scenario,
      fixPlans(scenario.plans, bound),
      fixSwitchovers(scenario.services, bound),
    ),
    bound,
  );
}

/** The scenario with its teams' call-outs fixed at `bound` (a scenario without teams is returned as it is). */
export const withFixedTeams = (scenario: Scenario, bound: Bound): Scenario =>
  scenario.teams === undefined ? scenario : { ...scenario, teams: fixTeams(scenario.teams, bound) };

/**
 * No random failures, no scripted injects, and these plans (already fixed, see fixPlans) and
 * services (their switch-overs fixed, see fixSwitchovers).
 */
export function withoutChance(
  scenario: Scenario,
  plans: readonly RecoveryPlan[],
  services: readonly Service[] = scenario.services,
): Scenario {
  return {
    ...scenario,
    services,
    components: scenario.components.map((c) => ({ ...c, failure: { type: 'none' } })),
    plans,
    injects: [],
  };
}
