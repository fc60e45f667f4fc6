/**
 * The fast path's queue gives entries in core/event-queue.ts's order (time, then priority,
 * then insertion) whatever the pushes, pops, peeks and cancellations, including a pop that
 * leaves the root empty and the push or peek that fills it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TimerQueue } from '../../../src/simulator/fast/timer-queue.ts';

type Op =
  { push: [time: number, priority: number] } | { pop: true } | { peek: true } | { cancel: number };

interface Entry {
  readonly time: number;
  readonly priority: number;
  readonly id: number;
}

/** The order by hand: a list searched for its least entry. */
class ListQueue {
  entries: Entry[] = [];
  next = 0;
  push(time: number, priority: number): number {
    const id = this.next++;
    this.entries.push({ time, priority, id });
    return id;
  }
  #least(): number {
    let best = -1;
    this.entries.forEach((e, k) => {
      const b = this.entries[best];
      if (
        b === undefined ||
        e.time < b.time ||
        (e.time === b.time &&
          (e.priority < b.priority || (e.priority === b.priority && e.id < b.id)))
      )
        best = k;
    });
    return best;
  }
  peekTime(): number {
    const k = this.#least();
    return k < 0 ? Infinity : this.entries[k]!.time;
  }
  pop(): number {
    const k = this.#least();
    return k < 0 ? -1 : this.entries.splice(k, 1)[0]!.id;
  }
  cancel(id: number): void {
    this.entries = this.entries.filter((e) => e.id !== id);
  }
}

describe('the fast path queue', () => {
  it('gives ties by priority, then by insertion, and skips what was cancelled, by hand', () => {
    const q = new TimerQueue();
    q.push(5, 1, 7, 1);
    const two = q.push(5, 0, 7, 2);
    q.push(3, 1, 7, 3);
    q.push(5, 1, 7, 4);
    q.push(4, 0, 7, 5);
    q.cancel(two);
    const out: number[] = [];
    for (let id = q.pop(); id >= 0; id = q.pop()) out.push(q.arg(id));
    expect(out).toEqual([3, 5, 1, 4]);
    expect(q.peekTime()).toBe(Infinity);
  });

  it('pops what a list sorted by hand pops, whatever the pushes, peeks and cancellations', () => {
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({
        push: fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 1 })),
      }),
      fc.constant({ pop: true as const }),
      fc.constant({ peek: true as const }),
      fc.record({ cancel: fc.integer({ min: -1, max: 300 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), (ops) => {
        const q = new TimerQueue();
        const list = new ListQueue();
        for (const o of ops) {
          if ('push' in o) {
            const id = q.push(o.push[0], o.push[1], 9, list.next);
            expect(id).toBe(list.push(o.push[0], o.push[1]));
          } else if ('pop' in o) {
            const id = q.pop();
            const expected = list.pop();
            expect(id).toBe(expected);
            if (id >= 0) expect(q.arg(id)).toBe(id);
          } else if ('peek' in o) expect(q.peekTime()).toBe(list.peekTime());
          else if (o.cancel < list.next) {
            q.cancel(o.cancel);
            list.cancel(o.cancel);
          }
        }
        for (let id = q.pop(); id >= 0; id = q.pop()) expect(id).toBe(list.pop());
        expect(list.pop()).toBe(-1);
        // A cleared queue starts again from insertion 0.
        q.clear();
        expect(q.peekTime()).toBe(Infinity);
        expect(q.push(1, 0, 0, 0)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
