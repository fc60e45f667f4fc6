/**
 * An iCalendar import, previewed before anything changes: which days of the scenario's horizon
 * the file changes (now -> after, with the events' summaries as notes), which of them already
 * had the planner's own exception (kept, or replaced when asked), the entries to write, and
 * notes on how the file was read (time zones, cancelled and empty events).
 */
import { formatLocal } from '../../core/civil.ts';
import type { Calendar, DayWindow } from '../../core/model.ts';
import { MS_PER_DAY } from '../../core/time.ts';
import { planDays, type DayChange, type ExistingChoice, type TimedMeaning } from './day-plan.ts';
import { exceptionRows, type ExceptionRow } from './exception-rows.ts';
import { occurrencesIn, type TimeTally } from './occurrences.ts';
import { problem, type IcsResult } from './problem.ts';
import type { IcsCalendar } from './read-ics.ts';
import { isKnownZone } from './wall-clock.ts';

export interface IcsImportOptions {
  /** The scenario's calendar: the week's hours and the planner's exceptions (one per date). */
  readonly calendar: Calendar;
  /** The scenario's start, epoch ms as if UTC (`Scenario.startEpoch`). */
  readonly start: number;
  readonly horizon: number;
  /** The scenario's IANA time zone (`timeZone:`), or null. */
  readonly timeZone: string | null;
  /** Dates (`YYYY-MM-DD`) the scenario's public holidays change, with the hours they leave. */
  readonly holidays?: ReadonlyMap<string, readonly DayWindow[]>;
  readonly timed: TimedMeaning;
  readonly existing: ExistingChoice;
}

export interface IcsPreview {
  /** Days that change, and days with an exception the file touches, by date. */
  readonly days: readonly DayChange[];
  /** The `calendar.exceptions` entries to add (consecutive equal days as ranges). */
  readonly rows: readonly ExceptionRow[];
  /** Days whose hours the import changes (new exceptions and replaced ones). */
  readonly changed: number;
  readonly kept: number;
  readonly replaced: number;
  /** Whether any event has a time of day (then `timed` matters). */
  readonly hasTimed: boolean;
  /** How the file was read, in sentences. */
  readonly notes: readonly string[];
  /** The scenario's first and last day, `YYYY-MM-DD`. */
  readonly firstDay: string;
  readonly lastDay: string;
}

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const names = (list: readonly string[]): string =>
  list.length <= 1
    ? (list[0] ?? '')
    : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1] ?? ''}`;

function zoneNotes(
  tally: TimeTally,
  scenarioZone: string | null,
  calendarZone: string | null,
): string[] {
  const zones = [...tally.zones.keys()].sort();
  if (scenarioZone !== null) {
    const written = [...zones, ...(tally.utc > 0 ? ['UTC'] : [])].filter((z) => z !== scenarioZone);
    return written.length > 0
      ? [`Times in ${names(written)} are converted to the scenario's time zone (${scenarioZone}).`]
      : [];
  }
  const out: string[] = [];
  if (zones.length > 0)
    out.push(
      `Times in ${names(zones)} are read as written there (14:00 there is 14:00 in the scenario): the scenario has no time zone to convert them to.`,
    );
  if (tally.utc > 0)
    out.push(
      calendarZone !== null
        ? `${plural(tally.utc, 'time')} written in UTC ${tally.utc === 1 ? 'is' : 'are'} shown in the calendar's time zone (${calendarZone}).`
        : `${plural(tally.utc, 'time')} written in UTC ${tally.utc === 1 ? 'is' : 'are'} read as scenario-local time: neither the scenario nor the file names a time zone.`,
    );
  return out;
}

/** What the import would do to the scenario, or why it cannot. */
export function previewIcsImport(
  file: IcsCalendar,
  options: IcsImportOptions,
): IcsResult<IcsPreview> {
  const zone = options.timeZone;
  if (zone !== null && !isKnownZone(zone))
    return {
      ok: false,
      problem: problem(
        null,
        `the scenario's timeZone "${zone}" is not a known time zone`,
        'fix timeZone first (an IANA name such as Europe/London), then import the calendar',
      ),
    };
  const firstDay = Math.floor(options.start / MS_PER_DAY) * MS_PER_DAY;
  const endDay =
    Math.floor((options.start + options.horizon - 1) / MS_PER_DAY) * MS_PER_DAY + MS_PER_DAY;
  const dayText = (epoch: number) => formatLocal(epoch).slice(0, 10);
  const span = `${dayText(firstDay)} to ${dayText(endDay - MS_PER_DAY)}`;
  const expanded = occurrencesIn(
    file,
    { from: firstDay, to: endDay },
    {
      scenarioZone: zone,
      calendarZone: file.calendarZone,
    },
  );
  if (!expanded.ok) return expanded;
  const { occurrences, tally, seen } = expanded.value;
  if (occurrences.length === 0)
    return {
      ok: false,
      problem: problem(
        null,
        `none of the file's ${plural(file.events.length, 'event')} falls inside the scenario (${span})${
          seen === null
            ? ''
            : `; they fall between ${dayText(seen.first)} and ${dayText(seen.last)}`
        }`,
        "check that this is the calendar you meant, or change the scenario's start and horizon",
      ),
    };
  const plan = planDays(occurrences, options.calendar, { firstDay, endDay }, options);
  const count = (e: DayChange['existing']) => plan.days.filter((d) => d.existing === e).length;
  const kept = count('kept');
  const replaced = count('replaced');
  const notes = [
    ...zoneNotes(tally, zone, file.calendarZone),
    ...(file.cancelled > 0 ? [`${plural(file.cancelled, 'cancelled event')} left out.`] : []),
    ...(tally.empty > 0
      ? [
          `${plural(tally.empty, 'timed event')} without an end (no DTEND or DURATION) change nothing.`,
        ]
      : []),
    ...(plan.unchanged > 0
      ? [
          `${plural(plan.unchanged, 'day')} the file touches ${plan.unchanged === 1 ? 'keeps its' : 'keep their'} hours (closed anyway, or the events are outside the agreed hours).`,
        ]
      : []),
  ];
  return {
    ok: true,
    value: {
      days: plan.days,
      rows: exceptionRows(plan.days),
      changed: count('new') + replaced,
      kept,
      replaced,
      hasTimed: occurrences.some((o) => !o.allDay),
      notes,
      firstDay: dayText(firstDay),
      lastDay: dayText(endDay - MS_PER_DAY),
    },
  };
}
