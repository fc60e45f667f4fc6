import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stream } from '../../../src/core/random.ts';
import { fastStream } from '../../../src/simulator/fast/alea.ts';
import { StreamSeeder } from '../../../src/simulator/fast/alea-lanes.ts';

const draws = (u: () => number, count = 6): number[] => Array.from({ length: count }, () => u());

/** Any text, short ids of a few lengths (so that keys share lanes), and awkward characters. */
const name = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('c1-1', 'c1-2', 'c12-4', 'site-1', 'failure', 'recovery', '', ':'),
);
const seed = fc.oneof(fc.string({ maxLength: 16 }), fc.nat().map(String), fc.constant('S:run:42'));

describe('the fast path streams', () => {
  it('fastStream(seed, a, b) draws what stream(seed, a, b) draws', () => {
    fc.assert(
      fc.property(seed, name, name, (s, a, b) => {
        expect(draws(fastStream(s, a, b))).toEqual(draws(stream(s, a, b)));
      }),
    );
  });

  it('StreamSeeder seeds every stream as stream(seed, a, b), run after run', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, name), { maxLength: 30 }),
        fc.array(seed, { minLength: 1, maxLength: 3 }),
        (names, seeds) => {
          const seeder = new StreamSeeder(names);
          for (const s of seeds) {
            seeder.seed(s);
            const actual = seeder.streams.map((alea) => draws(alea.uniform));
            expect(actual).toEqual(names.map(([a, b]) => draws(stream(s, a, b))));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
