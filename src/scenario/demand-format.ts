/** Demand in the file: transactions per minute, hourly and weekday factors, surges. */
import { z } from './zod.ts';
import type { Recurrence, Weekday } from '../core/model.ts';
import { DAY_NAMES, dayMap } from './day-keys.ts';
import { duration, list, mapping, num, text } from './fields.ts';
import { describeValue, withHint } from './issues.ts';
import { parseDate, parseTimeOfDay } from './units.ts';

const D = (what: string, example: string, description: string) =>
  duration({ what, example, description });

const EVERY = ['daily', ...DAY_NAMES, 'month-start', 'month-end', 'quarter-end'] as const;
const SURGE_EXAMPLE =
  '{ name: month-end, every: month-end, at: "11:00", duration: 3h, factor: 1.8 }';

export const SurgeSchema = mapping(
  {
    name: text({
      what: 'a surge name',
      example: 'name: month-end',
      description: 'What the surge is.',
    }),
    every: z
      .enum(EVERY, {
        error: (iss) =>
          withHint(
            `expected every to be one of ${EVERY.join(', ')}, got ${describeValue(iss.input)}`,
            'every: month-end (or on: 2026-03-31)',
          ),
      })
      .optional(),
    on: z
      .string()
      .meta({ description: 'A single date YYYY-MM-DD, instead of every. Example: 2026-03-31' })
      .optional(),
    at: z
      .string({ error: withHint('missing the start time of the surge', 'at: "11:00"') })
      .meta({ description: 'Local start time HH:MM. Example: "11:00"' }),
    duration: D('the duration of the surge', 'duration: 3h', 'How long the surge lasts.'),
    factor: num(
      {
        what: 'a demand factor',
        example: 'factor: 1.8',
        description: 'Demand multiplier during the surge.',
      },
      { min: 0, max: 1000 },
    ),
  },
  {
    what: 'a demand surge',
    example: SURGE_EXAMPLE,
    description: 'A recurring or one-off rise in demand.',
  },
).transform((s, ctx) => {
  const at = parseTimeOfDay(s.at);
  if (!at.ok)
    ctx.issues.push({
      code: 'custom',
      path: ['at'],
      message: withHint(at.message, at.hint),
      input: s.at,
    });
  let every: Recurrence | null = null;
  if ((s.every === undefined) === (s.on === undefined)) {
    ctx.issues.push({
      code: 'custom',
      message: withHint('a surge needs exactly one of every or on', SURGE_EXAMPLE),
      input: s,
    });
  } else if (s.on !== undefined) {
    const date = parseDate(s.on);
    if (!date.ok)
      ctx.issues.push({
        code: 'custom',
        path: ['on'],
        message: withHint(date.message, date.hint),
        input: s.on,
      });
    else every = { kind: 'date', date: s.on.trim() };
  } else if (s.every !== undefined) {
    const day = DAY_NAMES.indexOf(s.every as (typeof DAY_NAMES)[number]);
    every =
      day >= 0
        ? { kind: 'weekday', day: day as Weekday }
        : { kind: s.every as 'daily' | 'month-start' | 'month-end' | 'quarter-end' };
  }
  if (!at.ok || every === null) return z.NEVER;
  return { name: s.name, every, at: at.value, duration: s.duration, factor: s.factor };
});

const factor = num(
  { what: 'a demand factor of 0 or more', example: '0.5', description: 'Demand multiplier.' },
  { min: 0, max: 1000 },
);

export const DemandSchema = mapping(
  {
    tpm: num(
      {
        what: 'a number of transactions per minute',
        example: 'tpm: 1000',
        description: 'Transactions per minute when every factor is 1.',
      },
      { min: 0, max: 1e9 },
    ),
    hourly: z
      .array(factor, {
        error: withHint(
          'expected hourly to be a list of 24 factors',
          'hourly: [0.1, 0.1, ...] (24 numbers, 00:00 first)',
        ),
      })
      .length(24, {
        error: (iss) =>
          withHint(
            `expected 24 hourly factors (00:00 to 23:00), got ${Array.isArray(iss.input) ? iss.input.length : 'another number'}`,
            'hourly: [0.1, 0.1, ...] (24 numbers, 00:00 first)',
          ),
      })
      .optional()
      .meta({ description: '24 demand factors, one per hour from 00:00 (default all 1).' }),
    weekdays: dayMap(factor, {
      what: 'weekday factors',
      example: 'weekdays: { mon-fri: 1, sat-sun: 0.1 }',
      description: 'Demand factor per day; days not listed have 1.',
    }).optional(),
    surges: list(
      SurgeSchema,
      {
        what: 'demand surges',
        example: `surges: [${SURGE_EXAMPLE}]`,
        description: 'Recurring or one-off surges.',
      },
      { max: 1000 },
    ).optional(),
  },
  {
    what: 'the demand',
    example: 'demand: { tpm: 1000 }',
    description: 'Transactions per minute over the day and week.',
  },
).transform((d) => ({
  tpm: d.tpm,
  hourly: d.hourly ?? Array.from({ length: 24 }, () => 1),
  weekdays:
    (d.weekdays ?? []).length === 7 ? (d.weekdays ?? []).map((f) => f ?? 1) : [1, 1, 1, 1, 1, 1, 1],
  surges: d.surges ?? [],
}));
