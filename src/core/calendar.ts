/** Agreed service hours laid out on simulated time. */
import { localDay, weekdayOf } from './civil.ts';
import { normaliseIntervals, type Interval } from './intervals.ts';
import type { Calendar, DayWindow, Scenario } from './model.ts';
import { MS_PER_DAY } from './time.ts';
import { localSpan, simAt } from './zone.ts';

/** The agreed-hours windows of one local date (exceptions replace the weekday's windows). */
export function windowsOn(calendar: Calendar, epochMidnight: number): readonly DayWindow[] {
  const day = localDay(epochMidnight);
  const exception = calendar.exceptions.find((e) => e.date === day.date);
  return exception ? exception.windows : (calendar.weekly[day.weekday] ?? []);
}

/**
 * Every agreed-hours interval in [0, horizon) of a scenario, in simulated (elapsed) time,
 * sorted and merged (a window ending at 24:00 joins one at 00:00). Windows are local
 * wall-clock times: on a day the clocks go forward, 00:00-24:00 lasts 23 h; a window boundary
 * the clocks skip is read as the moment they jump (core/zone.ts).
 */
export function agreedIntervals(
  calendar: Calendar,
  clock: Pick<Scenario, 'startEpoch' | 'timeZone'>,
  horizon: number,
): Interval[] {
  const out: Interval[] = [];
  const local = localSpan(clock, horizon);
  // The exceptions by local midnight, the first naming a date counting (as windowsOn's find):
  // a look-up per day instead of a date string and a scan of the list.
  const exceptions = new Map<number, readonly DayWindow[]>();
  for (const e of calendar.exceptions) {
    const midnight = Date.parse(`${e.date}T00:00Z`);
    if (!exceptions.has(midnight)) exceptions.set(midnight, e.windows);
  }
  for (
    let midnight = Math.floor(local.from / MS_PER_DAY) * MS_PER_DAY;
    midnight < local.to;
    midnight += MS_PER_DAY
  ) {
    const windows = exceptions.get(midnight) ?? calendar.weekly[weekdayOf(midnight)] ?? [];
    for (const w of windows) {
      const start = Math.max(0, simAt(clock, midnight + w.from));
      const end = Math.min(horizon, simAt(clock, midnight + w.to));
      if (end > start) out.push({ start, end });
    }
  }
  return normaliseIntervals(out);
}

/** Whether the local date has any agreed hours. */
export const isOpenDay = (calendar: Calendar, epochMidnight: number): boolean =>
  windowsOn(calendar, epochMidnight).length > 0;
