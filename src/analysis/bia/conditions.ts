/**
 * The conditions every BIA run is simulated under, and the replay of a BIA disruption on the
 * timeline: no random failures, none of the scenario's scripted injects, and every recovery
 * step fixed at one end of its duration (low, most likely or high). With nothing left to
 * chance, the only difference between two runs is the disruption itself.
 */
import type { RecoveryPlan, Scenario } from '../../core/model.ts';
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

/** The scenario as the BIA simulates it, plan steps at `bound`. */
export function biaConditions(scenario: Scenario, bound: Bound): Scenario {
  return withoutChance(scenario, fixPlans(scenario.plans, bound));
}

/** No random failures, no scripted injects, and these plans (already fixed, see fixPlans). */
export function withoutChance(scenario: Scenario, plans: readonly RecoveryPlan[]): Scenario {
  return {
    ...scenario,
    components: scenario.components.map((c) => ({ ...c, failure: { type: 'none' } })),
    plans,
    injects: [],
  };
}
