/**
 * Rows for markers on a time axis so that none covers another: each marker (in the order
 * given, which need not be sorted) goes on the first row where it keeps `gap` px from every
 * marker already there, and a new row opens when none has room. Pure.
 */
export function markerRows(xs: readonly number[], gap: number): number[] {
  const rows: number[][] = [];
  return xs.map((x) => {
    let row = rows.findIndex((taken) => taken.every((t) => Math.abs(t - x) >= gap));
    if (row < 0) row = rows.push([]) - 1;
    rows[row]!.push(x);
    return row;
  });
}
