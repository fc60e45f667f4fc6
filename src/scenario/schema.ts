/**
 * The scenario file format: one zod schema that is the TypeScript type of the file
 * (z.input), its validation, and the JSON Schema editors use (`npm run schema`).
 */
import { z } from './zod.ts';
import { ScenarioAgeSchema } from './age-format.ts';
import { CalendarSchema } from './calendar-format.ts';
import { ComponentSchema } from './component-format.ts';
import { ExerciseSchema } from './exercise-format.ts';
import { duration, list, text, unitField } from './fields.ts';
import { InjectSchema } from './inject-format.ts';
import { describeValue, withHint } from './issues.ts';
import { LIMITS } from './limits.ts';
import { PlanSchema } from './plan-format.ts';
import { ServiceSchema } from './service-format.ts';
import { TeamsSchema } from './teams-format.ts';
import { parseTimeZoneName } from './time-zone.ts';
import { parseLocalDateTime } from './units.ts';
import { VariantsSchema } from './variant-format.ts';

export const SCHEMA_VERSION = 'continuity-scenario/2';

export const ScenarioFileSchema = z
  .strictObject(
    {
      schema: z
        .literal(SCHEMA_VERSION, {
          error: (iss) =>
            withHint(
              iss.input === undefined
                ? `missing the format version; this loader reads ${SCHEMA_VERSION}`
                : `unsupported format version ${describeValue(iss.input)}; this loader reads ${SCHEMA_VERSION}`,
              `schema: ${SCHEMA_VERSION}`,
            ),
        })
        .meta({ description: `The format version. Example: schema: ${SCHEMA_VERSION}` }),
      name: text({
        what: 'the scenario name',
        example: 'name: Bank money transfer',
        description: 'What the scenario is called.',
      }),
      description: z
        .string({
          error: withHint(
            'expected the description as text',
            'description: What this scenario shows.',
          ),
        })
        .max(20_000)
        .default('')
        .meta({ description: 'Longer explanation (default empty).' }),
      start: unitField(parseLocalDateTime, {
        what: 'the start as a local date-time',
        example: 'start: 2026-01-05T00:00',
        description: 'Scenario-local start YYYY-MM-DDTHH:MM (no time zone).',
        pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$',
      }),
      timeZone: unitField(parseTimeZoneName, {
        what: 'the time zone (an IANA name)',
        example: 'timeZone: Europe/London',
        description:
          'The IANA time zone whose wall clock the local times of the scenario are read on (agreed hours, demand, surges, injects, the exercise); durations are elapsed time across daylight-saving changes. Leave it out for a fixed clock on which every day lasts 24 h. Example: Europe/London',
      }).optional(),
      horizon: duration(
        {
          what: 'the horizon (how long to simulate)',
          example: 'horizon: 365d',
          description: 'How long the scenario runs, from 1h to 20 years (7305d).',
        },
        { min: [3_600_000, '1h'], max: [LIMITS.horizonDays * 86_400_000, '20 years (7305d)'] },
      ),
      ageAtStart: ScenarioAgeSchema.optional(),
      calendar: CalendarSchema,
      teams: TeamsSchema.optional(),
      services: list(
        ServiceSchema,
        {
          what: 'the services',
          example: 'services:\n  - id: transfers ...',
          description: 'Business services.',
        },
        { min: 1, max: LIMITS.services },
      ),
      components: list(
        ComponentSchema,
        {
          what: 'the components',
          example: 'components:\n  - { id: db-1, kind: database }',
          description: 'Configuration items.',
        },
        { min: 1, max: LIMITS.components },
      ),
      plans: list(
        PlanSchema,
        {
          what: 'the recovery plans',
          example: 'plans:\n  - { id: db-failover, steps: [...] }',
          description: 'IT recovery plans.',
        },
        { max: LIMITS.plans },
      ).default([]),
      injects: list(
        InjectSchema,
        {
          what: 'the injects',
          example: 'injects:\n  - { at: 2026-01-05T10:00, action: fail, component: db-1 }',
          description: 'Scripted events.',
        },
        { max: LIMITS.injects },
      ).default([]),
      variants: VariantsSchema.default([]),
      exercise: ExerciseSchema.optional(),
    },
    {
      error: (iss) =>
        iss.code === 'unrecognized_keys'
          ? undefined
          : withHint(
              `expected the scenario to be a mapping, got ${describeValue(iss.input)}`,
              `schema: ${SCHEMA_VERSION}\nname: My scenario`,
            ),
    },
  )
  .meta({
    title: 'IT service continuity scenario',
    description: `A scenario for the continuity simulator (${SCHEMA_VERSION}).`,
  });

export type ScenarioFile = z.input<typeof ScenarioFileSchema>;
export type ScenarioFileOutput = z.output<typeof ScenarioFileSchema>;

/** The JSON Schema for editors (input side: what people write). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioFileSchema, { io: 'input', unrepresentable: 'any' });
}

/** The text of `public/scenario.schema.json`, exactly as `npm run schema` writes it. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
