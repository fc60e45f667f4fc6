/**
 * `agreedHoursOf(calendar, clock, horizon)`: calendar.ts's agreedIntervals, worked out
 * once per content and shared (a year of intervals from a calendar with holidays takes a
 * fraction of a millisecond; a tornado compiles dozens of variants with the same service and
 * team hours; a run's metrics ask again for what its compile worked out). Pure: the same
 * inputs give the same list, which nobody writes to.
 */
import { agreedIntervals } from './calendar.ts';
import { contentKey } from './content-key.ts';
import type { Interval } from './intervals.ts';
import type { Calendar, Scenario } from './model.ts';

/** Lists kept at most; past it the cache starts again. */
const KEPT = 64;
const cache = new Map<string, readonly Interval[]>();

export function agreedHoursOf(
  calendar: Calendar,
  clock: Pick<Scenario, 'startEpoch' | 'timeZone'>,
  horizon: number,
): readonly Interval[] {
  const key = contentKey([calendar, clock.startEpoch, clock.timeZone, horizon]);
  let agreed = cache.get(key);
  if (agreed === undefined) {
    if (cache.size >= KEPT) cache.clear();
    cache.set(key, (agreed = agreedIntervals(calendar, clock, horizon)));
  }
  return agreed;
}
