/** Half-open intervals [start, end) on simulated time, kept sorted and disjoint. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** Sorts and merges touching or overlapping intervals; drops empty ones. */
export function normaliseIntervals(list: readonly Interval[]): Interval[] {
  const sorted = list.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end)
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, i.end) };
    else out.push(i);
  }
  return out;
}

/** Index of the first interval whose end is after `t` (binary search). */
function firstEndingAfter(sorted: readonly Interval[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Length of the overlap between [from, to) and a sorted, disjoint list. */
export function overlapLength(sorted: readonly Interval[], from: number, to: number): number {
  let total = 0;
  for (let i = firstEndingAfter(sorted, from); i < sorted.length; i++) {
    const iv = sorted[i]!;
    if (iv.start >= to) break;
    total += Math.min(iv.end, to) - Math.max(iv.start, from);
  }
  return total;
}

/** The pieces of [from, to) that lie inside the sorted, disjoint list. */
export function clip(sorted: readonly Interval[], from: number, to: number): Interval[] {
  const out: Interval[] = [];
  for (let i = firstEndingAfter(sorted, from); i < sorted.length; i++) {
    const iv = sorted[i]!;
    if (iv.start >= to) break;
    out.push({ start: Math.max(iv.start, from), end: Math.min(iv.end, to) });
  }
  return out;
}

/** Whether `t` lies inside one of the sorted, disjoint intervals. */
export function contains(sorted: readonly Interval[], t: number): boolean {
  const iv = sorted[firstEndingAfter(sorted, t)];
  return iv !== undefined && iv.start <= t;
}
