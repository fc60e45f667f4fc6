/**
 * A team request given by its fields (the fast path's, which makes the request an object only
 * when the step waits) changes the team's context and grants exactly as the request object does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  initialTeamContext,
  mutableTeamContext,
  requestFieldsInPlace,
  requestInPlace,
  type MutableTeamContext,
} from '../../src/machines/team.machine.ts';

describe('requestFieldsInPlace', () => {
  it('starts a step at once when the team is at work with a free person and nobody waits', () => {
    const c = mutableTeamContext(initialTeamContext(2));
    const granted: number[] = [];
    expect(requestFieldsInPlace(c, 7, 1, 0, 0, true, null, granted)).toBe(false);
    expect(granted).toEqual([7]);
    expect(c).toEqual({ ...initialTeamContext(2), running: 1, inHours: true });
  });

  it('queues the step, as an object, when it has to wait', () => {
    const c = mutableTeamContext(initialTeamContext(1));
    const granted: number[] = [];
    expect(requestFieldsInPlace(c, 7, 1, 0, 0, false, 90, granted)).toBe(true);
    expect(granted).toEqual([]);
    expect(c.queue).toEqual([{ key: 7, rank: 1, order: 0, seq: 0 }]);
    expect(c.arrives).toBe(90);
  });

  it('does what requestInPlace does, for any context and request (property)', () => {
    const request = fc.record({
      key: fc.nat(50),
      rank: fc.oneof(fc.constant(Infinity), fc.integer({ min: 1, max: 3 })),
      order: fc.nat(4),
      seq: fc.nat(20),
    });
    const context = fc
      .record({
        size: fc.integer({ min: 1, max: 3 }),
        running: fc.nat(3),
        held: fc.nat(2),
        queue: fc.array(request, { maxLength: 4 }),
        arrives: fc.option(fc.nat(1000)),
        inHours: fc.boolean(),
      })
      .map((c): MutableTeamContext => ({ ...c, queue: [...c.queue] }));
    fc.assert(
      fc.property(
        context,
        request,
        fc.boolean(),
        fc.option(fc.nat(1000)),
        (c, r, inHours, arrives) => {
          const [a, b] = [structuredClone(c), structuredClone(c)];
          const ga = [9];
          const gb = [9];
          const waitsA = requestInPlace(a, r, inHours, arrives, ga);
          const waitsB = requestFieldsInPlace(
            b,
            r.key,
            r.rank,
            r.order,
            r.seq,
            inHours,
            arrives,
            gb,
          );
          expect(waitsB).toBe(waitsA);
          expect(gb).toEqual(ga);
          expect(b).toEqual(a);
        },
      ),
    );
  });
});
