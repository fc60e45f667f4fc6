import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prettyJsonChunks } from '../../src/analysis/json-chunks.ts';
import { runReport } from '../../src/core/report.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { bundled } from '../support/bundled.ts';

const streamed = (value: unknown, chunkSize?: number): string =>
  [...prettyJsonChunks(value, chunkSize)].join('');

describe('prettyJsonChunks', () => {
  it("writes the bank's report with its trace byte for byte as JSON.stringify(value, null, 2), in chunks", () => {
    const bank = bundled('bank-money-transfer');
    const trace = simulate(bank, '7');
    const value = { ...runReport(bank, trace), trace };
    const whole = JSON.stringify(value, null, 2);
    const chunks = [...prettyJsonChunks(value, 4096)];
    expect(chunks.join('')).toBe(whole);
    expect(chunks.length).toBeGreaterThan(whole.length / 8192);
    // Every chunk but the last is about the size asked for (a piece more at most).
    for (const c of chunks.slice(0, -1)) expect(c.length).toBeGreaterThanOrEqual(4096);
  });

  it('follows JSON.stringify for empty containers, nesting, left-out members and toJSON', () => {
    const tricky = {
      empty: {},
      none: [],
      gone: undefined,
      fn: () => 1,
      holes: [undefined, () => 2, Symbol('x'), NaN, -0, Infinity],
      deep: { a: [{ b: [[1, [2, { c: 'line\nbreak "quoted"' }]]] }], at: new Date(0) },
      custom: { toJSON: (key: string) => ({ key, list: [{ x: 1 }] }) },
      boxed: [Object(1), Object('s'), Object(true)],
      nullProto: Object.assign(Object.create(null) as object, { k: [{ v: null }] }),
    };
    for (const size of [1, 16, 1 << 16])
      expect(streamed(tricky, size)).toBe(JSON.stringify(tricky, null, 2));
    expect(streamed('text')).toBe('"text"');
    expect(streamed([])).toBe('[]');
    expect(() => [...prettyJsonChunks(undefined)]).toThrow(TypeError);
  });

  it('equals JSON.stringify(value, null, 2) for any JSON value and chunk size', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true, withBoxedValues: true })),
        fc.integer({ min: 1, max: 256 }),
        (value, size) => {
          const expected = JSON.stringify(value, null, 2);
          if (expected === undefined) return;
          expect(streamed(value, size)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
