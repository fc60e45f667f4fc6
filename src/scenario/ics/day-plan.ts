/**
 * What a calendar's occurrences do to the scenario's days. An all-day event closes its days.
 * A timed event, read as a closure (the default), takes its hours out of the day's agreed
 * hours (a closure over all of them closes the day); read as opening hours, the day's events
 * are its hours. A public holiday has no hours to start from, so only opening hours change it. A day the planner already has an exception for keeps it, unless asked to
 * replace it. Times are whole minutes: an event's seconds widen it to the minute.
 */
import { localDay } from '../../core/civil.ts';
import { normaliseIntervals } from '../../core/intervals.ts';
import type { Calendar, DayWindow, Weekday } from '../../core/model.ts';
import { MS_PER_DAY, MS_PER_MINUTE } from '../../core/time.ts';
import type { Occurrence } from './occurrences.ts';

/** What a timed event means: hours closed, or the day's (only) opening hours. */
export type TimedMeaning = 'closures' | 'opening-hours';
/** What happens to a day the planner already has an exception for. */
export type ExistingChoice = 'keep' | 'replace';

export interface DayChange {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Local midnight, epoch ms as if UTC. */
  readonly epoch: number;
  readonly weekday: Weekday;
  /** The day's agreed hours now (an exception's, when it has one). */
  readonly now: readonly DayWindow[];
  /** What the file makes of the day (from the week's hours). */
  readonly proposed: readonly DayWindow[];
  /** The day's hours after the import: `proposed`, or `now` when an exception is kept. */
  readonly after: readonly DayWindow[];
  /** The events' summaries, as the exception's note; null when they have none. */
  readonly note: string | null;
  /** `new`: no exception yet; `kept`/`replaced`: the planner's exception on that day. */
  readonly existing: 'new' | 'kept' | 'replaced';
}

export interface DayPlan {
  /** The days the file touches that change, or that hold an exception (kept or replaced), by date. */
  readonly days: readonly DayChange[];
  /** Days the file touches whose hours it does not change (a closure when closed anyway). */
  readonly unchanged: number;
}

interface Touch {
  closed: boolean;
  pieces: { start: number; end: number }[];
  summaries: string[];
}

const sameWindows = (a: readonly DayWindow[], b: readonly DayWindow[]): boolean =>
  a.length === b.length && a.every((w, i) => w.from === b[i]?.from && w.to === b[i]?.to);

const toWindows = (list: readonly { start: number; end: number }[]): DayWindow[] =>
  normaliseIntervals(list).map((i) => ({ from: i.start, to: i.end }));

/** `base` without the (sorted, disjoint) `cuts`. */
export function subtractWindows(
  base: readonly DayWindow[],
  cuts: readonly DayWindow[],
): DayWindow[] {
  const out: DayWindow[] = [];
  for (const w of base) {
    let from = w.from;
    for (const c of cuts) {
      if (c.to <= from || c.from >= w.to) continue;
      if (c.from > from) out.push({ from, to: c.from });
      from = Math.max(from, c.to);
    }
    if (from < w.to) out.push({ from, to: w.to });
  }
  return out;
}

/** Each occurrence laid on the days it touches inside [firstDay, endDay). */
function touches(
  occurrences: readonly Occurrence[],
  firstDay: number,
  endDay: number,
): Map<number, Touch> {
  const days = new Map<number, Touch>();
  const at = (day: number): Touch => {
    let t = days.get(day);
    if (t === undefined) days.set(day, (t = { closed: false, pieces: [], summaries: [] }));
    return t;
  };
  for (const o of occurrences) {
    const from = Math.max(firstDay, Math.floor(o.start / MS_PER_DAY) * MS_PER_DAY);
    for (let day = from; day < Math.min(o.end, endDay); day += MS_PER_DAY) {
      const t = at(day);
      if (o.summary.trim() !== '' && !t.summaries.includes(o.summary.trim()))
        t.summaries.push(o.summary.trim());
      if (o.allDay) {
        t.closed = true;
        continue;
      }
      const start = Math.max(o.start, day) - day;
      const end = Math.min(o.end, day + MS_PER_DAY) - day;
      t.pieces.push({
        start: Math.floor(start / MS_PER_MINUTE) * MS_PER_MINUTE,
        end: Math.ceil(end / MS_PER_MINUTE) * MS_PER_MINUTE,
      });
    }
  }
  return days;
}

/**
 * The days of [firstDay, endDay) (local midnights) that the occurrences change, with the
 * hours before and after, given the scenario's calendar and the planner's two choices.
 */
export function planDays(
  occurrences: readonly Occurrence[],
  calendar: Calendar,
  span: { readonly firstDay: number; readonly endDay: number },
  choice: {
    readonly timed: TimedMeaning;
    readonly existing: ExistingChoice;
    /**
     * Dates (`YYYY-MM-DD`) public holidays change, with the hours they leave (none when they
     * close the day): those are the day's hours, not the week's.
     */
    readonly holidays?: ReadonlyMap<string, readonly DayWindow[]>;
  },
): DayPlan {
  const exceptions = new Map<string, readonly DayWindow[]>();
  for (const e of calendar.exceptions)
    if (!exceptions.has(e.date)) exceptions.set(e.date, e.windows);
  const out: DayChange[] = [];
  let unchanged = 0;
  const touched = [...touches(occurrences, span.firstDay, span.endDay)].sort((a, b) => a[0] - b[0]);
  for (const [epoch, t] of touched) {
    const day = localDay(epoch);
    const base = choice.holidays?.get(day.date) ?? calendar.weekly[day.weekday] ?? [];
    const pieces = toWindows(t.pieces);
    const proposed = t.closed
      ? []
      : choice.timed === 'closures'
        ? subtractWindows(base, pieces)
        : pieces;
    const own = exceptions.get(day.date);
    const note = t.summaries.length > 0 ? t.summaries.join('; ') : null;
    const common = { date: day.date, epoch, weekday: day.weekday, proposed, note };
    if (own !== undefined) {
      const kept = choice.existing === 'keep';
      out.push({
        ...common,
        now: own,
        after: kept ? own : proposed,
        existing: kept ? 'kept' : 'replaced',
      });
    } else if (sameWindows(proposed, base)) unchanged++;
    else out.push({ ...common, now: base, after: proposed, existing: 'new' });
  }
  return { days: out, unchanged };
}
