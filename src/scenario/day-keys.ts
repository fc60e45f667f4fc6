/**
 * Day keys (`mon-fri`, `sat,sun`, `daily`) and windows of hours (`"09:00-12:00, 13:00-17:00"`),
 * and a zod mapping from day keys to values decoded to seven Monday-first slots.
 */
import { z } from './zod.ts';
import type { DayWindow, Weekday } from '../core/model.ts';
import { withHint } from './issues.ts';
import { parseTimeOfDay, type Parsed } from './units.ts';

export const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY = `(${DAY_NAMES.join('|')})`;
export const DAY_KEY_PATTERN = `^(daily|${DAY}(-${DAY})?(\\s*,\\s*${DAY}(-${DAY})?)*)$`;
const DAY_HINT = 'use mon..sun, ranges like mon-fri, lists like mon,wed, or daily';

/** `mon-fri` -> [0..4]; `sat,sun` -> [5, 6]; `daily` -> all seven. */
export function parseDayKey(key: string): Parsed<Weekday[]> {
  if (key.trim() === 'daily') return { ok: true, value: [0, 1, 2, 3, 4, 5, 6] };
  const days: Weekday[] = [];
  for (const part of key.split(',')) {
    const [from = '', to, ...rest] = part.trim().split('-');
    const a = DAY_NAMES.indexOf(from as (typeof DAY_NAMES)[number]);
    const b = to === undefined ? a : DAY_NAMES.indexOf(to as (typeof DAY_NAMES)[number]);
    if (a < 0 || b < 0 || rest.length > 0)
      return { ok: false, message: `"${key}" is not a day or range of days`, hint: DAY_HINT };
    if (b < a)
      return {
        ok: false,
        message: `the day range "${part.trim()}" runs backwards`,
        hint: `write days in order Monday to Sunday, e.g. ${DAY_NAMES[b]}-${DAY_NAMES[a]} or ${from}-sun, mon-${to ?? ''}`,
      };
    for (let d = a; d <= b; d++) days.push(d as Weekday);
  }
  return { ok: true, value: days };
}

/** `"09:00-12:00, 13:00-17:00"` -> sorted, non-overlapping windows within one day. */
export function parseWindows(input: string): Parsed<DayWindow[]> {
  const windows: DayWindow[] = [];
  const example = 'e.g. "09:00-16:00" or "08:00-12:00, 13:00-18:00"';
  for (const part of input.split(',')) {
    const [a = '', b, ...rest] = part.trim().split('-');
    if (b === undefined || rest.length > 0)
      return {
        ok: false,
        message: `expected hours as HH:MM-HH:MM, got "${part.trim()}"`,
        hint: example,
      };
    const from = parseTimeOfDay(a);
    if (!from.ok) return from;
    const to = parseTimeOfDay(b, true);
    if (!to.ok) return to;
    if (to.value <= from.value) {
      return {
        ok: false,
        message: `the window "${part.trim()}" ends before it starts (windows may not cross midnight)`,
        hint: `split it into two days, e.g. mon: "${a}-24:00" and tue: "00:00-${b}"`,
      };
    }
    windows.push({ from: from.value, to: to.value });
  }
  windows.sort((x, y) => x.from - y.from);
  for (let i = 1; i < windows.length; i++) {
    const prev = windows[i - 1];
    const next = windows[i];
    if (prev !== undefined && next !== undefined && next.from < prev.to) {
      return {
        ok: false,
        message: `the windows in "${input}" overlap`,
        hint: 'merge them into one window, e.g. "09:00-17:00"',
      };
    }
  }
  return { ok: true, value: windows };
}

/** A mapping from day keys to values, decoded to seven slots (undefined = not listed). */
export function dayMap<T extends z.ZodType>(
  value: T,
  info: { what: string; example: string; description: string },
) {
  return z
    .record(z.string().meta({ pattern: DAY_KEY_PATTERN }), value, {
      error: (iss) =>
        withHint(
          `expected ${info.what} (a mapping of days), got ${iss.input === undefined ? 'nothing' : 'something else'}`,
          info.example,
        ),
    })
    .transform((record, ctx) => {
      const slots: (z.output<T> | undefined)[] = [
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ];
      const seenIn: (string | undefined)[] = [];
      for (const [key, v] of Object.entries(record)) {
        const days = parseDayKey(key);
        if (!days.ok) {
          ctx.issues.push({
            code: 'custom',
            path: [key],
            params: { atKey: true },
            message: withHint(days.message, days.hint),
            input: key,
          });
          continue;
        }
        for (const day of days.value) {
          const earlier = seenIn[day];
          if (earlier !== undefined) {
            ctx.issues.push({
              code: 'custom',
              path: [key],
              params: { atKey: true },
              message: withHint(
                `${DAY_NAMES[day]} is listed twice (in "${earlier}" and "${key}")`,
                'list each day once, e.g. mon-fri and sat',
              ),
              input: key,
            });
          }
          seenIn[day] = key;
          slots[day] = v;
        }
      }
      return slots;
    })
    .meta({ description: `${info.description} Example: ${info.example}` });
}
