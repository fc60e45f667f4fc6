/**
 * The scenario one BIA run simulates: no random failures, no scripted injects, every plan
 * step and every standby group's switch-over fixed at one end of its duration, starting at local midnight of the disruption's day
 * (backups keep their times) and running just long enough to see the recovery:
 * max(3 x MTPD, 3 days) after the disruption, within the scenario's horizon.
 */
import { formatLocal } from '../../core/civil.ts';
import type { Component, RecoveryPlan, Scenario, Service, Topology } from '../../core/model.ts';
import { durationBounds } from '../../core/sampling.ts';
import { days, MS_PER_DAY, ms } from '../../core/time.ts';
import type { Bound } from './types.ts';

export interface Derived {
  readonly scenario: Scenario;
  /** Where the derived scenario starts, in the original's simulated time. */
  readonly shift: number;
  /** The disruption's time in the derived scenario. */
  readonly at: number;
}

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

/**
 * `plans` (and `services`) already fixed to a bound (see fixPlans and fixSwitchovers), shared
 * by every run at that bound.
 */
export function deriveScenario(
  scenario: Scenario,
  plans: readonly RecoveryPlan[],
  placement: number,
  mtpd: number,
  services: readonly Service[] = scenario.services,
): Derived {
  const dayStart = Math.floor((scenario.startEpoch + placement) / MS_PER_DAY) * MS_PER_DAY;
  const shift = Math.max(0, dayStart - scenario.startEpoch);
  const at = placement - shift;
  const horizon = Math.min(scenario.horizon - shift, at + Math.max(3 * mtpd, days(3)));
  const components: Component[] = scenario.components.map((c) => ({
    ...c,
    failure: { type: 'none' },
    data: c.data === null ? null : { ...c.data, backupOffset: ms(c.data.backupOffset - shift) },
  }));
  return {
    scenario: {
      ...scenario,
      start: formatLocal(scenario.startEpoch + shift),
      startEpoch: scenario.startEpoch + shift,
      horizon: ms(horizon),
      services,
      components,
      plans,
      injects: [],
    },
    shift,
    at,
  };
}
