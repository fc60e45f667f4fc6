/** Recovery plans in the file: steps with duration ranges, owners and prerequisites. */
import { z } from './zod.ts';
import type { DurationDistribution } from '../core/model.ts';
import { ms } from '../core/time.ts';
import { DURATION_PATTERN, duration, id, list, mapping, text, unitField } from './fields.ts';
import { describeValue, withHint } from './issues.ts';
import { ReviewSchema } from './review-format.ts';
import { parseDurationRange } from './units.ts';

const RANGE_HINT = 'duration: 5m-15m (uniform), 10m (fixed) or { min: 2h, likely: 3h, max: 6h }';
const d = (what: string) => duration({ what, example: 'min: 2h', description: `The ${what}.` });

const triangular = mapping(
  { min: d('shortest duration'), likely: d('most likely duration'), max: d('longest duration') },
  {
    what: 'a triangular duration',
    example: '{ min: 2h, likely: 3h, max: 6h }',
    description: 'Triangular distribution.',
  },
).transform((t, ctx) => {
  const bad = (key: string, message: string) => {
    ctx.issues.push({
      code: 'custom',
      path: [key],
      message: withHint(message, '{ min: 2h, likely: 3h, max: 6h }'),
      input: t,
    });
    return z.NEVER;
  };
  if (t.min > t.max)
    return bad('max', 'the longest duration (max) is shorter than the shortest (min)');
  if (t.likely < t.min || t.likely > t.max)
    return bad('likely', 'the most likely duration must lie between min and max');
  return { type: 'triangular' as const, min: t.min, likely: t.likely, max: t.max };
});

/** A fixed duration, a uniform range or a triangular one, named `what` in messages. */
export function durationRangeSchema(
  what: string,
  key: string,
  description = 'How long the step takes.',
) {
  const hint = RANGE_HINT.replace('duration:', `${key}:`);
  return z
    .union(
      [
        unitField(parseDurationRange, {
          what: 'a duration or range',
          example: hint,
          description: 'Fixed duration or uniform range.',
          pattern: `^(${DURATION_PATTERN.slice(1, -1)})(\\s*-\\s*(${DURATION_PATTERN.slice(1, -1)}))?$`,
        }),
        triangular,
      ],
      {
        error: (iss) =>
          typeof iss.input === 'number'
            ? withHint(
                `expected a duration with a unit, got the plain number ${iss.input}`,
                `write 15m or 2h; ${hint}`,
              )
            : withHint(`expected ${what}, got ${describeValue(iss.input)}`, hint),
      },
    )
    .meta({ description: `${description} Example: ${hint}` });
}

export const StepDurationSchema = durationRangeSchema('a step duration', 'duration');

/** A parsed duration range as the model's distribution (branded ms). */
export function toDistribution(d: z.output<typeof StepDurationSchema>): DurationDistribution {
  if (d.type === 'fixed') return { type: 'fixed', value: ms(d.value) };
  if (d.type === 'uniform') return { type: 'uniform', min: ms(d.min), max: ms(d.max) };
  return { type: 'triangular', min: ms(d.min), likely: ms(d.likely), max: ms(d.max) };
}

const STEP_EXAMPLE = '- { id: promote, duration: 10m-20m, owner: dba, after: [assess] }';

export const StepSchema = mapping(
  {
    id: id('step', 'promote'),
    name: text({
      what: 'a step name',
      example: 'name: Promote the replica',
      description: 'What is done (default: the id).',
    }).optional(),
    duration: StepDurationSchema,
    owner: text(
      {
        what: 'an owner role',
        example: 'owner: dba',
        description:
          'The team that does the step: a team id from teams, or any other name (an unlimited team, always at work).',
      },
      100,
    ).optional(),
    after: list(
      id('step', 'assess'),
      {
        what: 'prerequisite steps',
        example: 'after: [assess]',
        description: 'Steps that must finish first.',
      },
      { max: 500 },
    ).optional(),
  },
  { what: 'a plan step', example: STEP_EXAMPLE, description: 'One step of a recovery plan.' },
);

export const PlanSchema = mapping(
  {
    id: id('plan', 'db-failover'),
    name: text({
      what: 'a plan name',
      example: 'name: Fail over the database',
      description: 'Display name (default: the id).',
    }).optional(),
    steps: list(
      StepSchema,
      {
        what: 'the steps of the plan',
        example: `steps:\n  ${STEP_EXAMPLE}`,
        description: 'Steps, run as soon as their prerequisites finish.',
      },
      { min: 1, max: 500 },
    ),
    review: ReviewSchema.optional(),
  },
  {
    what: 'a recovery plan',
    example: '- { id: db-failover, steps: [...] }',
    description: 'An IT recovery plan.',
  },
);
