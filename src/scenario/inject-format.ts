/** Injects in the file: scripted events at a local date-time or an offset from the start. */
import { z } from './zod.ts';
import { duration, id, mapping, num, percent, unitField } from './fields.ts';
import { describeValue, withHint } from './issues.ts';
import { parseDuration, parseLocalDateTime, type Parsed } from './units.ts';

export type InjectTime =
  | {
      kind: 'local';
      epoch: number;
      text: string;
      /** The UTC offset written after the time (ms), which picks one of two readings. */
      offset?: number;
    }
  | { kind: 'offset'; ms: number; text: string };

/**
 * `2026-01-05T10:00` (local), `2026-10-25T01:30+00:00` (local, at that UTC offset: for a
 * time the clocks show twice) or `+2d10h` (after the start).
 */
export function parseInjectTime(input: unknown): Parsed<InjectTime> {
  const text = typeof input === 'string' ? input.trim() : '';
  const zoned = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)([+-])(\d{2}):(\d{2})$/.exec(text);
  if (zoned !== null) {
    const local = parseLocalDateTime(zoned[1]);
    if (!local.ok) return { ok: false, message: local.message, hint: 'at: 2026-10-25T01:30+01:00' };
    const offset =
      (zoned[2] === '-' ? -1 : 1) * (Number(zoned[3]) * 60 + Number(zoned[4])) * 60_000;
    return { ok: true, value: { kind: 'local', epoch: local.value, text, offset } };
  }
  if (text.startsWith('+')) {
    const offset = parseDuration(text.slice(1));
    if (!offset.ok)
      return {
        ok: false,
        message: `the offset ${JSON.stringify(text)}: ${offset.message}`,
        hint: 'at: +2d10h (2 days 10 hours after the start)',
      };
    return { ok: true, value: { kind: 'offset', ms: offset.value, text } };
  }
  const local = parseLocalDateTime(input);
  if (!local.ok)
    return {
      ok: false,
      message: local.message,
      hint: 'at: 2026-01-05T10:00 (local) or at: +2d10h (after the start)',
    };
  return { ok: true, value: { kind: 'local', epoch: local.value, text } };
}

const at = unitField(parseInjectTime, {
  what: 'when the inject happens',
  example: 'at: 2026-01-05T10:00',
  description:
    'A local date-time YYYY-MM-DDTHH:MM (with a UTC offset such as +01:00 to pick one of the two readings of a time the clocks show twice), or an offset from the start such as +2d10h.',
  pattern: '^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:\\d{2})?|\\+.+)$',
});
const component = id('component', 'db-1');
const ACTIONS = ['fail', 'restore', 'corrupt', 'invoke', 'degrade', 'surge'];
const WHAT: Record<string, string> = {
  fail: 'fail the component',
  restore: 'restore it by hand',
  corrupt: 'corrupt its data',
  invoke: 'invoke its continuity plan now (when it is failed or degraded)',
};

/**
 * The inject actions as a discriminated union on `action`, each with the fields in `timing`
 * (`{ at }` for a scenario inject, nothing for an exercise inject's effect, `{ after }` for a
 * decision option's action). `example` is the timing as written in the examples.
 */
export function injectUnion<T extends z.core.$ZodLooseShape>(timing: T, example: string) {
  const pre = example === '' ? '' : `${example}, `;
  const shape = (action: string, fields: string) => ({
    what: `a ${action} inject`,
    example: `- { ${pre}action: ${action}${fields} }`,
    description: `The ${action} inject.`,
  });
  const target = (action: 'fail' | 'restore' | 'corrupt' | 'invoke') =>
    mapping(
      { ...timing, action: z.literal(action), component },
      {
        ...shape(action, ', component: db-1'),
        description: `The ${action} inject: ${WHAT[action] ?? action}.`,
      },
    );
  return z.discriminatedUnion(
    'action',
    [
      target('fail'),
      target('restore'),
      target('corrupt'),
      target('invoke'),
      mapping(
        {
          ...timing,
          action: z.literal('degrade'),
          component,
          capacity: percent(
            {
              what: 'the remaining capacity',
              example: 'capacity: 50%',
              description: 'Capacity left while degraded.',
            },
            '50%',
          ),
          for: duration({
            what: 'how long the degradation lasts',
            example: 'for: 2h',
            description: 'Restores by itself after this long; omit to let its plan recover it.',
          }).optional(),
        },
        shape('degrade', ', component: db-1, capacity: 50%'),
      ),
      mapping(
        {
          ...timing,
          action: z.literal('surge'),
          service: id('service', 'transfers')
            .optional()
            .meta({ description: 'The service whose demand surges; omit for all.' }),
          factor: num(
            { what: 'a demand factor', example: 'factor: 2', description: 'Demand multiplier.' },
            { min: 0, max: 1000 },
          ),
          duration: duration({
            what: 'the duration of the surge',
            example: 'duration: 3h',
            description: 'How long the surge lasts.',
          }),
        },
        shape('surge', ', factor: 2, duration: 3h'),
      ),
    ],
    {
      error: (iss) => {
        const action =
          typeof iss.input === 'object' && iss.input !== null
            ? (iss.input as Record<string, unknown>)['action']
            : undefined;
        if (typeof iss.input !== 'object' || iss.input === null)
          return withHint(
            `expected an inject (a mapping), got ${describeValue(iss.input)}`,
            `- { ${pre}action: fail, component: db-1 }`,
          );
        return withHint(
          `expected action to be one of ${ACTIONS.join(', ')}, got ${describeValue(action)}`,
          'action: fail',
        );
      },
    },
  );
}

export const InjectSchema = injectUnion({ at }, 'at: 2026-01-05T10:00').meta({
  description:
    'A scripted event: fail, restore, corrupt, degrade a component or invoke its plan, or a demand surge.',
});
