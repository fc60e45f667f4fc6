/**
 * Variants in the file: named changes to the baseline, each resolved into a full scenario.
 *
 *   variants:
 *     - name: rto-1h
 *       description: RTO reduced from 2 h to 1 h
 *       changes:
 *         calendar: { agreedHours: { mon-fri: "08:00-18:00" } }
 *         services: { transfers: { objectives: { rto: 1h } } }
 *         plans: { db-failover: { steps: { rebuild: { duration: 1h-2h } } } }
 *         components: { db-2: { remove: true }, app-1: { capacity: 900 } }
 *         teams: { dba: { size: 2, hours: { mon-fri: "07:00-20:00" }, callOut: 15m } }
 *         ageAtStart: steady-state
 *
 * Services, components, plans, steps and teams are named by id; only the fields given change.
 */
import { z } from './zod.ts';
import { ScenarioAgeSchema } from './age-format.ts';
import { CalendarSchema } from './calendar-format.ts';
import { ComponentSchema } from './component-format.ts';
import { id, list, mapping, text } from './fields.ts';
import { describeValue, withHint } from './issues.ts';
import { StepSchema } from './plan-format.ts';
import { ObjectivesSchema, ServiceSchema } from './service-format.ts';
import { TeamSchema } from './teams-format.ts';

const byId = <T extends z.ZodType>(kind: string, example: string, value: T, info: Info) =>
  z
    .record(id(kind, example), value, {
      error: (iss) =>
        iss.code === 'invalid_type'
          ? withHint(
              `expected ${info.what} by ${kind} id (a mapping), got ${describeValue(iss.input)}`,
              info.example,
            )
          : undefined,
    })
    .meta({ description: `${info.description} Example: ${info.example}` });

interface Info {
  what: string;
  example: string;
  description: string;
}

const calendarShape = CalendarSchema.in.shape;

const CalendarChange = mapping(
  {
    agreedHours: calendarShape.agreedHours.optional(),
    exceptions: calendarShape.exceptions,
    holidays: calendarShape.holidays,
  },
  {
    what: 'a calendar change',
    example: 'calendar: { agreedHours: { mon-fri: "08:00-18:00" } }',
    description:
      'New agreed hours, exceptions and/or holiday sets (each replaces the baseline one).',
  },
);

const objectives = ObjectivesSchema.shape;

const ServiceChange = mapping(
  {
    objectives: mapping(
      {
        availability: objectives.availability.optional(),
        rto: objectives.rto.optional(),
        rpo: objectives.rpo.optional(),
        mtpd: objectives.mtpd.optional(),
        mbco: objectives.mbco.optional(),
      },
      {
        what: 'changed objectives',
        example: 'objectives: { rto: 1h }',
        description: 'The objectives that change; the others stay.',
      },
    ).optional(),
    requires: ServiceSchema.shape.requires.optional(),
    calendar: CalendarSchema.optional(),
  },
  {
    what: 'a service change',
    example: 'transfers: { objectives: { rto: 1h } }',
    description: 'Changes to one service.',
  },
);

const component = ComponentSchema.shape;

const ComponentChange = mapping(
  {
    remove: z
      .literal(true, {
        error: withHint('remove can only be true', 'db-2: { remove: true }'),
      })
      .optional()
      .meta({ description: 'Remove the component (and its place in every topology).' }),
    capacity: component.capacity,
    failure: component.failure,
    ageAtStart: component.ageAtStart,
    detection: component.detection,
    overload: component.overload,
    recovery: component.recovery,
  },
  {
    what: 'a component change',
    example: 'db-2: { remove: true } or app-1: { capacity: 900 }',
    description: 'Changes to one component, or its removal.',
  },
).check((ctx) => {
  const keys = Object.keys(ctx.value).filter((k) => k !== 'remove');
  if (ctx.value.remove === true && keys.length > 0)
    ctx.issues.push({
      code: 'custom',
      path: [keys[0] ?? 'remove'],
      message: withHint(
        `a removed component cannot also change (${keys.join(', ')})`,
        'give either remove: true or the fields that change',
      ),
      input: ctx.value,
    });
});

const StepChange = mapping(
  { duration: StepSchema.shape.duration.optional(), owner: StepSchema.shape.owner },
  {
    what: 'a step change',
    example: 'rebuild: { duration: 1h-2h }',
    description: 'Changes to one plan step.',
  },
);

const PlanChange = mapping(
  {
    steps: byId('step', 'rebuild', StepChange, {
      what: 'step changes',
      example: 'steps: { rebuild: { duration: 1h-2h } }',
      description: 'Changes to steps, by step id.',
    }),
  },
  {
    what: 'a plan change',
    example: 'db-failover: { steps: { rebuild: { duration: 1h-2h } } }',
    description: 'Changes to one recovery plan.',
  },
);

const team = TeamSchema.in.shape;

const TeamChange = mapping(
  { size: team.size, hours: team.hours.optional(), callOut: team.callOut },
  {
    what: 'a team change',
    example: 'dba: { size: 2 } or dba: { hours: { mon-fri: "07:00-20:00" }, callOut: 15m }',
    description:
      'Changes to one team: how many people work at once, its working hours (or always), its call-out delay.',
  },
);

export const ChangesSchema = mapping(
  {
    ageAtStart: ScenarioAgeSchema.optional(),
    calendar: CalendarChange.optional(),
    services: byId('service', 'transfers', ServiceChange, {
      what: 'service changes',
      example: 'services: { transfers: { objectives: { rto: 1h } } }',
      description: 'Changes to services, by service id.',
    }).optional(),
    components: byId('component', 'db-2', ComponentChange, {
      what: 'component changes',
      example: 'components: { db-2: { remove: true } }',
      description: 'Changes to components, by component id.',
    }).optional(),
    plans: byId('plan', 'db-failover', PlanChange, {
      what: 'plan changes',
      example: 'plans: { db-failover: { steps: { rebuild: { duration: 1h-2h } } } }',
      description: 'Changes to recovery plans, by plan id.',
    }).optional(),
    teams: byId('team', 'dba', TeamChange, {
      what: 'team changes',
      example: 'teams: { dba: { size: 2 } }',
      description: 'Changes to recovery teams, by team id.',
    }).optional(),
  },
  {
    what: 'the changes of the variant',
    example: 'changes: { services: { transfers: { objectives: { rto: 1h } } } }',
    description: 'What differs from the baseline.',
  },
);

export const VariantSchema = mapping(
  {
    name: id('variant', 'rto-1h'),
    description: text(
      {
        what: 'the variant description',
        example: 'description: RTO reduced from 2 h to 1 h',
        description: 'What the variant changes and why.',
      },
      2000,
    ).optional(),
    changes: ChangesSchema,
  },
  {
    what: 'a variant',
    example:
      '- { name: rto-1h, changes: { services: { transfers: { objectives: { rto: 1h } } } } }',
    description: 'A named set of changes to the baseline, compared with it on the same seeds.',
  },
);

export const VariantsSchema = list(
  VariantSchema,
  {
    what: 'the variants',
    example: 'variants:\n  - { name: rto-1h, changes: { ... } }',
    description: 'Named changes to the baseline (change impact).',
  },
  { max: 50 },
);

export type VariantOutput = z.output<typeof VariantSchema>;
export type ChangesOutput = z.output<typeof ChangesSchema>;
