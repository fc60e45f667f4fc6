/**
 * Agreed hours in the file: weekly windows per day key and dated exceptions, decoded to
 * Monday-first weekly windows (see day-keys.ts for the key and window syntax).
 */
import { z } from './zod.ts';
import { dayMap, parseWindows } from './day-keys.ts';
import { list, mapping, text } from './fields.ts';
import { readHolidaySet, type HolidaySet } from './holiday-sets.ts';
import { describeValue, withHint } from './issues.ts';
import { parseDate } from './units.ts';

export const windowsField = z
  .string({
    error: withHint('expected agreed hours as text "HH:MM-HH:MM"', 'mon-fri: "09:00-16:00"'),
  })
  .transform((input, ctx) => {
    const parsed = parseWindows(input);
    if (!parsed.ok) {
      ctx.issues.push({ code: 'custom', message: withHint(parsed.message, parsed.hint), input });
      return z.NEVER;
    }
    return parsed.value;
  })
  .meta({
    description:
      'Windows of agreed hours in one day, "HH:MM-HH:MM[, HH:MM-HH:MM]". Example: "09:00-16:00"',
  });

export const dateField = (what: string, example: string) =>
  z
    .string({
      error: (iss) =>
        withHint(
          iss.input === undefined ? `missing ${what}` : `expected ${what} YYYY-MM-DD`,
          example,
        ),
    })
    .transform((input, ctx) => {
      const parsed = parseDate(input);
      if (!parsed.ok) {
        ctx.issues.push({ code: 'custom', message: withHint(parsed.message, parsed.hint), input });
        return z.NEVER;
      }
      return { text: input.trim(), epoch: parsed.value };
    })
    .meta({
      description: `${what} (YYYY-MM-DD). Example: ${example}`,
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    });

const EXCEPTION_EXAMPLE = '{ date: 2026-12-25, closed: true, note: Christmas Day }';

export const ExceptionSchema = mapping(
  {
    date: dateField('the date of the exception', 'date: 2026-12-25'),
    to: dateField('the last date of the exception', 'to: 2026-12-27').optional(),
    closed: z
      .literal(true, {
        error: withHint('closed can only be true', 'closed: true (or give hours instead)'),
      })
      .optional(),
    hours: windowsField.optional(),
    note: text({
      what: 'a note',
      example: 'note: Christmas Day',
      description: 'Why the day differs.',
    }).optional(),
  },
  {
    what: 'a calendar exception',
    example: EXCEPTION_EXAMPLE,
    description: 'A date (or dates, with to) whose agreed hours differ from the week.',
  },
).transform((e, ctx) => {
  if ((e.closed === true) === (e.hours !== undefined)) {
    ctx.issues.push({
      code: 'custom',
      message: withHint(
        'an exception needs exactly one of closed: true or hours',
        `${EXCEPTION_EXAMPLE} or { date: 2026-12-31, hours: "09:00-12:00" }`,
      ),
      input: e,
    });
    return z.NEVER;
  }
  if (e.to !== undefined && e.to.epoch < e.date.epoch) {
    ctx.issues.push({
      code: 'custom',
      path: ['to'],
      message: withHint(
        `the exception ends (${e.to.text}) before it starts (${e.date.text})`,
        'to must be the same date or later',
      ),
      input: e,
    });
    return z.NEVER;
  }
  if (e.to !== undefined && e.to.epoch - e.date.epoch > 366 * 86_400_000) {
    ctx.issues.push({
      code: 'custom',
      path: ['to'],
      message: withHint(
        'an exception may span at most 366 days',
        'split it into one exception per year',
      ),
      input: e,
    });
    return z.NEVER;
  }
  return { date: e.date, to: e.to ?? e.date, windows: e.hours ?? [], note: e.note ?? null };
});

const HOLIDAYS_EXAMPLE = 'holidays: GB-ENG (or a list: holidays: [DE-HE, GB-ENG])';

/** One public-holiday set name, read into its canonical form (`gb-eng` -> `GB-ENG`). */
const holidaySet = z
  .string({
    error: (iss) =>
      withHint(`expected a holiday set name, got ${describeValue(iss.input)}`, HOLIDAYS_EXAMPLE),
  })
  .transform((input, ctx): HolidaySet => {
    const read = readHolidaySet(input);
    if (!read.ok) {
      ctx.issues.push({ code: 'custom', message: withHint(read.message, read.hint), input });
      return z.NEVER;
    }
    return read.value;
  })
  .meta({
    description:
      'A public-holiday set of the date-holidays data set: a country code, optionally with a region (GB-ENG, DE-HE, US-NY, FR). Example: GB-ENG',
    pattern: '^[A-Za-z]{2}([-.][A-Za-z0-9]+){0,2}$',
  });

/** The sets of `holidays:` (one name or a list), each once, in the order given. */
export const HolidaysSchema = z
  .union(
    [
      holidaySet,
      list(
        holidaySet,
        {
          what: 'holiday sets',
          example: 'holidays: [DE-HE, GB-ENG]',
          description: 'Public-holiday sets whose holidays all close the agreed hours.',
        },
        { max: 20 },
      ),
    ],
    {
      error: (iss) =>
        withHint(
          `expected a holiday set name or a list of them, got ${describeValue(iss.input)}`,
          HOLIDAYS_EXAMPLE,
        ),
    },
  )
  .transform((value): HolidaySet[] => {
    const sets = Array.isArray(value) ? value : [value];
    return sets.filter((s, i) => sets.findIndex((t) => t.code === s.code) === i);
  })
  .meta({
    description: `Public holidays (types public and bank of the date-holidays data set) that close the agreed hours on their days, for every year of the run; exceptions still override a single day. Example: ${HOLIDAYS_EXAMPLE}`,
  });

export const CalendarSchema = mapping(
  {
    agreedHours: dayMap(windowsField, {
      what: 'agreed hours',
      example: 'agreedHours: { mon-fri: "09:00-16:00" }',
      description: 'Agreed service hours per day; days not listed are closed.',
    }),
    exceptions: list(
      ExceptionSchema,
      {
        what: 'calendar exceptions',
        example: `exceptions: [${EXCEPTION_EXAMPLE}]`,
        description: 'Dates that differ from the weekly hours.',
      },
      { max: 5000 },
    ).optional(),
    holidays: HolidaysSchema.optional(),
  },
  {
    what: 'a calendar',
    example: 'calendar: { agreedHours: { mon-fri: "09:00-16:00" } }',
    description: 'Agreed service hours: the weekly pattern, public holidays and dated exceptions.',
  },
).transform((c) => ({
  weekly: c.agreedHours.map((w) => w ?? []),
  exceptions: c.exceptions ?? [],
  holidays: c.holidays ?? [],
}));

export type CalendarOutput = z.output<typeof CalendarSchema>;
