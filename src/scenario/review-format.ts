/** A recovery plan's review cycle in the file: `review: { owner, every: 12 months, last: 2026-03-15 }`. */
import type { z } from './zod.ts';
import type { CalendarPeriod } from '../core/model.ts';
import { dateField } from './calendar-format.ts';
import { mapping, text, unitField } from './fields.ts';
import type { Parsed } from './units.ts';

const UNITS = new Map<string, CalendarPeriod['unit']>(
  (['day', 'week', 'month', 'year'] as const).flatMap((u) => [
    [u, u],
    [`${u}s`, u],
  ]),
);
const PERIOD_HINT = 'write a whole number and days, weeks, months or years, e.g. every: 12 months';

/** `12 months`, `1 year`, `6 weeks`, `90 days` -> { unit, count } (1 to 100 years' worth). */
export function parseCalendarPeriod(input: unknown): Parsed<CalendarPeriod> {
  if (typeof input === 'number')
    return {
      ok: false,
      message: `expected a period with its unit, got the plain number ${input}`,
      hint: `write ${input} months or ${input} days`,
    };
  if (typeof input !== 'string')
    return { ok: false, message: 'expected a period such as 12 months', hint: PERIOD_HINT };
  const match = /^\s*(\d+)\s*([a-z]+)\s*$/.exec(input);
  const unit = match === null ? undefined : UNITS.get(match[2] ?? '');
  if (match === null || unit === undefined)
    return {
      ok: false,
      message: `expected a period such as 12 months, got ${JSON.stringify(input.slice(0, 40))}`,
      hint: PERIOD_HINT,
    };
  const count = Number(match[1]);
  const most = { day: 36_525, week: 5_218, month: 1_200, year: 100 }[unit];
  if (count < 1 || count > most)
    return {
      ok: false,
      message: `a review cycle must be from 1 ${unit} to 100 years, got ${input.trim()}`,
      hint: 'e.g. every: 12 months or every: 1 year',
    };
  return { ok: true, value: { unit, count } };
}

const REVIEW_EXAMPLE =
  'review: { owner: Head of IT operations, every: 12 months, last: 2026-03-15 }';

export const ReviewSchema = mapping(
  {
    owner: text({
      what: 'the review owner',
      example: 'owner: Head of IT operations',
      description: 'Who reviews the plan (a person or role).',
    }),
    every: unitField(parseCalendarPeriod, {
      what: 'how often the plan is reviewed',
      example: 'every: 12 months',
      description: 'The review cycle: N days, weeks, months or years (singular too: 1 year).',
      pattern: '^\\s*\\d+\\s*(day|week|month|year)s?\\s*$',
    }),
    last: dateField('the date of the last review', 'last: 2026-03-15').optional(),
  },
  {
    what: 'a review cycle',
    example: REVIEW_EXAMPLE,
    description: 'Who reviews the plan, how often, and when it was last reviewed.',
  },
);

export type ReviewOutput = z.output<typeof ReviewSchema>;
