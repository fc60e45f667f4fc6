/**
 * Scenario-local calendar arithmetic. Local times are handled as if they were UTC so that
 * there are no time zones and no daylight-saving jumps: a scenario day is always 24 h.
 * (Date is used here as a calendar calculator only, never as a clock.)
 */
import { MS_PER_DAY } from './time.ts';
import type { Weekday } from './model.ts';

export interface LocalDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  readonly day: number;
  /** 0 = Monday ... 6 = Sunday. */
  readonly weekday: Weekday;
  /** Epoch ms (as UTC) of local midnight. */
  readonly midnight: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function localDay(epoch: number): LocalDay {
  const midnight = Math.floor(epoch / MS_PER_DAY) * MS_PER_DAY;
  const d = new Date(midnight);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return {
    date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
    year,
    month,
    day,
    weekday: ((d.getUTCDay() + 6) % 7) as Weekday,
    midnight,
  };
}

/** Weekday of an epoch time, Monday = 0 (1970-01-01 was a Thursday). */
export const weekdayOf = (epoch: number): Weekday =>
  ((((Math.floor(epoch / MS_PER_DAY) + 3) % 7) + 7) % 7) as Weekday;

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Parses `YYYY-MM-DDTHH:MM[:SS]` or `YYYY-MM-DD` as epoch ms (as UTC); NaN when malformed. */
export function parseLocal(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) return NaN;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((x) => x ?? '0');
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return NaN;
  return Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s));
}

/** Formats epoch ms (as UTC) as scenario-local `YYYY-MM-DDTHH:MM` (with `:SS` when not zero). */
export function formatLocal(epoch: number): string {
  const d = new Date(Math.round(epoch));
  const base = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  const s = d.getUTCSeconds();
  return s ? `${base}:${pad(s)}` : base;
}

export const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
