/**
 * Variants of one scenario seed the same streams under the same run seeds: a second seeder of
 * the same names restores the states the first one kept, and its streams draw exactly what
 * core/random.ts's stream(seed, a, b) draws, whatever was drawn from them in between.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stream } from '../../../src/core/random.ts';
import { Alea } from '../../../src/simulator/fast/alea.ts';
import { StreamSeeder } from '../../../src/simulator/fast/alea-lanes.ts';
import { sharedSeeds, SeedsMemo } from '../../../src/simulator/fast/seeds-memo.ts';

const draws = (u: () => number, count = 5): number[] => Array.from({ length: count }, () => u());

describe('SeedsMemo', () => {
  it('gives back the states kept for a seed, and nothing for a seed it never kept', () => {
    const memo = new SeedsMemo(2);
    const kept = [new Alea(1, 2, 3), new Alea(4, 5, 6)];
    memo.keep('s:run:0', kept);
    const out = [new Alea(0, 0, 0), new Alea(0, 0, 0)];
    out[0]!.next(); // a stream drawn from since: c is no longer 1
    expect(memo.restore('s:run:1', out)).toBe(false);
    expect(memo.restore('s:run:0', out)).toBe(true);
    expect(out.map((a) => [a.s0, a.s1, a.s2, a.c])).toEqual(
      kept.map((a) => [a.s0, a.s1, a.s2, a.c]),
    );
  });

  it('forgets the oldest seed when it is full', () => {
    // So wide that one seed fills it.
    const memo = new SeedsMemo((1 << 20) / 3);
    const streams = [new Alea(1, 2, 3)];
    memo.keep('a', streams);
    memo.keep('b', streams);
    expect(memo.restore('a', streams)).toBe(false);
    expect(memo.restore('b', streams)).toBe(true);
  });

  it('is used only once a second seeder of the same names exists', () => {
    const names: [string, string][] = [['memo-test-only', 'failure']];
    const first = sharedSeeds(names);
    expect(first.memo()).toBeNull();
    expect(sharedSeeds(names)).toBe(first);
    expect(first.memo()).not.toBeNull();
    // Names of no stream: nothing to keep.
    sharedSeeds([]);
    expect(sharedSeeds([]).memo()).toBeNull();
  });
});

describe('seeders of the same names', () => {
  const name = fc.constantFrom('c1', 'c12', 'site-1', 'failure', 'recovery', 'call-out', '');
  it('seed every stream as stream(seed, a, b), through the memo too (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, name), { minLength: 1, maxLength: 12 }),
        fc.array(fc.constantFrom('S:run:0', 'S:run:1', 'T:run:0'), { minLength: 1, maxLength: 6 }),
        (pairs, seeds) => {
          // Names of this case only (the memo is shared per list of names, process-wide).
          const names = pairs.map(([a, b], k): [string, string] => [`${a}${k}`, b]);
          const seeders = [new StreamSeeder(names), new StreamSeeder(names)];
          seeds.forEach((s, j) => {
            const seeder = seeders[j % 2]!;
            seeder.seed(s);
            const actual = seeder.streams.map((alea) => draws(alea.uniform));
            expect(actual).toEqual(names.map(([a, b]) => draws(stream(s, a, b))));
          });
        },
      ),
      { numRuns: 80 },
    );
  });
});
