/** The bank's calendar and fixtures for the iCalendar import tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Calendar, CalendarException } from '../../../src/core/model.ts';
import { parseDate } from '../../../src/scenario/units.ts';
import {
  previewIcsImport,
  readIcs,
  type IcsImportOptions,
  type IcsPreview,
  type IcsProblem,
} from '../../../src/scenario/ics/index.ts';

export const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, '../../fixtures/ics', name), 'utf8');

const H = 3_600_000;
const BANK_DAY = [{ from: 9 * H, to: 16 * H }];

/** The seed's bank: 09:00-16:00 Monday to Friday, with the given exceptions. */
export const bankCalendar = (exceptions: CalendarException[] = []): Calendar => ({
  weekly: [BANK_DAY, BANK_DAY, BANK_DAY, BANK_DAY, BANK_DAY, [], []],
  exceptions,
});

const epoch = (date: string): number => {
  const p = parseDate(date);
  if (!p.ok) throw new Error(p.message);
  return p.value;
};

/** Options for a scenario starting at midnight on `start` and running `days` days. */
export const options = (
  start: string,
  days: number,
  more: Partial<IcsImportOptions> = {},
): IcsImportOptions => ({
  calendar: bankCalendar(),
  start: epoch(start),
  horizon: days * 24 * H,
  timeZone: null,
  timed: 'closures',
  existing: 'keep',
  ...more,
});

/** Reads `text` and previews it; throws when either refuses. */
export function preview(text: string, opts: IcsImportOptions): IcsPreview {
  const read = readIcs(text);
  if (!read.ok) throw new Error(`read refused: ${read.problem.message}`);
  const p = previewIcsImport(read.value, opts);
  if (!p.ok) throw new Error(`preview refused: ${p.problem.message}`);
  return p.value;
}

/** Why `text` is refused (by the reader, or the preview with `opts`); throws when it is not. */
export function refusal(text: string, opts?: IcsImportOptions): IcsProblem {
  const read = readIcs(text);
  if (!read.ok) return read.problem;
  if (opts === undefined) throw new Error('the file was read');
  const p = previewIcsImport(read.value, opts);
  if (!p.ok) return p.problem;
  throw new Error('the file was accepted');
}

/** `[date, weekday, now, after, note, existing]` of each day, as the preview table lists them. */
export const table = (p: IcsPreview) =>
  p.days.map((d) => [
    d.date,
    ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday],
    hoursText(d.now),
    hoursText(d.after),
    d.note,
    d.existing,
  ]);

const hhmm = (ms: number) =>
  `${String(Math.floor(ms / H)).padStart(2, '0')}:${String((ms % H) / 60_000).padStart(2, '0')}`;
export const hoursText = (w: readonly { from: number; to: number }[]): string =>
  w.length === 0 ? 'closed' : w.map((x) => `${hhmm(x.from)}-${hhmm(x.to)}`).join(', ');

/** An .ics text from its event lines (CRLF, as RFC 5545 writes it). */
export const ics = (...lines: string[]): string =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Continuity simulator tests//EN',
    ...lines,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
