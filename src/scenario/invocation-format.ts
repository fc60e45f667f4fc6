/** How a service's continuity plan is invoked, in the file: criteria, who decides, the assessment. */
import type { z } from './zod.ts';
import { duration, id, mapping, num, text } from './fields.ts';

const INVOCATION_EXAMPLE =
  'invocation: { criteria: "The primary database is lost and cannot be back within 30 minutes", decidedBy: it-ops-manager, assessment: 15m }';

export const InvocationSchema = mapping(
  {
    criteria: text(
      {
        what: 'the invocation criteria',
        example: 'criteria: "The primary database is lost and cannot be back within 30 minutes"',
        description: "When to invoke the continuity plan, in the business's words.",
      },
      2000,
    ),
    decidedBy: id('team', 'it-ops-manager')
      .meta({
        description:
          'The team that decides to invoke (a team id). Example: decidedBy: it-ops-manager',
      })
      .optional(),
    assessment: duration(
      {
        what: 'the assessment time',
        example: 'assessment: 15m',
        description: 'How long the assessment before the decision takes.',
      },
      { max: [7 * 86_400_000, '7d'] },
    ).optional(),
  },
  {
    what: 'the invocation',
    example: INVOCATION_EXAMPLE,
    description:
      'How the continuity plan of the service is invoked (printed in the plan document).',
  },
);

export type InvocationOutput = z.output<typeof InvocationSchema>;

export const PrioritySchema = num(
  {
    what: 'a service priority',
    example: 'priority: 1',
    description:
      'Its rank when recovery steps wait for the same team: 1 is served first; services without one come after those with one.',
  },
  { int: true, min: 1, max: 1000 },
);
