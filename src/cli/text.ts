/** Plain-text building blocks shared by the command-line reports. */

/** Minutes as `45m` or `34h 04m`, rounded to the minute. */
export function mins(m: number): string {
  const total = Math.round(m);
  if (total < 0) return `−${mins(-total)}`;
  return total < 60
    ? `${total}m`
    : `${Math.floor(total / 60)}h ${String(total % 60).padStart(2, '0')}m`;
}

/** A local date-time to the minute, for reading: `2026-01-07 15:30`. */
export const when = (iso: string): string => iso.slice(0, 16).replace('T', ' ');

/** `EUR 466,074`. */
export const money = (n: number, currency: string): string =>
  `${currency} ${n.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;

/** Rows of cells as aligned lines (the first row sets the number of columns). */
export function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join('  ')
      .trimEnd(),
  );
}
