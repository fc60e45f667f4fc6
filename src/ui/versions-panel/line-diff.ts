/** How many lines two texts differ by, for texts that cannot be compared as scenarios. */

export interface LineChanges {
  readonly added: number;
  readonly removed: number;
}

/** Lines only in `after` (added) and only in `before` (removed), by a longest common subsequence. */
export function lineChanges(before: string, after: string): LineChanges {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  let previous = new Uint32Array(y.length + 1);
  let row = new Uint32Array(y.length + 1);
  for (const line of x) {
    for (let j = 1; j <= y.length; j++) {
      row[j] =
        line === y[j - 1]
          ? (previous[j - 1] ?? 0) + 1
          : Math.max(previous[j] ?? 0, row[j - 1] ?? 0);
    }
    [previous, row] = [row, previous];
  }
  const common = previous[y.length] ?? 0;
  return { added: y.length - common, removed: x.length - common };
}
