/**
 * The `exercise:` section of a scenario file: a facilitated rehearsal of an outage. A start
 * and a pace for the exercise clock, narrative injects (timed or released on demand, each
 * with an optional effect on the simulation) and decision points whose options map to
 * simulation actions, taken some time after the decision.
 */
import { z } from './zod.ts';
import { duration, id, list, mapping, num, text, unitField } from './fields.ts';
import { injectUnion, parseInjectTime } from './inject-format.ts';
import { withHint } from './issues.ts';

const when = (what: string, example: string) =>
  unitField(parseInjectTime, {
    what,
    example,
    description:
      'A local date-time YYYY-MM-DDTHH:MM (with a UTC offset such as +01:00 for a time the clocks show twice), or an offset from the scenario start.',
    pattern: '^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:\\d{2})?|\\+.+)$',
  });

/** What an exercise inject does when it is released: a scenario inject without `at`. */
const EffectSchema = injectUnion({}, '').meta({
  description: 'What the inject does to the simulation when it is released (an inject without at).',
});

/** A decision option's action: an inject `after` the decision (default at once). */
const ActionSchema = injectUnion(
  {
    after: duration({
      what: 'how long after the decision the action happens',
      example: 'after: 45m',
      description: 'Delay from the decision to the action (default 0m, at once).',
    }).optional(),
  },
  'after: 45m',
).meta({ description: 'What the option does in the simulation, some time after the decision.' });

const ExerciseInjectSchema = mapping(
  {
    id: id('exercise inject', 'timeouts'),
    at: when('when the inject is due', 'at: 2026-01-30T11:05'),
    text: text(
      {
        what: 'the narrative of the inject',
        example: 'text: The service desk reports transfer timeouts',
        description: 'What the team is told when the inject is released.',
      },
      2000,
    ),
    release: z
      .enum(['timed', 'on-demand'], {
        error: withHint('expected release to be timed or on-demand', 'release: on-demand'),
      })
      .default('timed')
      .meta({
        description:
          'timed (released at its time, default) or on-demand (released by the facilitator; at is its forecast).',
      }),
    effect: EffectSchema.optional(),
  },
  {
    what: 'an exercise inject',
    example: '- { id: timeouts, at: 2026-01-30T11:05, text: The service desk reports timeouts }',
    description: 'A scripted narrative event of the exercise.',
  },
);

const OptionSchema = mapping(
  {
    id: id('option', 'invoke-now'),
    label: text({
      what: 'the label of the option',
      example: 'label: Invoke the continuity plan now',
      description: 'What the team chooses.',
    }),
    actions: list(
      ActionSchema,
      {
        what: 'the actions of the option',
        example: 'actions: [{ action: invoke, component: db-1 }]',
        description: 'Its effects on the simulation; empty for none (wait, escalate).',
      },
      { max: 50 },
    ).default([]),
  },
  {
    what: 'a decision option',
    example: '- { id: invoke-now, label: Invoke the plan now, actions: [...] }',
    description: 'One answer to the decision.',
  },
);

const DecisionSchema = mapping(
  {
    id: id('decision', 'invocation'),
    at: when('when the decision opens', 'at: 2026-01-30T11:15').optional(),
    after: id('exercise inject', 'timeouts')
      .optional()
      .meta({ description: 'Opens when this exercise inject is released (instead of at).' }),
    question: text(
      {
        what: 'the question',
        example: 'question: Do we invoke the continuity plan?',
        description: 'What the team must decide.',
      },
      2000,
    ),
    timeLimit: duration(
      {
        what: 'the time limit (simulated time)',
        example: 'timeLimit: 15m',
        description: 'Simulated time the team has to decide before the default is taken.',
      },
      { min: [60_000, '1m'] },
    ),
    options: list(
      OptionSchema,
      {
        what: 'the options',
        example: 'options:\n  - { id: invoke-now, label: Invoke now }',
        description: 'What the team can choose.',
      },
      { min: 1, max: 20 },
    ),
    default: id('option', 'wait'),
  },
  {
    what: 'a decision point',
    example: '- { id: invocation, after: timeouts, question: ..., timeLimit: 15m, ... }',
    description: 'A question the team answers under time pressure.',
  },
);

export const ExerciseSchema = mapping(
  {
    name: text({
      what: 'the exercise name',
      example: 'name: Month-end database corruption',
      description: 'What the exercise is called.',
    }),
    start: when('when the exercise clock starts', 'start: 2026-01-30T10:45'),
    duration: duration(
      {
        what: 'the length of the exercise (simulated time)',
        example: 'duration: 4h',
        description: 'Simulated time from the start to the end of the exercise.',
      },
      { min: [60_000, '1m'], max: [7 * 86_400_000, '7d'] },
    ),
    pace: num(
      {
        what: 'the pace (simulated minutes per real minute)',
        example: 'pace: 10',
        description:
          'Simulated minutes per real minute (default 10); the facilitator can change it.',
      },
      { gt: 0, max: 1000 },
    ).default(10),
    manualInvocation: z
      .array(id('component', 'db-1'), {
        error: withHint('expected a list of component ids', 'manualInvocation: [db-1, db-2]'),
      })
      .max(200)
      .default([])
      .meta({
        description:
          'Components whose plan the team invokes: in the exercise their failures wait for an invoke action (or the end of the exercise).',
      }),
    injects: list(
      ExerciseInjectSchema,
      {
        what: 'the exercise injects',
        example: 'injects:\n  - { id: timeouts, at: 2026-01-30T11:05, text: ... }',
        description: 'Narrative injects.',
      },
      { max: 200 },
    ).default([]),
    decisions: list(
      DecisionSchema,
      {
        what: 'the decision points',
        example: 'decisions:\n  - { id: invocation, after: timeouts, ... }',
        description: 'Decisions the team takes.',
      },
      { max: 50 },
    ).default([]),
  },
  {
    what: 'the exercise',
    example: 'exercise:\n  name: Month-end database corruption\n  start: 2026-01-30T10:45',
    description: 'A facilitated exercise: timed injects and decisions under time pressure.',
  },
);

export type ExerciseFileOutput = z.output<typeof ExerciseSchema>;
