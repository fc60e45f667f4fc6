import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Topology } from '../../../src/core/model.ts';
import { distributeLoad, evaluate } from '../../../src/core/topology.ts';
import { CompiledTopology } from '../../../src/simulator/fast/compiled-topology.ts';
import { TopologyState } from '../../../src/simulator/fast/topology-state.ts';

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const known = ids.slice(0, 5);

const topology: fc.Arbitrary<Topology> = fc.letrec<{ t: Topology }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('component' as const), id: fc.constantFrom(...ids) }),
    fc.record({
      type: fc.constant('series' as const),
      of: fc.array(tie('t'), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({
      type: fc.constant('group' as const),
      atLeast: fc.integer({ min: 0, max: 3 }),
      of: fc.array(tie('t'), { minLength: 1, maxLength: 4 }),
    }),
  ),
})).t;
const capacity = fc.constantFrom(0, 0.5, 1, 3, 10, Infinity);

describe('TopologyState (incremental) against core/topology.ts', () => {
  it('gives the same capacity, satisfaction and load shares after every change', () => {
    fc.assert(
      fc.property(
        topology,
        fc.array(capacity, { minLength: 5, maxLength: 5 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), capacity), { maxLength: 12 }),
        (t, initial, changes) => {
          const caps = Float64Array.from(initial);
          const capacityOf = (id: string): number => caps[known.indexOf(id)] ?? 0;
          const compiled = new CompiledTopology(t, (id) => known.indexOf(id));
          const state = new TopologyState(compiled);
          // Without load spreading (a service with no finite capacity): the same satisfaction and capacity.
          const unspread = new TopologyState(compiled, undefined, false);
          const check = (): void => {
            const expected = evaluate(t, capacityOf);
            state.spreadLoads();
            unspread.spreadLoads();
            expect(state.satisfied[0] === 1).toBe(expected.satisfied);
            expect(state.capacity[0]).toBe(expected.capacity);
            expect(unspread.satisfied).toEqual(state.satisfied);
            expect(unspread.capacity).toEqual(state.capacity);
            expect(unspread.reached.every((r) => r === 0)).toBe(true);
            const shares = new Map<string, number>();
            if (expected.satisfied)
              distributeLoad(t, 1, capacityOf, (id, l) =>
                shares.set(id, (shares.get(id) ?? 0) + l),
              );
            const actual = new Map<string, number>();
            compiled.components.forEach((index, s) => {
              if (state.reached[s] === 1) actual.set(known[index]!, state.share[s]!);
            });
            shares.delete('f');
            expect(actual).toEqual(shares);
            // The root's bound is at least every capacity-bound component's load ratio (a NaN
            // share, as 0 of a group of 0-capacity members gives, never overloads: no bound).
            if (expected.satisfied)
              for (const [id, share] of shares) {
                const c = capacityOf(id);
                if (Number.isFinite(c) && c > 0 && !Number.isNaN(share))
                  expect(state.bound[0]).toBeGreaterThanOrEqual((share / c) * (1 - 1e-12));
              }
          };
          state.refreshAll(caps);
          unspread.refreshAll(caps);
          check();
          for (const [index, value] of changes) {
            caps[index] = value;
            state.refresh(caps, Int32Array.of(index), 1);
            unspread.refresh(caps, Int32Array.of(index), 1);
            check();
          }
        },
      ),
      {
        numRuns: 500,
        // Found by the property: a group needing 0 of 0-capacity members shares its load as NaN.
        examples: [
          [
            {
              type: 'group',
              atLeast: 0,
              of: [
                {
                  type: 'group',
                  atLeast: 0,
                  of: [
                    {
                      type: 'series',
                      of: [
                        { type: 'group', atLeast: 0, of: [{ type: 'component', id: 'f' }] },
                        { type: 'component', id: 'a' },
                      ],
                    },
                    { type: 'component', id: 'e' },
                  ],
                },
                { type: 'component', id: 'a' },
              ],
            },
            [1, 0, 0, 0, 0],
            [],
          ],
        ],
      },
    );
  });
});
