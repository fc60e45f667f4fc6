/**
 * Recovery teams in the file: who does the steps of the plans, when they work, and how long a
 * call-out takes outside their hours. The hours use the agreed hours' day keys and windows
 * (day-keys.ts), or `always` for a team at work round the clock.
 */
import { z } from './zod.ts';
import { windowsField } from './calendar-format.ts';
import { dayMap } from './day-keys.ts';
import { id, list, mapping, num, text } from './fields.ts';
import { describeValue, withHint } from './issues.ts';
import { LIMITS } from './limits.ts';
import { durationRangeSchema } from './plan-format.ts';

const HOURS_HINT = 'hours: { mon-fri: "08:00-18:00" }, or hours: always for a team at work 24x7';
export const CALL_OUT_HINT = 'callOut: 30m-1h (or 45m, or { min: 20m, likely: 30m, max: 1h })';

const hours = z
  .union(
    [
      z.literal('always').meta({ description: 'At work round the clock, every day: no call-out.' }),
      dayMap(windowsField, {
        what: 'working hours',
        example: 'hours: { mon-fri: "08:00-18:00" }',
        description:
          "Working hours per day, as agreed hours are written; days not listed are off, and so are the scenario calendar's public holidays and closed days.",
      }),
    ],
    {
      error: (iss) =>
        withHint(
          iss.input === undefined
            ? 'missing the working hours of the team'
            : `expected working hours (a mapping of days) or always, got ${describeValue(iss.input)}`,
          HOURS_HINT,
        ),
    },
  )
  .meta({ description: `When the team is at work. Example: ${HOURS_HINT}` });

const contact = mapping(
  {
    role: text({
      what: 'the role of the contact',
      example: 'role: On-call DBA',
      description: 'What the person does for the team.',
    }),
    name: text({
      what: 'the name of the contact',
      example: 'name: Jana Weber',
      description: 'Who to call.',
    }),
    reach: text({
      what: 'how to reach the contact',
      example: 'reach: "+49 69 5550 1234"',
      description: 'Phone number or e-mail address, as free text.',
    }).optional(),
  },
  {
    what: 'a contact',
    example: '- { role: On-call DBA, name: Jana Weber, reach: "+49 69 5550 1234" }',
    description: 'A person on the call tree of the team.',
  },
);

const TEAM_EXAMPLE = '- { id: dba, size: 1, hours: { mon-fri: "08:00-18:00" }, callOut: 30m-1h }';

export const TeamSchema = mapping(
  {
    id: id('team', 'dba'),
    name: text({
      what: 'a team name',
      example: 'name: Database administrators',
      description: 'Display name (default: the id).',
    }).optional(),
    size: num(
      {
        what: 'a team size',
        example: 'size: 2',
        description: 'How many people can work at once: steps it runs in parallel (default 1).',
      },
      { int: true, min: 1, max: 1000 },
    ).optional(),
    hours,
    callOut: durationRangeSchema(
      'a call-out delay',
      'callOut',
      'How long the team takes to be at work when called outside its hours; required unless hours: always.',
    ).optional(),
    contacts: list(
      contact,
      {
        what: 'the contacts of the team',
        example:
          'contacts:\n  - { role: On-call DBA, name: Jana Weber, reach: "+49 69 5550 1234" }',
        description: 'The call tree of the team.',
      },
      { max: 100 },
    ).optional(),
    escalation: id('team', 'platform-team')
      .meta({
        description:
          'The team to escalate to (another team id). Example: escalation: platform-team',
      })
      .optional(),
  },
  {
    what: 'a team',
    example: TEAM_EXAMPLE,
    description: 'A recovery team that does the steps whose owner names it.',
  },
).transform((team, ctx) => {
  if (team.hours !== 'always' && team.callOut === undefined) {
    ctx.issues.push({
      code: 'custom',
      path: ['callOut'],
      message: withHint(
        `team ${team.id} works limited hours but has no callOut: how long does it take to be at work outside them?`,
        `${CALL_OUT_HINT}, or hours: always for a team at work 24x7`,
      ),
      input: team,
    });
    return z.NEVER;
  }
  return team;
});

export const TeamsSchema = list(
  TeamSchema,
  {
    what: 'the teams',
    example: `teams:\n  ${TEAM_EXAMPLE}`,
    description: 'Recovery teams: a step whose owner names one is done by that team.',
  },
  { max: LIMITS.teams },
);

export type TeamOutput = z.output<typeof TeamSchema>;
