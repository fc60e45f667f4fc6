/**
 * Where a disruption is placed for a service: at the worst moment (the agreed-hours minute of
 * highest demand over the whole horizon, recurring and one-off surges included; the earliest
 * such minute) and at the opening of agreed hours on the first business day (Monday to Friday,
 * or the first agreed hours at all when there are none on weekdays).
 */
import { agreedIntervals } from '../../core/calendar.ts';
import { formatLocal, weekdayOf } from '../../core/civil.ts';
import { DemandProfile } from '../../core/demand.ts';
import type { Scenario, Service } from '../../core/model.ts';
import type { Placement, PlacementTimes } from './types.ts';
import { localAt } from '../../core/zone.ts';

export function placementsOf(scenario: Scenario, service: Service): PlacementTimes {
  const demand = new DemandProfile(scenario, service, []);
  const until = scenario.horizon;
  const agreed = agreedIntervals(service.calendar, scenario, until);
  const place = (kind: Placement['kind'], t: number): Placement => ({
    kind,
    t,
    at: formatLocal(localAt(scenario, t)),
    demand: demand.rateAt(t),
  });
  let worst = -1;
  let peak = -Infinity;
  for (const { start, end } of agreed)
    for (let t = start; t < end; t = demand.nextChange(t)) {
      const rate = demand.rateAt(t);
      if (rate > peak) {
        peak = rate;
        worst = t;
      }
    }
  const first = agreed[0]?.start ?? 0;
  const weekday = agreed.find((i) => weekdayOf(localAt(scenario, i.start)) < 5);
  return {
    service: service.id,
    worst: place('worst', worst < 0 ? first : worst),
    opening: place('opening', weekday?.start ?? first),
  };
}
