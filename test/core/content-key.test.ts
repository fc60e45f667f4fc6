import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentKey } from '../../src/core/content-key.ts';

describe('contentKey', () => {
  it('is the same for a copy and differs when a value differs', () => {
    const a = { x: [1, 2.5, 'three'], y: { z: true } };
    expect(contentKey(structuredClone(a))).toBe(contentKey(a));
    expect(contentKey({ ...a, y: { z: false } })).not.toBe(contentKey(a));
  });

  it('tells apart what plain JSON would write the same', () => {
    const keys = [
      contentKey({ v: Infinity }),
      contentKey({ v: -Infinity }),
      contentKey({ v: NaN }),
      contentKey({ v: null }),
      contentKey({ v: -0 }),
      contentKey({ v: 0 }),
      contentKey({ v: undefined }),
      contentKey({}),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is the same for a copy, and equal keys mean equal JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(contentKey(structuredClone(a))).toBe(contentKey(a));
        if (contentKey(a) === contentKey(b)) expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }),
    );
  });
});
