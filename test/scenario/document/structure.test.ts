import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit, readAt } from '../../../src/scenario/document/index.ts';
import { BANK, lineDiff } from './helpers.ts';

type Path = (string | number)[];

/** Every entry of plain data (mapping keys and list items), and every list, by path. */
function entries(data: unknown, path: Path = []): { entries: Path[]; lists: Path[] } {
  const out = { entries: [] as Path[], lists: [] as Path[] };
  if (data === null || typeof data !== 'object') return out;
  if (Array.isArray(data)) out.lists.push(path);
  for (const [k, v] of Object.entries(data)) {
    const child = [...path, Array.isArray(data) ? Number(k) : k];
    out.entries.push(child);
    const inner = entries(v, child);
    out.entries.push(...inner.entries);
    out.lists.push(...inner.lists);
  }
  return out;
}

const BANK_DATA: unknown = parse(BANK);
const { entries: ENTRIES, lists: LISTS } = entries(BANK_DATA);
const NON_EMPTY = LISTS.filter((p) => (readAt(BANK, p) as unknown[]).length > 1);

const scalar = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'ab Z09:#-\'"{}[],&*!|>%@`?\n'.split('')), maxLength: 12 }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.constantFrom('a', 'id', 'mon-fri', 'x y', '1', 'a:b', '#', 'duration');
const value = fc.oneof(
  scalar,
  fc.dictionary(key, scalar, { minKeys: 1, maxKeys: 4 }),
  fc.array(scalar, { minLength: 1, maxLength: 4 }),
  fc.array(fc.dictionary(key, scalar, { minKeys: 1, maxKeys: 3 }), { minLength: 1, maxLength: 2 }),
);

describe('structural edits of the bank are spliced into its text (fast-check)', () => {
  it('removing any entry removes only its own text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENTRIES), (path) => {
        const { text, spliced } = applyEdit(BANK, { op: 'delete', path });
        expect(spliced).toBe(true);
        expect(readAt(text, path.slice(0, -1))).not.toEqual(readAt(BANK, path.slice(0, -1)));
        expect(lineDiff(BANK, text).added.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150, seed: 20260303 },
    );
  });

  it('inserting any value into any list puts exactly that value there', () => {
    const where = fc
      .constantFrom(...LISTS)
      .chain((path) =>
        fc.tuple(
          fc.constant(path),
          fc.integer({ min: 0, max: (readAt(BANK, path) as unknown[]).length }),
        ),
      );
    fc.assert(
      fc.property(where, value, ([path, index], v) => {
        const { text, spliced } = applyEdit(BANK, { op: 'insert', path, index, value: v });
        expect(spliced).toBe(true);
        expect(readAt(text, [...path, index])).toEqual(v);
        expect(lineDiff(BANK, text).removed.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150, seed: 20260304 },
    );
  });

  it('setting any entry to any value writes exactly that value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENTRIES), value, (path, v) => {
        const { text, spliced } = applyEdit(BANK, { op: 'set', path, value: v });
        expect(spliced).toBe(true);
        expect(readAt(text, path)).toEqual(v);
      }),
      { numRuns: 150, seed: 20260305 },
    );
  });

  it('moving any item of any list keeps every line of the file', () => {
    const move = fc.constantFrom(...NON_EMPTY).chain((path) => {
      const last = (readAt(BANK, path) as unknown[]).length - 1;
      return fc.tuple(
        fc.constant(path),
        fc.integer({ min: 0, max: last }),
        fc.integer({ min: 0, max: last }),
      );
    });
    fc.assert(
      fc.property(move, ([path, from, to]) => {
        const { text, spliced } = applyEdit(BANK, { op: 'move', path, from, to });
        expect(spliced).toBe(true);
        const items = [...(readAt(BANK, path) as unknown[])];
        items.splice(to, 0, ...items.splice(from, 1));
        expect(readAt(text, path)).toEqual(items);
        if (!readAt(BANK, path.slice(0, -1))) return;
        expect(text.length).toBe(BANK.length);
      }),
      { numRuns: 100, seed: 20260306 },
    );
  });
});
