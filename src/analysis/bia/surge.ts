/**
 * How long a BIA demand surge lasts: from its moment to the end of that stretch of agreed
 * hours, at most four hours (a 24x7 service would otherwise surge for days). The BIA and the
 * replay of a surge on the timeline use this same length.
 */
import { agreedIntervals } from '../../core/calendar.ts';
import type { Scenario, Service } from '../../core/model.ts';
import { hours, ms, type Duration } from '../../core/time.ts';

export const MAX_SURGE = hours(4);

export function surgeDuration(
  scenario: Pick<Scenario, 'startEpoch' | 'timeZone' | 'horizon'>,
  service: Service,
  at: number,
): Duration {
  const agreed = agreedIntervals(
    service.calendar,
    scenario,
    Math.max(scenario.horizon, at + MAX_SURGE),
  );
  const stretch = agreed.find((i) => i.start <= at && at < i.end);
  return ms(Math.min(MAX_SURGE, stretch ? stretch.end - at : hours(1)));
}
