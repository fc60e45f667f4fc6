/**
 * Zod building blocks for scenario fields. Every message says what was expected and what
 * was found; every hint (packed with `withHint`) shows a line to copy.
 */
import { z } from './zod.ts';
import { describeValue, withHint } from './issues.ts';
import { parseDuration, parsePercent, type Parsed } from './units.ts';

export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

interface FieldInfo {
  /** Noun phrase for messages: `a number of transactions per minute`. */
  what: string;
  /** A line to copy: `capacity: 900`. */
  example: string;
  /** Editor help (JSON Schema description). */
  description: string;
}

const missing = (info: FieldInfo): string => withHint(`missing ${info.what}`, info.example);

/** A string field decoded by a unit parser (durations, percentages, times). */
export function unitField<T>(
  parse: (input: unknown) => Parsed<T>,
  info: FieldInfo & { pattern?: string },
  check?: (value: T) => string | null,
) {
  return z
    .string({
      error: (iss) => {
        if (iss.input === undefined) return missing(info);
        const parsed = parse(iss.input);
        return parsed.ok
          ? withHint(`expected ${info.what}`, info.example)
          : withHint(parsed.message, parsed.hint);
      },
    })
    .transform((text, ctx): T => {
      const parsed = parse(text);
      if (!parsed.ok) {
        ctx.issues.push({
          code: 'custom',
          message: withHint(parsed.message, parsed.hint),
          input: text,
        });
        return z.NEVER;
      }
      const problem = check?.(parsed.value) ?? null;
      if (problem !== null) {
        ctx.issues.push({ code: 'custom', message: problem, input: text });
        return z.NEVER;
      }
      return parsed.value;
    })
    .meta({
      description: `${info.description} Example: ${info.example}`,
      ...(info.pattern === undefined ? {} : { pattern: info.pattern }),
    });
}

export const DURATION_PATTERN = '^\\s*(\\d+(\\.\\d+)?[wdhms])+\\s*$';

/** A duration in ms, from `15m`, `2h`, `1h30m`; `min`/`max` in ms with their human form. */
export function duration(
  info: FieldInfo,
  bounds: { min?: [number, string]; max?: [number, string] } = {},
) {
  return unitField(parseDuration, { ...info, pattern: DURATION_PATTERN }, (value) => {
    if (bounds.min !== undefined && value < bounds.min[0])
      return withHint(`${info.what} must be at least ${bounds.min[1]}`, info.example);
    if (bounds.max !== undefined && value > bounds.max[0])
      return withHint(`${info.what} must be at most ${bounds.max[1]}`, info.example);
    return null;
  });
}

/** A share in [0, 1] from `99.5%`. */
export function percent(info: FieldInfo, example: string) {
  return unitField((input) => parsePercent(input, example), {
    ...info,
    pattern: '^\\s*\\d+(\\.\\d+)?\\s*%\\s*$',
  });
}

/** A finite number with optional bounds; messages name the bound. */
export function num(
  info: FieldInfo,
  bounds: { gt?: number; min?: number; max?: number; int?: boolean } = {},
) {
  let schema = z.number({
    error: (iss) =>
      iss.input === undefined
        ? missing(info)
        : withHint(`expected ${info.what}, got ${describeValue(iss.input)}`, info.example),
  });
  const bad = (rule: string) => (iss: { input?: unknown }) =>
    withHint(`expected ${info.what} ${rule}, got ${describeValue(iss.input)}`, info.example);
  if (bounds.int === true) schema = schema.int({ error: bad('that is a whole number') });
  if (bounds.gt !== undefined) schema = schema.gt(bounds.gt, { error: bad(`above ${bounds.gt}`) });
  if (bounds.min !== undefined)
    schema = schema.min(bounds.min, { error: bad(`of at least ${bounds.min}`) });
  if (bounds.max !== undefined)
    schema = schema.max(bounds.max, { error: bad(`of at most ${bounds.max}`) });
  return schema.meta({ description: `${info.description} Example: ${info.example}` });
}

/** An id: lower-case letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export function id(kind: string, example: string) {
  const hint = `use lower-case letters, digits, ".", "_" or "-", e.g. ${example}`;
  return z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? withHint(`missing the ${kind} id`, hint)
          : withHint(`expected a ${kind} id, got ${describeValue(iss.input)}`, hint),
    })
    .max(64, { error: withHint(`a ${kind} id may have at most 64 characters`, hint) })
    .regex(ID_PATTERN, {
      error: (iss) => withHint(`${describeValue(iss.input)} is not a valid ${kind} id`, hint),
    })
    .meta({
      description: `The ${kind} id (lower-case letters, digits, ".", "_", "-"). Example: ${example}`,
    });
}

/** Free text, one line or many; `max` characters. */
export function text(info: FieldInfo, max = 200) {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined
          ? missing(info)
          : withHint(
              `expected ${info.what} as text, got ${describeValue(iss.input)}`,
              info.example,
            ),
    })
    .min(1, { error: withHint(`${info.what} may not be empty`, info.example) })
    .max(max, { error: withHint(`${info.what} may have at most ${max} characters`, info.example) })
    .meta({ description: `${info.description} Example: ${info.example}` });
}

/** A list with a friendly type error and a size limit. */
export function list<T extends z.ZodType>(
  item: T,
  info: FieldInfo,
  limits: { min?: number; max: number },
) {
  let schema = z.array(item, {
    error: (iss) =>
      iss.input === undefined
        ? missing(info)
        : withHint(`expected ${info.what} (a list), got ${describeValue(iss.input)}`, info.example),
  });
  if (limits.min !== undefined)
    schema = schema.min(limits.min, {
      error: withHint(`${info.what} needs at least ${limits.min} item(s)`, info.example),
    });
  return schema
    .max(limits.max, {
      error: withHint(
        `${info.what} may have at most ${limits.max} items`,
        'split the scenario into smaller ones',
      ),
    })
    .meta({ description: `${info.description} Example: ${info.example}` });
}

/** A strict mapping with a friendly type error. Unknown keys are reported by the loader. */
export function mapping<S extends z.core.$ZodLooseShape>(shape: S, info: FieldInfo) {
  return z
    .strictObject(shape, {
      error: (iss) => {
        if (iss.code === 'unrecognized_keys') return undefined;
        return iss.input === undefined
          ? missing(info)
          : withHint(
              `expected ${info.what} (a mapping), got ${describeValue(iss.input)}`,
              info.example,
            );
      },
    })
    .meta({ description: `${info.description} Example: ${info.example}` });
}
