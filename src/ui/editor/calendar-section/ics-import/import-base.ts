/**
 * What an iCalendar import needs to know of the scenario, read from the file as it is now (the
 * form edits the text, which may be ahead of the last valid scenario): its start and horizon,
 * its week and exceptions, and its time zone when it names one. When one of them does not
 * read, the import waits until it does, and says which.
 */
import type { CalendarException } from '../../../../core/model.ts';
import { CalendarSchema } from '../../../../scenario/calendar-format.ts';
import { holidayExceptions, yearsOf } from '../../../../scenario/holiday-calendar.ts';
import type { IcsImportOptions } from '../../../../scenario/ics/index.ts';
import { LIMITS } from '../../../../scenario/limits.ts';
import { parseDuration, parseLocalDateTime } from '../../../../scenario/units.ts';
import { valueAt } from '../form-field.ts';

export type ImportBase = Omit<IcsImportOptions, 'timed' | 'existing'>;

export type ImportBaseResult =
  | { readonly ok: true; readonly value: ImportBase }
  | { readonly ok: false; readonly reason: string };

const DAY = 86_400_000;

export function importBaseOf(data: unknown): ImportBaseResult {
  const start = parseLocalDateTime(valueAt(data, ['start']));
  if (!start.ok)
    return { ok: false, reason: "The scenario's start is not valid yet: fix it, then import." };
  const horizon = parseDuration(valueAt(data, ['horizon']));
  if (!horizon.ok || horizon.value <= 0 || horizon.value > LIMITS.horizonDays * DAY)
    return { ok: false, reason: "The scenario's horizon is not valid yet: fix it, then import." };
  const calendar = CalendarSchema.safeParse(valueAt(data, ['calendar']));
  if (!calendar.success)
    return {
      ok: false,
      reason: 'The agreed hours or exceptions have errors: fix them, then import.',
    };
  // One exception per date, the first that names it, as the engine reads them.
  const exceptions: CalendarException[] = [];
  const seen = new Set<number>();
  for (const e of calendar.data.exceptions)
    for (let day = e.date.epoch; day <= e.to.epoch; day += DAY) {
      if (seen.has(day)) continue;
      seen.add(day);
      const date = new Date(day).toISOString().slice(0, 10);
      exceptions.push({ date, windows: e.windows, note: e.note });
    }
  const zone = valueAt(data, ['timeZone']);
  // Days the public holidays change, with the hours they leave (the planner's own exceptions
  // win over them, as in a run).
  const holidays = new Map(
    holidayExceptions(
      calendar.data.holidays,
      calendar.data.weekly,
      yearsOf(start.value, horizon.value),
      new Set(exceptions.map((e) => e.date)),
    ).map((e) => [e.date, e.windows] as const),
  );
  return {
    ok: true,
    value: {
      calendar: { weekly: calendar.data.weekly, exceptions },
      start: start.value,
      horizon: horizon.value,
      holidays,
      timeZone: typeof zone === 'string' && zone.trim() !== '' ? zone.trim() : null,
    },
  };
}
