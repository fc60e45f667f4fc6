/**
 * Zoned clocks for tests of local times: a local start in an IANA zone, its rules resolved as
 * a scenario file's are (scenario/time-zone.ts). London's clocks go forward on Sunday 29 March
 * 2026 at 01:00 GMT (to 02:00 BST) and back on Sunday 25 October 2026 at 02:00 BST (to 01:00
 * GMT); New York's on 8 March 2026 at 02:00 EST and 1 November 2026 at 02:00 EDT.
 */
import type { TimeZone } from '../../src/core/model.ts';
import { days, hours, minutes } from '../../src/core/time.ts';
import { resolveTimeZone } from '../../src/scenario/time-zone.ts';

export interface ZonedClock {
  readonly startEpoch: number;
  readonly timeZone: TimeZone | null;
  readonly horizon: number;
}

/** A clock from local midnight of `date` (YYYY-MM-DD) in `zone`, over `horizonDays`. */
export function zonedClock(zone: string | null, date: string, horizonDays = 4): ZonedClock {
  const startEpoch = Date.parse(`${date}T00:00:00Z`);
  const horizon = days(horizonDays);
  return {
    startEpoch,
    timeZone: zone === null ? null : resolveTimeZone(zone, startEpoch, horizon),
    horizon,
  };
}

/** London from Friday 27 March 2026 (the clocks go forward 49 h in, at 01:00 GMT on the 29th). */
export const londonSpring = (): ZonedClock => zonedClock('Europe/London', '2026-03-27');
/** London from Friday 23 October 2026 (the clocks go back 50 h in, at 02:00 BST on the 25th). */
export const londonAutumn = (): ZonedClock => zonedClock('Europe/London', '2026-10-23');

/** Simulated time of `h` hours and `m` minutes after the start. */
export const after = (h: number, m = 0): number => hours(h) + minutes(m);
