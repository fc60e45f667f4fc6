import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRID_KEYS, moveInGrid } from '../../src/charts/grid-keys.ts';

// Three rows; the middle one starts at 06:00 (the hours before lie outside the scenario), the
// last has no cell at all.
const rows = [[0, 1, 2, 3], [6, 7, 8], [], [2, 3]];

describe('moveInGrid', () => {
  it('moves right and left along the row, and stops at its ends', () => {
    expect(moveInGrid(rows, { row: 0, column: 1 }, 'ArrowRight')).toEqual({ row: 0, column: 2 });
    expect(moveInGrid(rows, { row: 0, column: 1 }, 'ArrowLeft')).toEqual({ row: 0, column: 0 });
    expect(moveInGrid(rows, { row: 0, column: 3 }, 'ArrowRight')).toBeNull();
    expect(moveInGrid(rows, { row: 1, column: 6 }, 'ArrowLeft')).toBeNull();
  });

  it('moves down and up to the same hour, or the nearest one the next row has, skipping empty rows', () => {
    expect(moveInGrid(rows, { row: 0, column: 1 }, 'ArrowDown')).toEqual({ row: 1, column: 6 });
    expect(moveInGrid(rows, { row: 1, column: 7 }, 'ArrowUp')).toEqual({ row: 0, column: 3 });
    expect(moveInGrid(rows, { row: 1, column: 6 }, 'ArrowDown')).toEqual({ row: 3, column: 3 });
    expect(moveInGrid(rows, { row: 3, column: 2 }, 'ArrowUp')).toEqual({ row: 1, column: 6 });
    expect(moveInGrid(rows, { row: 3, column: 2 }, 'ArrowDown')).toBeNull();
    expect(moveInGrid(rows, { row: 0, column: 2 }, 'ArrowUp')).toBeNull();
  });

  it('goes to the ends of the row with Home and End, and of the grid with Ctrl', () => {
    expect(moveInGrid(rows, { row: 1, column: 7 }, 'Home')).toEqual({ row: 1, column: 6 });
    expect(moveInGrid(rows, { row: 1, column: 7 }, 'End')).toEqual({ row: 1, column: 8 });
    expect(moveInGrid(rows, { row: 1, column: 7 }, 'Home', true)).toEqual({ row: 0, column: 0 });
    expect(moveInGrid(rows, { row: 1, column: 7 }, 'End', true)).toEqual({ row: 3, column: 3 });
  });

  it('ignores other keys', () => {
    expect(moveInGrid(rows, { row: 0, column: 0 }, 'Enter')).toBeNull();
    expect(moveInGrid(rows, { row: 0, column: 0 }, 'a')).toBeNull();
  });

  it('always lands on a cell that exists', () => {
    const grid = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { maxLength: 24 }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        grid,
        fc.nat(),
        fc.constantFrom(...GRID_KEYS),
        fc.boolean(),
        (g, pick, key, ctrl) => {
          const places = g.flatMap((columns, row) => columns.map((column) => ({ row, column })));
          fc.pre(places.length > 0);
          const from = places[pick % places.length]!;
          const to = moveInGrid(g, from, key, ctrl);
          if (to) expect(g[to.row]).toContain(to.column);
        },
      ),
    );
  });
});
