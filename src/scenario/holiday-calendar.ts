/**
 * Public holidays laid into a calendar: each holiday date of the years a run touches becomes a
 * calendar exception (origin `holiday`) whose windows are the weekday's minus the hours the
 * holidays close, with a note naming each holiday and its set (`Good Friday (GB-ENG)`). A date
 * the file gives its own exception keeps that exception: it overrides the holidays.
 */
import type { CalendarException, DayWindow } from '../core/model.ts';
import { normaliseIntervals, type Interval } from '../core/intervals.ts';
import type { HolidaySet } from './holiday-sets.ts';
import { closuresIn, type HolidayClosure } from './holidays.ts';

const DAY = 86_400_000;

const hhmm = (ms: number): string => {
  const m = Math.round(ms / 60_000);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** `Christmas Eve from 14:00` for a part of a day; the name alone for the whole day. */
function partName(c: HolidayClosure): string {
  if (c.from === 0 && c.to === DAY) return c.name;
  if (c.to === DAY) return `${c.name} from ${hhmm(c.from)}`;
  if (c.from === 0) return `${c.name} until ${hhmm(c.to)}`;
  return `${c.name} ${hhmm(c.from)}-${hhmm(c.to)}`;
}

/** `Good Friday (DE-HE, GB-ENG); Christmas Eve from 14:00 (DE-HE)`: one entry per name. */
export function holidayNote(closures: readonly HolidayClosure[]): string {
  const sets = new Map<string, string[]>();
  for (const c of closures) {
    const name = partName(c);
    const list = sets.get(name) ?? [];
    if (!list.includes(c.set)) list.push(c.set);
    sets.set(name, list);
  }
  return [...sets].map(([name, list]) => `${name} (${list.join(', ')})`).join('; ');
}

/** `windows` without the `closed` intervals (both in ms since midnight). */
export function withoutIntervals(
  windows: readonly DayWindow[],
  closed: readonly Interval[],
): DayWindow[] {
  let open: DayWindow[] = [...windows];
  for (const c of normaliseIntervals([...closed])) {
    open = open.flatMap((w) => {
      if (c.end <= w.from || c.start >= w.to) return [w];
      const parts: DayWindow[] = [];
      if (c.start > w.from) parts.push({ from: w.from, to: c.start });
      if (c.end < w.to) parts.push({ from: c.end, to: w.to });
      return parts;
    });
  }
  return open;
}

/** Monday-first weekday of a `YYYY-MM-DD` date. */
const weekdayOf = (date: string): number => (new Date(`${date}T00:00Z`).getUTCDay() + 6) % 7;

/**
 * The years that [start, start + horizon) touches, with a day's margin either side so that a
 * start or end read in another zone's offset never loses the first or last local day.
 */
export function yearsOf(startEpoch: number, horizon: number): { first: number; last: number } {
  const first = new Date(startEpoch - DAY).getUTCFullYear();
  const last = new Date(startEpoch + Math.max(0, horizon) + DAY).getUTCFullYear();
  return { first, last };
}

/** The closures of `sets` over whole years `first`..`last`, by date, leaving out `overridden` dates. */
export function closuresByDate(
  sets: readonly HolidaySet[],
  years: { first: number; last: number },
  overridden: ReadonlySet<string>,
): ReadonlyMap<string, HolidayClosure[]> {
  const byDate = new Map<string, HolidayClosure[]>();
  if (sets.length === 0) return byDate;
  for (const c of closuresIn(sets, years.first, years.last)) {
    if (overridden.has(c.date)) continue;
    const list = byDate.get(c.date) ?? [];
    list.push(c);
    byDate.set(c.date, list);
  }
  return byDate;
}

/** The exceptions that closures (by date) make of a week `weekly`, in date order. */
export function exceptionsOfClosures(
  byDate: ReadonlyMap<string, readonly HolidayClosure[]>,
  weekly: readonly (readonly DayWindow[])[],
): CalendarException[] {
  return [...byDate.keys()].sort().map((date) => {
    const closures = byDate.get(date) ?? [];
    const closed = closures.map((c) => ({ start: c.from, end: c.to }));
    return {
      date,
      windows: withoutIntervals(weekly[weekdayOf(date)] ?? [], closed),
      note: holidayNote(closures),
      origin: 'holiday' as const,
    };
  });
}

/**
 * The holiday exceptions of `sets` over whole years `first`..`last`, for a calendar whose week
 * is `weekly`; dates in `overridden` (the file's own exceptions) are left out.
 */
export function holidayExceptions(
  sets: readonly HolidaySet[],
  weekly: readonly (readonly DayWindow[])[],
  years: { first: number; last: number },
  overridden: ReadonlySet<string>,
): CalendarException[] {
  if (sets.length === 0) return [];
  return exceptionsOfClosures(closuresByDate(sets, years, overridden), weekly);
}
