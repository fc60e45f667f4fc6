/**
 * The occurrences of a calendar's events that touch a span of scenario-local time: recurring
 * events (RRULE, RDATE, EXDATE) expanded with ical.js's iterators, each occurrence taken from
 * its override (RECURRENCE-ID) when there is one, cancelled occurrences left out, and every
 * time read on the scenario's clock (wall-clock.ts).
 */
import type ICAL from 'ical.js';
import { MS_PER_DAY } from '../../core/time.ts';
import type { IcsCalendar, IcsEvent } from './read-ics.ts';
import { problem, type IcsResult } from './problem.ts';
import { kindOf, localTime, type ZoneContext } from './wall-clock.ts';

export interface Occurrence {
  /** Scenario-local wall-clock time, epoch ms as if UTC. */
  readonly start: number;
  /** Exclusive; for an all-day event the midnight after its last day. */
  readonly end: number;
  readonly allDay: boolean;
  readonly summary: string;
  /** The line of the event's BEGIN:VEVENT (the override's, for an overridden occurrence). */
  readonly line: number;
}

/** How the occurrences' times were written, for the preview to say how they were read. */
export interface TimeTally {
  utc: number;
  floating: number;
  /** Zone names (TZID) seen, with how many times used them. */
  readonly zones: Map<string, number>;
  /** Timed occurrences without a length (no DTEND or DURATION): they change nothing. */
  empty: number;
}

export interface Expansion {
  readonly occurrences: readonly Occurrence[];
  readonly tally: TimeTally;
  /** Earliest and latest start of any occurrence looked at (to explain an empty horizon). */
  readonly seen: { readonly first: number; readonly last: number } | null;
}

/** More occurrences than this before the span ends means a rule that repeats absurdly often. */
export const MAX_OCCURRENCES_PER_EVENT = 100_000;

const isCancelled = (item: ICAL.Event): boolean =>
  String(item.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

/** The TZID parameter of an event's DTSTART or DTEND (DTEND falls back to DTSTART's). */
function tzidOf(item: ICAL.Event, name: 'dtstart' | 'dtend'): string | null {
  const prop = item.component.getFirstProperty(name) ?? item.component.getFirstProperty('dtstart');
  const tzid: unknown = prop?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : null;
}

const lineOf = (e: IcsEvent, name: string): number =>
  e.block.props.find((p) => p.name === name)?.line ?? e.line;

function tallyTime(t: ICAL.Time, tzid: string | null, tally: TimeTally): void {
  const kind = kindOf(t, tzid);
  if (kind === 'utc') tally.utc++;
  else if (kind === 'floating') tally.floating++;
  else if (kind !== 'date') tally.zones.set(kind.zone, (tally.zones.get(kind.zone) ?? 0) + 1);
}

const widen = (seen: Expansion['seen'], t: number): NonNullable<Expansion['seen']> =>
  seen === null
    ? { first: t, last: t }
    : { first: Math.min(seen.first, t), last: Math.max(seen.last, t) };

/** Whether an EXDATE of the event names its DTSTART (a date EXDATE names the whole day). */
function startExcluded(event: ICAL.Event): boolean {
  const start = event.startDate;
  return event.component.getAllProperties('exdate').some((p) =>
    p.getValues().some((v) => {
      const t = v as ICAL.Time;
      return t.isDate
        ? t.year === start.year && t.month === start.month && t.day === start.day
        : t.compare(start) === 0;
    }),
  );
}

/**
 * The starts of an event's occurrences, in order. DTSTART always counts as the first (RFC 5545,
 * 3.8.5.3), which ical.js 2.2.1 leaves out of a series of RDATEs only or whose RRULE does not
 * match it (kewisch/ical.js#294); here it is added in front, unless an EXDATE removes it.
 */
function* startsOf(event: ICAL.Event): Generator<{ time: ICAL.Time; first: boolean }> {
  const it = event.iterator();
  let next = it.next();
  if (
    event.isRecurring() &&
    (!next || next.compare(event.startDate) !== 0) &&
    !startExcluded(event)
  )
    yield { time: event.startDate, first: true };
  for (; next; next = it.next()) yield { time: next, first: false };
}

/**
 * Every occurrence of `calendar` that overlaps [from, to) (scenario-local ms), or the place of
 * an event that cannot be expanded (an unknown zone to convert, a rule that repeats too often).
 */
export function occurrencesIn(
  calendar: IcsCalendar,
  span: { readonly from: number; readonly to: number },
  ctx: ZoneContext,
): IcsResult<Expansion> {
  const occurrences: Occurrence[] = [];
  const tally: TimeTally = { utc: 0, floating: 0, zones: new Map(), empty: 0 };
  let seen: Expansion['seen'] = null;
  // A zone moves a time by less than a day; iterate (in the event's own time) a day beyond.
  const stopAfter = span.to + MS_PER_DAY;
  for (const e of calendar.events) {
    let count = 0;
    try {
      for (const { time, first } of startsOf(e.event)) {
        const written = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute);
        if (written >= stopAfter) {
          seen = widen(seen, written);
          if (first) continue;
          break;
        }
        if (++count > MAX_OCCURRENCES_PER_EVENT)
          return {
            ok: false,
            problem: problem(
              lineOf(e, 'RRULE'),
              `the event "${e.summary}" repeats more than ${MAX_OCCURRENCES_PER_EVENT.toLocaleString('en-US')} times before the scenario ends`,
              'a closure that repeats every few minutes or seconds is not a calendar of closed days; check its RRULE (FREQ, INTERVAL)',
            ),
          };
        const details = e.event.getOccurrenceDetails(time);
        if (isCancelled(details.item)) continue;
        const startZone = tzidOf(details.item, 'dtstart');
        const start = localTime(details.startDate, startZone, ctx);
        const end = localTime(details.endDate, tzidOf(details.item, 'dtend'), ctx);
        if (start === null || end === null) {
          const zone = kindOf(details.startDate, startZone);
          return {
            ok: false,
            problem: problem(
              lineOf(e, 'DTSTART'),
              `the event "${e.summary}" is in the time zone "${typeof zone === 'object' ? zone.zone : ''}", which is not an IANA name and has no VTIMEZONE in the file`,
              'export the calendar again with its time zones (VTIMEZONE), or use an IANA name such as Europe/London in TZID',
            ),
          };
        }
        seen = widen(seen, start);
        const allDay = details.startDate.isDate;
        if (end <= start) {
          if (!allDay) tally.empty++;
          continue;
        }
        if (end <= span.from || start >= span.to) continue;
        if (!allDay) tallyTime(details.startDate, startZone, tally);
        const line = e.overrideLines.get(details.item.component) ?? e.line;
        occurrences.push({ start, end, allDay, summary: details.item.summary ?? e.summary, line });
      }
    } catch (error) {
      return {
        ok: false,
        problem: problem(
          lineOf(e, 'RRULE'),
          `the event "${e.summary}" (line ${e.line}) cannot be expanded: ${error instanceof Error ? error.message : String(error)}`,
          'check its RRULE, RDATE and EXDATE, or export the calendar again',
        ),
      };
    }
  }
  occurrences.sort((a, b) => a.start - b.start || a.end - b.end || a.line - b.line);
  return { ok: true, value: { occurrences, tally, seen } };
}
