/**
 * How a service requires components: a component id, `{ series: [...] }` (all needed) or
 * `{ atLeast: k, of: [...] }` (k of n needed), nested freely.
 */
import { z } from 'zod';
import type { Topology } from '../core/model.ts';
import { id, list, mapping, num } from './fields.ts';
import { describeValue, withHint } from './issues.ts';

export type TopologyInput =
  string | { series: TopologyInput[] } | { atLeast: number; of: TopologyInput[] };

const HINT = 'requires: { series: [lb, { atLeast: 1, of: [db-1, db-2] }] }';
const MAX_MEMBERS = 2000;

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
      ],
      {
        error: (iss) =>
          withHint(
            `expected a component id, { series: [...] } or { atLeast: k, of: [...] }, got ${describeValue(iss.input)}`,
            HINT,
          ),
      },
    ),
  )
  .meta({
    description: `What a service needs: a component id, { series: [...] } or { atLeast: k, of: [...] }, nested freely. Example: ${HINT}`,
  });
