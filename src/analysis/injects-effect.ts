/**
 * What a run's live injects add to it: the run with them minus the same run (same scenario,
 * same seed, the scenario's own injects kept) without them, per service. For a replayed BIA
 * disruption (run under the BIA's conditions) these are the BIA's own figures for it.
 */
import type { ServiceMetrics } from '../core/metrics.ts';
import type { Inject, Scenario } from '../core/model.ts';
import { simulateFast } from '../simulator/fast/simulate-fast.ts';

export interface InjectsEffect {
  readonly service: string;
  readonly downMinutes: number;
  readonly degradedMinutes: number;
  readonly unservedTransactions: number;
  readonly cost: number;
}

export function injectsEffect(
  scenario: Scenario,
  seed: string,
  withThem: readonly Pick<
    ServiceMetrics,
    | 'service'
    | 'downtimeInAgreedHoursMinutes'
    | 'degradedInAgreedHoursMinutes'
    | 'unservedTransactions'
    | 'cost'
  >[],
  /** The event budget of the run without them (default DEFAULT_MAX_EVENTS). */
  maxEvents?: number,
): InjectsEffect[] {
  const without = simulateFast(
    scenario,
    seed,
    maxEvents === undefined ? {} : { maxEvents },
  ).metrics;
  return withThem.map((m, i) => {
    const w = without[i]!;
    return {
      service: m.service,
      downMinutes: m.downtimeInAgreedHoursMinutes - w.downtimeInAgreedHoursMinutes,
      degradedMinutes: m.degradedInAgreedHoursMinutes - w.degradedInAgreedHoursMinutes,
      unservedTransactions: m.unservedTransactions - w.unservedTransactions,
      cost: m.cost - w.cost,
    };
  });
}

/** The same, simulating the run with the injects too. */
export function effectOfInjects(
  scenario: Scenario,
  seed: string,
  injects: readonly Inject[],
): InjectsEffect[] {
  return injectsEffect(scenario, seed, simulateFast(scenario, seed, { injects }).metrics);
}
