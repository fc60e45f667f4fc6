/**
 * The scenario one BIA run simulates: the scenario under the BIA's conditions (conditions.ts:
 * no random failures, no scripted injects, every plan step fixed at one end of its duration),
 * starting at local midnight of the disruption's day (backups keep their times) and running
 * just long enough to see the recovery: to max(3 x MTPD, 3 days) after the end of that day,
 * within the scenario's horizon. Every disruption placed on one day shares one derived
 * scenario, so the heatmap's 24 hours share one undisrupted run.
 */
import type { RecoveryPlan, Scenario, Service } from '../../core/model.ts';
import { days, MS_PER_DAY, ms } from '../../core/time.ts';
import { withoutChance } from './conditions.ts';
import { dayStartAt, startShiftedBy } from '../../core/zone.ts';

export { fixPlans, fixSwitchovers } from './conditions.ts';

export interface Derived {
  readonly scenario: Scenario;
  /** Where the derived scenario starts, in the original's simulated time. */
  readonly shift: number;
  /** The placement's time in the derived scenario. */
  readonly at: number;
}

/** Local midnight of the day that holds simulated time `t`, in simulated time (may be before 0). */
export const dayStartOf = (scenario: Scenario, t: number): number => dayStartAt(scenario, t);

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
  const dayStart = dayStartOf(scenario, placement);
  const shift = Math.max(0, dayStart);
  const dayEnd = dayStart + MS_PER_DAY - shift;
  const horizon = Math.min(scenario.horizon - shift, dayEnd + Math.max(3 * mtpd, days(3)));
  const fixed = withoutChance(scenario, plans, services);
  return {
    scenario: {
      ...fixed,
      ...startShiftedBy(scenario, shift),
      horizon: ms(horizon),
      components: fixed.components.map((c) =>
        c.data === null
          ? c
          : { ...c, data: { ...c.data, backupOffset: ms(c.data.backupOffset - shift) } },
      ),
    },
    shift,
    at: placement - shift,
  };
}
