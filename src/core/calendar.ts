/** Agreed service hours laid out on simulated time. */
import { localDay } from './civil.ts';
import { normaliseIntervals, type Interval } from './intervals.ts';
import type { Calendar, DayWindow } from './model.ts';
import { MS_PER_DAY } from './time.ts';

/** The agreed-hours windows of one local date (exceptions replace the weekday's windows). */
export function windowsOn(calendar: Calendar, epochMidnight: number): readonly DayWindow[] {
  const day = localDay(epochMidnight);
  const exception = calendar.exceptions.find((e) => e.date === day.date);
  return exception ? exception.windows : (calendar.weekly[day.weekday] ?? []);
}

/**
 * Every agreed-hours interval in [0, horizon) of a scenario starting at `startEpoch`,
 * in simulated time, sorted and merged (a window ending at 24:00 joins one at 00:00).
 */
export function agreedIntervals(
  calendar: Calendar,
  startEpoch: number,
  horizon: number,
): Interval[] {
  const out: Interval[] = [];
  const firstMidnight = Math.floor(startEpoch / MS_PER_DAY) * MS_PER_DAY;
  for (let midnight = firstMidnight; midnight < startEpoch + horizon; midnight += MS_PER_DAY) {
    for (const w of windowsOn(calendar, midnight)) {
      const start = Math.max(0, midnight + w.from - startEpoch);
      const end = Math.min(horizon, midnight + w.to - startEpoch);
      if (end > start) out.push({ start, end });
    }
  }
  return normaliseIntervals(out);
}

/** Whether the local date has any agreed hours. */
export const isOpenDay = (calendar: Calendar, epochMidnight: number): boolean =>
  windowsOn(calendar, epochMidnight).length > 0;
