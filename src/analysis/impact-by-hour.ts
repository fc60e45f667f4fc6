/**
 * What an outage of a given length costs depending on the hour of the day it starts: the
 * BIA heatmap's cells. For each start hour of one day, the outage's overlap with agreed hours
 * costs `costPerHour`, and the demand it leaves unserved inside agreed hours costs
 * `costPerUnservedTransaction` each. Pure arithmetic on the calendar and demand profile.
 */
import { agreedIntervals } from '../core/calendar.ts';
import { DemandProfile } from '../core/demand.ts';
import { clip } from '../core/intervals.ts';
import type { Scenario, Service } from '../core/model.ts';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, ms } from '../core/time.ts';

export interface HourCell {
  /** Start hour of the outage, 0-23. */
  readonly hour: number;
  readonly cost: number;
  readonly minutesInAgreedHours: number;
  readonly unservedTransactions: number;
}

/** Transactions demanded over [from, to), integrating the piecewise-constant demand. */
function demanded(profile: DemandProfile, from: number, to: number): number {
  let total = 0;
  for (let t = from; t < to;) {
    const next = Math.min(to, profile.nextChange(t));
    total += (profile.rateAt(t) * (next - t)) / MS_PER_MINUTE;
    t = next;
  }
  return total;
}

/**
 * The cost of an outage of `outageMinutes` starting at each hour of the local day that
 * contains simulated time `day` (the scenario's own calendar and demand, no surges injected).
 */
export function impactByHour(
  scenario: Scenario,
  service: Service,
  outageMinutes: number,
  day: number,
): HourCell[] {
  const midnight =
    Math.floor((scenario.startEpoch + day) / MS_PER_DAY) * MS_PER_DAY - scenario.startEpoch;
  const length = outageMinutes * MS_PER_MINUTE;
  const horizon = Math.max(scenario.horizon, midnight + MS_PER_DAY + length);
  const agreed = agreedIntervals(service.calendar, scenario.startEpoch, horizon);
  const profile = new DemandProfile({ ...scenario, horizon: ms(horizon) }, service, []);
  const { costPerHour, costPerUnservedTransaction } = service.impact;
  return Array.from({ length: 24 }, (_, hour) => {
    const start = midnight + hour * MS_PER_HOUR;
    const inside = clip(agreed, start, start + length);
    const agreedMs = inside.reduce((sum, i) => sum + i.end - i.start, 0);
    const unserved = inside.reduce((sum, i) => sum + demanded(profile, i.start, i.end), 0);
    return {
      hour,
      cost: (agreedMs / MS_PER_HOUR) * costPerHour + unserved * costPerUnservedTransaction,
      minutesInAgreedHours: agreedMs / MS_PER_MINUTE,
      unservedTransactions: Math.round(unserved),
    };
  });
}
