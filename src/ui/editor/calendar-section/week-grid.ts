/**
 * The weekly grid of agreed hours: the file's `agreedHours` map as seven Monday-first days
 * (hours text, or null when closed), and a week written back as a compact map.
 */
import { parseWindows } from '../../../scenario/day-keys.ts';
import { compactDayMap, readDayMap } from './day-map.ts';

export const DAY_LABELS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

/** Hours text per day, Monday first; null when the day is closed (not listed, or empty). */
export type Week = readonly (string | null)[];

/** Hours offered when a closed day is opened and no other day is open. */
export const DEFAULT_HOURS = '09:00-17:00';

export function readWeek(agreedHours: unknown): Week {
  return readDayMap(agreedHours).map((v) => {
    const text = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
    return text === '' ? null : text;
  });
}

const hhmm = (ms: number) => {
  const m = Math.round(ms / 60_000);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** Hours in one form (`09:00-12:00, 13:00-17:00`) when they parse; otherwise as typed. */
export function canonicalHours(text: string): string {
  const parsed = parseWindows(text.trim());
  if (!parsed.ok) return text.trim();
  return parsed.value.map((w) => `${hhmm(w.from)}-${hhmm(w.to)}`).join(', ');
}

/** The week with one day changed: `null` or blank text closes it. */
export function withDay(week: Week, day: number, hours: string | null): Week {
  const text = hours === null || hours.trim() === '' ? null : canonicalHours(hours);
  return week.map((t, d) => (d === day ? text : t));
}

/** The hours to offer when `day` is opened: the nearest open day's (earlier first), or a default. */
export function hoursToOpen(week: Week, day: number): string {
  for (let distance = 1; distance < 7; distance++) {
    const earlier = week[day - distance];
    if (earlier) return earlier;
    const later = week[day + distance];
    if (later) return later;
  }
  return DEFAULT_HOURS;
}

/** The `agreedHours` map for a week: `{ mon-fri: "09:00-16:00", sat: "09:00-12:00" }`. */
export function agreedHoursOf(week: Week): Record<string, string> {
  return compactDayMap(week.map((t) => (t === null ? undefined : canonicalHours(t))));
}

/** Agreed hours a week, in hours (days whose text does not parse count 0). */
export function weeklyHours(week: Week): number {
  let total = 0;
  for (const text of week) {
    if (text === null) continue;
    const parsed = parseWindows(text);
    if (parsed.ok) for (const w of parsed.value) total += (w.to - w.from) / 3_600_000;
  }
  return total;
}
