/**
 * The overlap of a stretch of time with a service's agreed hours, read from the hours as two
 * typed arrays side by side (`starts`, `ends`: sorted, disjoint, as agreedHoursOf gives them;
 * compiled once per scenario, simulator/fast/compiled-timing.ts). The sum is `overlapLength`'s
 * (core/intervals.ts): the same terms added in the same order, so the same floating-point total.
 * Callers that walk time in order (the fast path's metrics sink) find the first interval from a
 * cursor; the others search from the start.
 */

/** The overlap (ms) of [from, to) with the agreed hours, as `overlapLength` adds it up (same terms, same order). */
export interface AgreedOverlap {
  overlap(from: number, to: number): number;
}

/**
 * The first index from `i` on whose end is after `t` (`ends` ascending; `ends.length` when
 * none), galloped to from `i`: a caller moving forward in time finds it in a step or two, and
 * from 0 it is a binary search's answer.
 */
export function firstEndingAfter(ends: Float64Array, i: number, t: number): number {
  const n = ends.length;
  if (!(i < n && ends[i]! <= t)) return i;
  let lo = i + 1;
  let hi = lo;
  for (let step = 1; hi < n && ends[hi]! <= t; step *= 2) {
    lo = hi + 1;
    hi += step;
  }
  if (hi > n) hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The overlap (ms) of [from, to) with the agreed hours, from `first`, the first interval ending
 * after `from` (`firstEndingAfter`): each interval's piece inside [from, to), in order.
 */
export function overlapFrom(
  starts: Float64Array,
  ends: Float64Array,
  first: number,
  from: number,
  to: number,
): number {
  const n = ends.length;
  let total = 0;
  for (let i = first; i < n; i++) {
    const s = starts[i]!;
    if (s >= to) break;
    total += Math.min(ends[i]!, to) - Math.max(s, from);
  }
  return total;
}

/** The agreed hours `starts`, `ends` as an AgreedOverlap, each stretch searched for from the start. */
export function agreedOverlapOf(starts: Float64Array, ends: Float64Array): AgreedOverlap {
  return {
    overlap: (from, to) => overlapFrom(starts, ends, firstEndingAfter(ends, 0, from), from, to),
  };
}
