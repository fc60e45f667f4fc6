/**
 * Human units in scenario files: durations (`1h30m`), duration ranges (`5m-15m`),
 * percentages (`99.5%`), times of day (`09:00`), dates (`2026-01-05`) and local
 * date-times (`2026-01-05T10:00`). Pure functions; each returns a value or a message and hint.
 */

import type { Mbco } from '../core/model.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; hint: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string, hint: string): Parsed<T> => ({ ok: false, message, hint });

const UNIT_MS: Record<string, number> = {
  w: 604_800_000,
  d: 86_400_000,
  h: 3_600_000,
  m: 60_000,
  s: 1_000,
};
const UNIT_ORDER = 'wdhms';
/** No duration in a scenario may exceed 100 years. */
export const MAX_DURATION_MS = 36_525 * 86_400_000;

const shown = (text: string): string =>
  JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);

/** `30s`, `15m`, `2h`, `365d`, `2w`, `1h30m`, `1.5h` -> milliseconds. */
export function parseDuration(input: unknown): Parsed<number> {
  const hint = 'write a number with a unit (w, d, h, m, s), e.g. 15m, 2h or 1h30m';
  if (typeof input === 'number') {
    return fail(
      `expected a duration with a unit, got the plain number ${input}`,
      `write 15m or 2h (not ${input})`,
    );
  }
  if (typeof input !== 'string') return fail('expected a duration such as 15m or 2h', hint);
  const text = input.trim();
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)([a-z]+)/g)];
  const joined = parts.map((p) => p[0]).join('');
  if (text === '' || joined !== text.replace(/\s+/g, '')) {
    if (/^\d+(\.\d+)?$/.test(text))
      return fail(
        `expected a duration with a unit, got ${shown(text)}`,
        `write ${text}m or ${text}h`,
      );
    return fail(`expected a duration such as 15m or 2h, got ${shown(text)}`, hint);
  }
  let total = 0;
  let lastRank = -1;
  for (const [, amount, unit] of parts) {
    const size = unit === undefined ? undefined : UNIT_MS[unit];
    if (size === undefined || unit === undefined) {
      return fail(
        `unknown time unit "${unit ?? ''}" in ${shown(text)}; units are w, d, h, m, s`,
        hint,
      );
    }
    const rank = UNIT_ORDER.indexOf(unit);
    if (rank <= lastRank)
      return fail(
        `units in ${shown(text)} must go from largest to smallest, each once`,
        'write 1h30m (not 30m1h)',
      );
    lastRank = rank;
    total += Number(amount) * size;
  }
  if (total > MAX_DURATION_MS)
    return fail(
      `the duration ${shown(text)} is longer than 100 years`,
      'use a realistic duration, e.g. 365d',
    );
  return ok(Math.round(total));
}

export type DurationRange =
  { type: 'fixed'; value: number } | { type: 'uniform'; min: number; max: number };

/** `10m` (fixed) or `5m-15m` (uniform between the two). */
export function parseDurationRange(input: unknown): Parsed<DurationRange> {
  if (typeof input === 'string' && input.includes('-')) {
    const [low = '', high = '', ...rest] = input.split('-');
    if (rest.length > 0)
      return fail(`expected a range like 5m-15m, got ${shown(input)}`, 'duration: 5m-15m');
    const min = parseDuration(low);
    if (!min.ok)
      return fail(`the lower end of ${shown(input)}: ${min.message}`, 'duration: 5m-15m');
    const max = parseDuration(high);
    if (!max.ok)
      return fail(`the upper end of ${shown(input)}: ${max.message}`, 'duration: 5m-15m');
    if (min.value > max.value)
      return fail(
        `the range ${shown(input)} starts after it ends`,
        'put the smaller duration first, e.g. 5m-15m',
      );
    return ok({ type: 'uniform', min: min.value, max: max.value });
  }
  const single = parseDuration(input);
  return single.ok ? ok({ type: 'fixed', value: single.value }) : single;
}

/** `99.5%` -> 0.995. Only the `%` form is accepted, so 0.5 and 50 cannot be confused. */
export function parsePercent(input: unknown, example = '99.5%'): Parsed<number> {
  if (typeof input === 'number') {
    return fail(
      `expected a percentage with a % sign, got the plain number ${input}`,
      `write it with a % sign, e.g. ${example}`,
    );
  }
  const match = typeof input === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(input) : null;
  if (match === null)
    return fail(
      `expected a percentage such as ${example}, got ${typeof input === 'string' ? shown(input) : 'something else'}`,
      `write it with a % sign, e.g. ${example}`,
    );
  const value = Number(match[1]);
  if (value > 100)
    return fail(`a percentage cannot exceed 100%, got ${shown(String(input))}`, `e.g. ${example}`);
  return ok(value / 100);
}

/**
 * A minimum business continuity objective: `50%` (a share of the demand at each moment) or
 * `600 tpm` (an absolute rate of transactions per minute).
 */
export function parseMbco(input: unknown): Parsed<Mbco> {
  const hint = 'write a share of the demand such as 50%, or a rate such as 600 tpm';
  if (typeof input === 'number')
    return fail(`expected a percentage or a rate, got the plain number ${input}`, hint);
  const rate = typeof input === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*tpm\s*$/.exec(input) : null;
  if (rate !== null) {
    const tpm = Number(rate[1]);
    return tpm > 0 ? ok({ kind: 'rate', tpm }) : fail('an MBCO rate must be above 0 tpm', hint);
  }
  if (typeof input === 'string' && /%/.test(input)) {
    const share = parsePercent(input, '50%');
    return share.ok ? ok({ kind: 'share', share: share.value }) : share;
  }
  return fail(
    `expected a percentage such as 50% or a rate such as 600 tpm, got ${typeof input === 'string' ? shown(input) : 'something else'}`,
    hint,
  );
}

/** `09:00` -> ms since midnight; `24:00` only when `allowEndOfDay`. */
export function parseTimeOfDay(input: unknown, allowEndOfDay = false): Parsed<number> {
  const text = typeof input === 'string' ? input.trim() : String(input);
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  const hint = allowEndOfDay
    ? 'write HH:MM on a 24-hour clock, e.g. 09:00 or 24:00'
    : 'write HH:MM on a 24-hour clock, e.g. 09:00';
  if (match === null) return fail(`expected a time of day HH:MM, got ${shown(text)}`, hint);
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h === 24 && m === 0 && allowEndOfDay) return ok(86_400_000);
  if (h > 23 || m > 59) return fail(`${shown(text)} is not a time of day`, hint);
  return ok(h * 3_600_000 + m * 60_000);
}

function civil(y: number, mo: number, d: number): number | null {
  const epoch = Date.UTC(y, mo - 1, d);
  const date = new Date(epoch);
  if (y < 1900 || y > 2200) return null;
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return null;
  return epoch;
}

/** `2026-01-05` -> epoch ms of that local midnight (as if UTC). */
export function parseDate(input: unknown): Parsed<number> {
  const text = typeof input === 'string' ? input.trim() : String(input);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null)
    return fail(`expected a date YYYY-MM-DD, got ${shown(text)}`, 'e.g. 2026-12-25');
  const epoch = civil(Number(match[1]), Number(match[2]), Number(match[3]));
  if (epoch === null)
    return fail(`${shown(text)} is not a calendar date between 1900 and 2200`, 'e.g. 2026-12-25');
  return ok(epoch);
}

/** `2026-01-05T10:00` or `2026-01-05T10:00:30` (no time zone) -> epoch ms as if UTC. */
export function parseLocalDateTime(input: unknown): Parsed<number> {
  const text = typeof input === 'string' ? input.trim() : String(input);
  const hint = 'write a local date-time without a time zone, e.g. 2026-01-05T09:00';
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(text) && text.includes('T')) {
    return fail(
      `${shown(text)} has a time zone; scenario times are local wall-clock times and the zone is given once, as timeZone (e.g. timeZone: Europe/London)`,
      hint,
    );
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (match === null || !text.includes('T'))
    return fail(`expected a local date-time YYYY-MM-DDTHH:MM, got ${shown(text)}`, hint);
  const day = civil(Number(match[1]), Number(match[2]), Number(match[3]));
  const h = Number(match[4]);
  const m = Number(match[5]);
  const s = Number(match[6] ?? '0');
  if (day === null || h > 23 || m > 59 || s > 59)
    return fail(`${shown(text)} is not a valid date and time`, hint);
  return ok(day + h * 3_600_000 + m * 60_000 + s * 1000);
}

/** Formats epoch ms (as if UTC) back to `YYYY-MM-DDTHH:MM`. */
export function formatLocalDateTime(epoch: number): string {
  return new Date(epoch).toISOString().slice(0, 16);
}
