import { describe, expect, it } from 'vitest';
import { Arena } from '../../../src/simulator/fast/arena.ts';

describe('Arena', () => {
  it('hands out zeroed arrays of the length asked, also once its first buffer is full', () => {
    const arena = new Arena();
    // 16 KB to start: the third array no longer fits, and comes from a larger buffer.
    const a = arena.f64(1000);
    const b = arena.i32(1000);
    const c = arena.f64(2499);
    const d = arena.u8(10);
    for (const [array, length] of [
      [a, 1000],
      [b, 1000],
      [c, 2499],
      [d, 10],
    ] as const) {
      expect(array.length).toBe(length);
      expect(array.every((x) => x === 0)).toBe(true);
    }
    // Arrays from the old and the new buffer do not overlap.
    a.fill(1);
    b.fill(2);
    c.fill(3);
    d.fill(4);
    expect([a[999], b[999], c[0], c[2498], d[9]]).toEqual([1, 2, 3, 3, 4]);
  });

  it('takes every array back on reset, zeroed', () => {
    const arena = new Arena();
    arena.f64(3000).fill(7);
    arena.reset();
    expect(arena.f64(3000).every((x) => x === 0)).toBe(true);
  });

  it('hands a run the views the last run had when it asks in the same order, zeroed, and new ones when it does not', () => {
    const arena = new Arena();
    const a = arena.f64(4);
    const b = arena.u8(3);
    a.fill(5);
    b.fill(6);
    arena.reset();
    const a2 = arena.f64(4);
    const b2 = arena.u8(3);
    expect(a2).toBe(a);
    expect(b2).toBe(b);
    expect([...a2, ...b2].every((x) => x === 0)).toBe(true);
    arena.reset();
    // Another length at the same place, then the same length at another place: new views.
    const a3 = arena.f64(5);
    const b3 = arena.u8(3);
    expect(a3).not.toBe(a);
    expect(b3).not.toBe(b);
    expect(b3.byteOffset).toBe(40);
    expect(b3.length).toBe(3);
  });
});
