/**
 * The days an import changes as `calendar.exceptions` entries, written the way people write
 * them: `{ date: 2026-12-24, closed: true, note: Christmas Eve }` or `hours: "09:00-12:00"`,
 * consecutive days with the same hours and note as one entry with `to:`.
 */
import type { DayWindow } from '../../core/model.ts';
import { MS_PER_DAY } from '../../core/time.ts';
import type { DayChange } from './day-plan.ts';

export interface ExceptionRow {
  readonly date: string;
  readonly to?: string;
  readonly closed?: true;
  readonly hours?: string;
  readonly note?: string;
}

/** The longest span one entry may cover (calendar-format.ts refuses a longer one). */
const MAX_SPAN_DAYS = 366;

const hhmm = (ms: number): string => {
  const m = Math.round(ms / 60_000);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** `09:00-12:00, 13:00-17:00`; '' for none. */
export const formatWindows = (windows: readonly DayWindow[]): string =>
  windows.map((w) => `${hhmm(w.from)}-${hhmm(w.to)}`).join(', ');

interface Run {
  readonly first: DayChange;
  last: DayChange;
  hours: string;
}

function rowOf(run: Run): ExceptionRow {
  const { first, last } = run;
  return {
    date: first.date,
    ...(last.epoch !== first.epoch ? { to: last.date } : {}),
    ...(run.hours === '' ? { closed: true as const } : { hours: run.hours }),
    ...(first.note !== null ? { note: first.note } : {}),
  };
}

/** The entries to write for the days that change (kept days are left out), by date. */
export function exceptionRows(days: readonly DayChange[]): ExceptionRow[] {
  const rows: ExceptionRow[] = [];
  let run: Run | null = null;
  for (const day of days) {
    if (day.existing === 'kept') continue;
    const hours = formatWindows(day.after);
    if (
      run !== null &&
      day.epoch === run.last.epoch + MS_PER_DAY &&
      hours === run.hours &&
      day.note === run.first.note &&
      (day.epoch - run.first.epoch) / MS_PER_DAY < MAX_SPAN_DAYS
    ) {
      run.last = day;
      continue;
    }
    if (run !== null) rows.push(rowOf(run));
    run = { first: day, last: day, hours };
  }
  if (run !== null) rows.push(rowOf(run));
  return rows;
}
