/**
 * A team's working hours as one number a sensitivity study can sweep: the length of its longest
 * working day, in minutes. Setting it gives each working day one window of that length around
 * the middle of the day's hours now (08:00-18:00 at 12 h is 07:00-19:00), kept inside the day
 * (a window that would cross midnight slides back; 24 h is the whole day). Days off stay off.
 */
import type { DayWindow, Team } from '../../core/model.ts';
import { MS_PER_DAY, MS_PER_MINUTE } from '../../core/time.ts';

/** Minutes in the longest working day of the week (0: never at work). */
export function workingDayMinutes(team: Team): number {
  const days = team.hours.weekly.map((windows) =>
    windows.reduce((sum, w) => sum + (w.to - w.from), 0),
  );
  return Math.max(0, ...days) / MS_PER_MINUTE;
}

/** The weekly windows with every working day `minutes` long, around its middle now. */
export function weeklyWithDayLength(
  team: Team,
  minutes: number,
): readonly (readonly DayWindow[])[] {
  const length = Math.min(MS_PER_DAY, Math.max(0, minutes * MS_PER_MINUTE));
  return team.hours.weekly.map((windows) => {
    if (windows.length === 0) return [];
    const from = Math.min(...windows.map((w) => w.from));
    const to = Math.max(...windows.map((w) => w.to));
    const middle = (from + to) / 2;
    const start = Math.min(Math.max(0, middle - length / 2), MS_PER_DAY - length);
    return [{ from: start, to: start + length }];
  });
}
