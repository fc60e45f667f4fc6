import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distributeLoad, evaluate, standbyGroupsOf } from '../../src/core/topology.ts';
import { atLeast, series, standby } from '../support/model-builder.ts';

const caps = (m: Record<string, number>) => (id: string) => m[id] ?? 0;
const bank = series('lb', atLeast(1, 'app-1', 'app-2'), atLeast(1, 'db-1', 'db-2'));
const full = { lb: 5000, 'app-1': 600, 'app-2': 600, 'db-1': 1500, 'db-2': 1500 };

describe('topology capacity', () => {
  it('of a series is the minimum of its parts; of a group the sum of its working members', () => {
    expect(evaluate(bank, caps(full))).toEqual({ satisfied: true, capacity: 1200 });
    expect(evaluate(bank, caps({ ...full, 'db-1': 0 }))).toEqual({
      satisfied: true,
      capacity: 1200,
    });
    expect(evaluate(bank, caps({ ...full, 'app-1': 0 }))).toEqual({
      satisfied: true,
      capacity: 600,
    });
  });

  it('is unsatisfied when a series part is lost or a group has fewer than k working members', () => {
    expect(evaluate(bank, caps({ ...full, 'app-1': 0, 'app-2': 0 })).satisfied).toBe(false);
    expect(evaluate(bank, caps({ ...full, lb: 0 })).satisfied).toBe(false);
    expect(evaluate(atLeast(2, 'a', 'b', 'c'), caps({ a: 1, b: 0, c: 0 })).satisfied).toBe(false);
    expect(evaluate(atLeast(2, 'a', 'b', 'c'), caps({ a: 1, b: 2, c: 0 }))).toEqual({
      satisfied: true,
      capacity: 3,
    });
  });

  it('treats an unconstrained component as infinite capacity', () => {
    expect(evaluate(series('site', 'app'), caps({ site: Infinity, app: 10 }))).toEqual({
      satisfied: true,
      capacity: 10,
    });
  });

  it('spreads load over a group in proportion to capacity and in full over a series', () => {
    const loads: Record<string, number> = {};
    distributeLoad(
      bank,
      900,
      caps({ ...full, 'app-2': 300 }),
      (id, l) => (loads[id] = (loads[id] ?? 0) + l),
    );
    expect(loads).toEqual({ lb: 900, 'app-1': 600, 'app-2': 300, 'db-1': 450, 'db-2': 450 });
  });

  it('never gains capacity when a component is lost (property)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const topo = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(...ids).map((id) => ({ type: 'component' as const, id })),
        tie('series'),
        tie('group'),
      ),
      series: fc
        .array(tie('node'), { minLength: 1, maxLength: 3 })
        .map((of) => ({ type: 'series' as const, of })),
      group: fc
        .array(tie('node'), { minLength: 1, maxLength: 3 })
        .chain((of) =>
          fc
            .integer({ min: 1, max: of.length })
            .map((atLeast) => ({ type: 'group' as const, atLeast, of })),
        ),
    })).node;
    fc.assert(
      fc.property(
        topo as fc.Arbitrary<Parameters<typeof evaluate>[0]>,
        fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 1, max: 100 })),
        fc.constantFrom(...ids),
        (t, m, lost) => {
          const before = evaluate(t, caps({ a: 1, b: 1, c: 1, d: 1, e: 1, ...m }));
          const after = evaluate(t, caps({ a: 1, b: 1, c: 1, d: 1, e: 1, ...m, [lost]: 0 }));
          expect(after.capacity).toBeLessThanOrEqual(before.capacity);
          if (!before.satisfied) expect(after.satisfied).toBe(false);
        },
      ),
    );
  });
});

describe('a standby group', () => {
  const pair = standby('db-1', 'db-2', 15 * 60_000);
  const dbs = { 'db-1': 1500, 'db-2': 1000 };

  it('offers what its serving member offers, never the sum of both', () => {
    expect(evaluate(pair, caps(dbs), () => 0)).toEqual({ satisfied: true, capacity: 1500 });
    expect(evaluate(pair, caps(dbs), () => 1)).toEqual({ satisfied: true, capacity: 1000 });
  });

  it('offers nothing while it switches over (no member serves)', () => {
    expect(evaluate(pair, caps(dbs), () => -1)).toEqual({ satisfied: false, capacity: 0 });
  });

  it('is down when its serving member does not work, whatever the other does', () => {
    expect(evaluate(pair, caps({ ...dbs, 'db-1': 0 }), () => 0).satisfied).toBe(false);
  });

  it('without a run, serves from its first working member (the state after a switch-over)', () => {
    expect(evaluate(pair, caps(dbs)).capacity).toBe(1500);
    expect(evaluate(pair, caps({ ...dbs, 'db-1': 0 })).capacity).toBe(1000);
    expect(evaluate(pair, caps({})).satisfied).toBe(false);
  });

  it('puts all the load on the serving member and none on the passive one', () => {
    const loads: Record<string, number> = {};
    const add = (id: string, l: number) => (loads[id] = (loads[id] ?? 0) + l);
    distributeLoad(series('lb', pair), 900, caps({ ...dbs, lb: 5000 }), add, () => 1);
    expect(loads).toEqual({ lb: 900, 'db-2': 900 });
    const none: Record<string, number> = {};
    distributeLoad(
      pair,
      900,
      caps(dbs),
      (id, l) => (none[id] = l),
      () => -1,
    );
    expect(none).toEqual({});
  });

  it('lists nested groups before the groups that contain them', () => {
    const inner = standby('a', 'b', 1);
    const outer = standby(inner, 'c', 1);
    expect(standbyGroupsOf(series('lb', outer, pair)).map((g) => g.id)).toEqual([
      'a/b',
      'a+b/c',
      'db-1/db-2',
    ]);
  });
});
