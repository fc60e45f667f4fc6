/**
 * The plain runner's queue gives entries in TimerQueue's order (time, then priority, then
 * insertion), whatever the pushes and pops, including pops that leave the root empty and the
 * pushes that fill it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PlainQueue } from '../../../src/simulator/fast/plain/plain-queue.ts';
import { TimerQueue } from '../../../src/simulator/fast/timer-queue.ts';

type Op = { push: [time: number, priority: number] } | { pop: true };

describe('the plain queue', () => {
  it('gives ties by priority, then by insertion, by hand', () => {
    const q = new PlainQueue();
    q.push(5, 1, 0, 1);
    q.push(5, 0, 0, 2);
    q.push(3, 1, 0, 3);
    q.push(5, 1, 0, 4);
    const out: number[] = [];
    while (q.peekTime() < Infinity) {
      q.pop();
      out.push(q.arg);
    }
    expect(out).toEqual([3, 2, 1, 4]);
  });

  it('pops what TimerQueue pops, push after push and pop after pop', () => {
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        push: fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 1 })),
      }),
      fc.constant({ pop: true as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const plain = new PlainQueue();
        const timer = new TimerQueue();
        let k = 0;
        for (const o of ops) {
          expect(plain.peekTime()).toBe(timer.peekTime());
          if ('push' in o) {
            plain.push(o.push[0], o.push[1], k % 3, k);
            timer.push(o.push[0], o.push[1], k % 3, k);
            k++;
          } else if (timer.peekTime() < Infinity) {
            plain.pop();
            const id = timer.pop();
            expect([plain.kind, plain.arg]).toEqual([timer.kind(id), timer.arg(id)]);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is empty after clear, wherever its entries were, and orders new ones again (over 64: grown)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e12 }), { maxLength: 150 }),
        fc.integer({ min: 0, max: 150 }),
        fc.array(fc.integer({ min: 0, max: 1e12 }), { maxLength: 150 }),
        (before, pops, after) => {
          const plain = new PlainQueue();
          before.forEach((t, k) => plain.push(t, 0, 0, k));
          for (let k = 0; k < Math.min(pops, before.length); k++) plain.pop();
          plain.clear();
          expect(plain.peekTime()).toBe(Infinity);
          after.forEach((t, k) => plain.push(t, 0, 0, k));
          const out: number[] = [];
          while (plain.peekTime() < Infinity) {
            out.push(plain.peekTime());
            plain.pop();
          }
          expect(out).toEqual([...after].sort((a, b) => a - b));
          // Popped empty: nothing left, the queue says so.
          expect(plain.peekTime()).toBe(Infinity);
        },
      ),
      { numRuns: 300 },
    );
  });
});
