/**
 * The days of one year as a calendar resolves them (weekly hours, public holidays, the file's
 * exceptions), laid out as twelve month grids of Monday-first weeks, with the words that say
 * why a day is closed or different. Pure: the year view draws it.
 */
import type { Calendar, DayWindow } from '../../../core/model.ts';
import { DAY_LABELS } from './week-grid.ts';

const DAY = 86_400_000;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * - `open`: the week's hours;
 * - `weekly`: closed every week on that weekday;
 * - `holiday`: a public holiday closes the whole day; `holiday-part`: part of it;
 * - `closed`: an exception of the file closes it; `hours`: an exception gives other hours.
 */
export type DayKind = 'open' | 'weekly' | 'holiday' | 'holiday-part' | 'closed' | 'hours';

export interface YearDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly day: number;
  /** 0 = Monday. */
  readonly weekday: number;
  readonly kind: DayKind;
  /** The agreed hours of the day, `09:00-14:00`, or `closed`. */
  readonly hours: string;
  /** The holiday's name and set, or the exception's note; null when none. */
  readonly note: string | null;
  /** Outside the run (before its start or after its end). */
  readonly outside: boolean;
  /** Everything about the day in words: `Friday 3 April 2026: public holiday, closed: Good Friday (GB-ENG)`. */
  readonly text: string;
}

export interface MonthGrid {
  readonly name: string;
  /** Weeks of seven slots, Monday first; null before the 1st and after the last day. */
  readonly weeks: readonly (readonly (YearDay | null)[])[];
}

const hhmm = (ms: number): string => {
  const m = Math.round(ms / 60_000);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

export const hoursText = (windows: readonly DayWindow[]): string =>
  windows.length === 0 ? 'closed' : windows.map((w) => `${hhmm(w.from)}-${hhmm(w.to)}`).join(', ');

const KIND_WORDS: Record<DayKind, string> = {
  open: 'open',
  weekly: 'closed every week',
  holiday: 'public holiday',
  'holiday-part': 'public holiday for part of the day',
  closed: 'exception',
  hours: 'exception',
};

/** How the view names each kind in its legend. */
export const KIND_LEGEND: Record<DayKind, string> = {
  open: 'Open (the week’s hours)',
  weekly: 'Closed every week',
  holiday: 'Public holiday',
  'holiday-part': 'Public holiday, part of the day',
  closed: 'Exception: closed',
  hours: 'Exception: other hours',
};

/** The run's local years, first to last. */
export function yearsOfRun(startEpoch: number, horizon: number): number[] {
  const first = new Date(startEpoch).getUTCFullYear();
  const last = new Date(startEpoch + Math.max(0, horizon - 1)).getUTCFullYear();
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** One day of `calendar`, resolved as the engine reads it (the first exception of a date counts). */
function dayOf(
  calendar: Calendar,
  exceptions: ReadonlyMap<string, Calendar['exceptions'][number]>,
  midnight: number,
  run: { from: number; to: number },
): YearDay {
  const d = new Date(midnight);
  const date = d.toISOString().slice(0, 10);
  const weekday = (d.getUTCDay() + 6) % 7;
  const exception = exceptions.get(date);
  const windows = exception?.windows ?? calendar.weekly[weekday] ?? [];
  const kind: DayKind =
    exception === undefined
      ? windows.length === 0
        ? 'weekly'
        : 'open'
      : exception.origin === 'holiday'
        ? windows.length === 0
          ? 'holiday'
          : 'holiday-part'
        : windows.length === 0
          ? 'closed'
          : 'hours';
  const hours = hoursText(windows);
  const note = exception?.note ?? null;
  const outside = midnight + DAY <= run.from || midnight >= run.to;
  const when = `${DAY_LABELS[weekday] ?? ''} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
  const open = hours === 'closed' ? 'closed' : `open ${hours}`;
  const what =
    kind === 'weekly'
      ? 'closed every week'
      : kind === 'open'
        ? open
        : `${KIND_WORDS[kind]}, ${open}`;
  const text = `${when}: ${what}${note === null ? '' : `: ${note}`}${outside ? ' (outside the run)' : ''}`;
  return { date, day: d.getUTCDate(), weekday, kind, hours, note, outside, text };
}

/** The twelve months of `year` for `calendar`, with the run [from, to) in epoch ms. */
export function yearGrid(
  calendar: Calendar,
  year: number,
  run: { from: number; to: number },
): MonthGrid[] {
  const exceptions = new Map<string, Calendar['exceptions'][number]>();
  for (const e of calendar.exceptions) if (!exceptions.has(e.date)) exceptions.set(e.date, e);
  return MONTHS.map((name, month) => {
    const first = Date.UTC(year, month, 1);
    const count = new Date(Date.UTC(year, month + 1, 1) - DAY).getUTCDate();
    const slots: (YearDay | null)[] = Array.from(
      { length: (new Date(first).getUTCDay() + 6) % 7 },
      () => null,
    );
    for (let i = 0; i < count; i++) slots.push(dayOf(calendar, exceptions, first + i * DAY, run));
    while (slots.length % 7 !== 0) slots.push(null);
    const weeks = Array.from({ length: slots.length / 7 }, (_, w) => slots.slice(w * 7, w * 7 + 7));
    return { name, weeks };
  });
}

/** The days of the grid that are holidays or exceptions, in date order (the list under the grid). */
export const markedDays = (months: readonly MonthGrid[]): YearDay[] =>
  months.flatMap((m) =>
    m.weeks.flatMap((w) =>
      w.filter((d): d is YearDay => d !== null && d.kind !== 'open' && d.kind !== 'weekly'),
    ),
  );
