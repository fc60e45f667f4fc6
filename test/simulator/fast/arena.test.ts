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
});
