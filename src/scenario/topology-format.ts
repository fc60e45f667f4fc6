/**
 * How a service requires components: a component id, `{ series: [...] }` (all needed),
 * `{ atLeast: k, of: [...] }` (k of n needed, active-active) or
 * `{ active: db-1, standby: db-2, switchover: 10m-20m, failback: stay }` (active/passive),
 * nested freely.
 */
import { z } from './zod.ts';
import type { Topology } from '../core/model.ts';
import { memberLabel } from '../core/topology.ts';
import { id, list, mapping, num } from './fields.ts';
import { describeValue, withHint } from './issues.ts';
import { durationRangeSchema, toDistribution } from './plan-format.ts';

export type TopologyInput =
  | string
  | { series: TopologyInput[] }
  | { atLeast: number; of: TopologyInput[] }
  | {
      id?: string | undefined;
      active: TopologyInput;
      standby: TopologyInput;
      switchover: z.input<ReturnType<typeof durationRangeSchema>>;
      failback?: 'stay' | 'return' | undefined;
    };

const HINT = 'requires: { series: [lb, { atLeast: 1, of: [db-1, db-2] }] }';
const STANDBY_EXAMPLE = '{ active: db-1, standby: db-2, switchover: 10m-20m, failback: stay }';
const MAX_MEMBERS = 2000;
const FAILBACK = ['stay', 'return'] as const;

export const TopologySchema: z.ZodType<Topology, TopologyInput> = z
  .lazy(() =>
    z.union(
      [
        id('component', 'db-1').transform((ref): Topology => ({ type: 'component', id: ref })),
        mapping(
          {
            series: list(
              TopologySchema,
              {
                what: 'the members of a series',
                example: 'series: [lb, app-1]',
                description: 'Every member is needed.',
              },
              { min: 1, max: MAX_MEMBERS },
            ),
          },
          {
            what: 'a series',
            example: 'series: [lb, app-1]',
            description: 'All members are needed (in series).',
          },
        ).transform((s): Topology => ({ type: 'series', of: s.series })),
        mapping(
          {
            atLeast: num(
              {
                what: 'how many members are needed',
                example: 'atLeast: 1',
                description: 'How many members must work.',
              },
              { int: true, min: 1 },
            ),
            of: list(
              TopologySchema,
              {
                what: 'the members of a redundancy group',
                example: 'of: [db-1, db-2]',
                description: 'The redundant members.',
              },
              { min: 1, max: MAX_MEMBERS },
            ),
          },
          {
            what: 'a redundancy group',
            example: '{ atLeast: 1, of: [db-1, db-2] }',
            description: 'At least k of the members are needed.',
          },
        ).transform((g, ctx): Topology => {
          if (g.atLeast > g.of.length) {
            ctx.issues.push({
              code: 'custom',
              path: ['atLeast'],
              message: withHint(
                `atLeast is ${g.atLeast} but the group has only ${g.of.length} member(s)`,
                `atLeast: ${g.of.length} or add members`,
              ),
              input: g.atLeast,
            });
            return z.NEVER;
          }
          return { type: 'group', atLeast: g.atLeast, of: g.of };
        }),
        standbyGroup(),
      ],
      {
        error: (iss) =>
          withHint(
            `expected a component id, { series: [...] }, { atLeast: k, of: [...] } or { active: a, standby: b, switchover: 10m }, got ${describeValue(iss.input)}`,
            HINT,
          ),
      },
    ),
  )
  .meta({
    description: `What a service needs: a component id, { series: [...] }, { atLeast: k, of: [...] } (active-active) or ${STANDBY_EXAMPLE} (active/passive), nested freely. Example: ${HINT}`,
  });

/** `{ active, standby, switchover, failback?, id? }`: an active/passive pair. */
function standbyGroup() {
  return mapping(
    {
      id: id('standby group', 'db-pair')
        .meta({
          description:
            'Names the group in the trace (default: its members, db-1/db-2); the same id in two services is the same pair. Example: id: db-pair',
        })
        .optional(),
      active: z
        .lazy(() => TopologySchema)
        .meta({
          description:
            'The member that serves at the start: a component id or a topology. Example: active: db-1',
        }),
      standby: z
        .lazy(() => TopologySchema)
        .meta({
          description:
            'The member that takes over when the active stops working. Example: standby: db-2',
        }),
      switchover: durationRangeSchema('a switch-over time', 'switchover').meta({
        description:
          'How long the group serves nothing while the standby takes over: fixed (10m), a range (10m-20m) or { min, likely, max }. Example: switchover: 10m-20m',
      }),
      failback: z
        .enum(FAILBACK, {
          error: (iss) =>
            withHint(
              `expected failback stay or return, got ${describeValue(iss.input)}`,
              'failback: stay',
            ),
        })
        .meta({
          description:
            'When the first active works again: stay (it becomes the standby, the default) or return (the group switches back, another switch-over).',
        })
        .optional(),
    },
    {
      what: 'a standby group',
      example: STANDBY_EXAMPLE,
      description:
        'Active/passive: the active serves; when it stops working the standby takes over after the switch-over time.',
    },
  ).transform((g): Topology => ({
    type: 'standby',
    id: g.id ?? `${memberLabel(g.active)}/${memberLabel(g.standby)}`,
    of: [g.active, g.standby],
    switchover: toDistribution(g.switchover),
    failback: g.failback ?? 'stay',
  }));
}
