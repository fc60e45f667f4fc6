import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, MAX_DEPTH } from '../../src/core/canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units, at every depth, with no spacing', () => {
    expect(canonicalJson({ b: 1, a: [{ z: null, y: 'é' }], B: true })).toBe(
      '{"B":true,"a":[{"y":"é","z":null}],"b":1}',
    );
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
    expect(canonicalJson([1e21, 0.1, -0])).toBe('[1e+21,0.1,0]');
  });

  it('is the same for any order of the keys, and parses back to the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        const reversed = JSON.parse(JSON.stringify(value), (_, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        ) as unknown;
        expect(canonicalJson(reversed)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a value nested deeper than any file the tools write', () => {
    let deep: unknown = 1;
    for (let i = 0; i <= MAX_DEPTH; i++) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow(`nested more than ${MAX_DEPTH} levels deep`);
  });
});
