/**
 * Keyboard movement in a chart drawn as a grid of cells (the BIA heatmap), as the ARIA grid
 * pattern moves: the arrows go to the neighbouring cell, Home and End to the ends of the row,
 * Ctrl+Home and Ctrl+End to the first and last cell. A grid may have holes (an hour outside the
 * scenario has no cell): a move skips them, and a move up or down lands on the nearest cell of
 * the next row that has one. Pure: no DOM.
 */

/** A cell's place: its row and its column. */
export interface GridPlace {
  readonly row: number;
  readonly column: number;
}

/** The keys that move; any other key moves nowhere. */
export const GRID_KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
] as const;

/**
 * Where `key` goes from `from`, given each row's columns that have a cell (in any order); null
 * when it goes nowhere (not a moving key, or already at the edge).
 */
export function moveInGrid(
  rows: readonly (readonly number[])[],
  from: GridPlace,
  key: string,
  ctrl = false,
): GridPlace | null {
  const sorted = rows.map((columns) => [...columns].sort((a, b) => a - b));
  const here = sorted[from.row] ?? [];
  const filled = sorted.flatMap((columns, row) => (columns.length ? [row] : []));
  const at = (row: number, column: number | undefined): GridPlace | null =>
    column === undefined ? null : { row, column };
  switch (key) {
    case 'ArrowRight':
      return at(
        from.row,
        here.find((c) => c > from.column),
      );
    case 'ArrowLeft':
      return at(
        from.row,
        [...here].reverse().find((c) => c < from.column),
      );
    case 'ArrowDown':
    case 'ArrowUp': {
      const row =
        key === 'ArrowDown'
          ? filled.find((r) => r > from.row)
          : [...filled].reverse().find((r) => r < from.row);
      if (row === undefined) return null;
      return at(row, nearest(sorted[row] ?? [], from.column));
    }
    case 'Home': {
      const row = ctrl ? filled[0] : from.row;
      return row === undefined ? null : at(row, sorted[row]?.[0]);
    }
    case 'End': {
      const row = ctrl ? filled[filled.length - 1] : from.row;
      return row === undefined ? null : at(row, sorted[row]?.[sorted[row].length - 1]);
    }
    default:
      return null;
  }
}

/** The column of `columns` nearest to `column` (the earlier one on a tie). */
function nearest(columns: readonly number[], column: number): number | undefined {
  let best: number | undefined;
  for (const c of columns)
    if (best === undefined || Math.abs(c - column) < Math.abs(best - column)) best = c;
  return best;
}
