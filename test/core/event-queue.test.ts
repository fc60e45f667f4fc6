import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventQueue } from '../../src/core/event-queue.ts';
import { Engine, Priority } from '../../src/core/engine.ts';
import { minutes } from '../../src/core/time.ts';

describe('EventQueue', () => {
  it('pops by time, then priority, then insertion order', () => {
    const q = new EventQueue<string>();
    q.push(10, 1, 'b');
    q.push(5, 2, 'a');
    q.push(10, 0, 'c');
    q.push(10, 1, 'd');
    expect([q.pop(), q.pop(), q.pop(), q.pop()].map((e) => e?.payload)).toEqual([
      'a',
      'c',
      'b',
      'd',
    ]);
    expect(q.pop()).toBeUndefined();
  });

  it('drops a cancelled entry and keeps counting only live ones', () => {
    const q = new EventQueue<string>();
    const x = q.push(1, 0, 'x');
    q.push(2, 0, 'y');
    q.cancel(x);
    q.cancel(x);
    expect(q.size).toBe(1);
    expect(q.pop()?.payload).toBe('y');
    expect(q.size).toBe(0);
  });

  it('always pops in (time, priority, seq) order, whatever is pushed and cancelled', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 2 }), fc.boolean()),
          { maxLength: 200 },
        ),
        (items) => {
          const q = new EventQueue<number>();
          const entries = items.map(([t, p], i) => q.push(t, p, i));
          items.forEach(([, , cancel], i) => cancel && q.cancel(entries[i]!));
          const expected = items
            .map(([t, p, cancel], i) => ({ t, p, i, cancel }))
            .filter((e) => !e.cancel)
            .sort((a, b) => a.t - b.t || a.p - b.p || a.i - b.i)
            .map((e) => e.i);
          const popped: number[] = [];
          for (let e = q.pop(); e; e = q.pop()) popped.push(e.payload);
          expect(popped).toEqual(expected);
        },
      ),
    );
  });
});

describe('Engine', () => {
  it('moves time only when it steps', () => {
    const engine = new Engine();
    const seen: number[] = [];
    engine.at(minutes(30), Priority.external, () => seen.push(engine.now));
    engine.at(minutes(10), Priority.external, () => seen.push(engine.now));
    expect(engine.now).toBe(0);
    expect(engine.step()).toBe(true);
    expect(engine.now).toBe(minutes(10));
    engine.run({ until: minutes(60) });
    expect(seen).toEqual([minutes(10), minutes(30)]);
    expect(engine.now).toBe(minutes(60));
    expect(engine.step()).toBe(false);
  });

  it('runs instant-end callbacks once all events of an instant are processed', () => {
    const engine = new Engine();
    const log: string[] = [];
    engine.onInstantEnd(() => log.push(`end@${engine.now}`));
    engine.at(5, Priority.demand, () => log.push('demand'));
    engine.at(5, Priority.external, () => log.push('fail'));
    engine.at(7, Priority.timer, () => log.push('timer'));
    engine.run({ until: 100 });
    expect(log).toEqual(['fail', 'demand', 'end@5', 'timer', 'end@7']);
  });

  it('is a clock for XState: timers at simulated delays, cleared ones never fire, infinite ones never scheduled', () => {
    const engine = new Engine();
    const fired: number[] = [];
    engine.clock.setTimeout(() => fired.push(engine.now), 100);
    const cleared = engine.clock.setTimeout(() => fired.push(-1), 50);
    engine.clock.clearTimeout(cleared);
    expect(engine.clock.setTimeout(() => fired.push(-2), Infinity)).toBeNull();
    engine.run({ until: 1_000 });
    expect(fired).toEqual([100]);
  });
});
