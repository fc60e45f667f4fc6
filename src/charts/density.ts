/**
 * Level of detail for the timeline: pure functions that clip spans and intervals to the visible
 * window and merge what is too narrow to see into aggregated bins, so the number of SVG elements
 * stays bounded however long the run. Spans narrower than `minPx` (at least 1 px) merge into a
 * "mixed" bin whose state is the worst one inside; when a track would still exceed its element
 * budget the threshold doubles until it fits.
 */

export interface SpanLike<S extends string = string> {
  readonly start: number;
  readonly end: number;
  readonly state: S;
}

export interface Bin<T extends SpanLike> {
  /** Clipped to the visible window. */
  readonly start: number;
  readonly end: number;
  /** The worst state inside. */
  readonly state: T['state'];
  /** True when the bin holds more than one state. */
  readonly mixed: boolean;
  /** How many spans of each state the bin holds, worst first. */
  readonly counts: readonly (readonly [T['state'], number])[];
  /** The span itself when the bin holds exactly one. */
  readonly span: T | null;
}

/** Simulated ms -> x pixel. */
export type PixelOf = (t: number) => number;

export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

function makeBin<T extends SpanLike>(
  start: number,
  end: number,
  items: readonly T[],
  severity: (state: T['state']) => number,
): Bin<T> {
  const first = items[0];
  if (!first) throw new Error('makeBin: empty bin');
  // One span (most bins at the first zoom): its counts without a Map and a sort.
  if (items.length === 1)
    return {
      start,
      end,
      state: first.state,
      mixed: false,
      counts: [[first.state, 1]],
      span: first,
    };
  const counts = new Map<T['state'], number>();
  for (const item of items) counts.set(item.state, (counts.get(item.state) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => severity(b[0]) - severity(a[0]));
  const worst = sorted[0]!;
  return {
    start,
    end,
    state: worst[0],
    mixed: sorted.length > 1,
    counts: sorted,
    span: null,
  };
}

/** One pass: spans at least `minPx` wide stay whole; runs of narrower ones merge into bins. */
export function binSpans<T extends SpanLike>(
  spans: readonly T[],
  px: PixelOf,
  view: TimeWindow,
  severity: (state: T['state']) => number,
  minPx = 1,
): Bin<T>[] {
  const out: Bin<T>[] = [];
  let pending: { start: number; end: number; items: T[] } | null = null;
  const flush = () => {
    if (pending) out.push(makeBin(pending.start, pending.end, pending.items, severity));
    pending = null;
  };
  for (const span of spans) {
    if (span.end <= view.from || span.start >= view.to) continue;
    const start = Math.max(span.start, view.from);
    const end = Math.min(span.end, view.to);
    if (px(end) - px(start) >= minPx) {
      flush();
      out.push(makeBin(start, end, [span], severity));
      continue;
    }
    const current: { start: number; end: number; items: T[] } = pending ?? {
      start,
      end,
      items: [],
    };
    current.end = end;
    current.items.push(span);
    pending = current;
    if (px(current.end) - px(current.start) >= minPx) flush();
  }
  flush();
  return out;
}

/**
 * How many bins `binSpans` makes at `minPx`, without making them: the same walk, counting (the
 * budget search tries 1, 2, 4 ... px and keeps one; building the bins it drops cost as much).
 */
export function countBins<T extends SpanLike>(
  spans: readonly T[],
  px: PixelOf,
  view: TimeWindow,
  minPx = 1,
): number {
  let count = 0;
  let pendingStart = 0;
  let pending = false;
  for (const span of spans) {
    if (span.end <= view.from || span.start >= view.to) continue;
    const start = Math.max(span.start, view.from);
    const end = Math.min(span.end, view.to);
    if (px(end) - px(start) >= minPx) {
      if (pending) count++;
      pending = false;
      count++;
      continue;
    }
    if (!pending) pendingStart = start;
    pending = true;
    if (px(end) - px(pendingStart) >= minPx) {
      count++;
      pending = false;
    }
  }
  return pending ? count + 1 : count;
}

/** Bins spans with the smallest threshold (1, 2, 4 ... px) that keeps at most `budget` bins. */
export function binWithinBudget<T extends SpanLike>(
  spans: readonly T[],
  px: PixelOf,
  view: TimeWindow,
  severity: (state: T['state']) => number,
  budget: number,
): Bin<T>[] {
  const range = Math.abs(px(view.to) - px(view.from));
  for (let minPx = 1; ; minPx *= 2)
    if (countBins(spans, px, view, minPx) <= budget || minPx > range)
      return binSpans(spans, px, view, severity, minPx);
}

export interface Band {
  readonly start: number;
  readonly end: number;
  /** How many source intervals the band merges. */
  readonly count: number;
}

/**
 * Clips intervals to the window and merges neighbours whose gap is under `minGapPx`,
 * doubling the gap until at most `budget` bands remain.
 */
export function mergeIntervals(
  intervals: readonly { readonly start: number; readonly end: number }[],
  px: PixelOf,
  view: TimeWindow,
  budget: number,
): Band[] {
  const visible = intervals
    .filter((i) => i.end > view.from && i.start < view.to)
    .map((i) => ({ start: Math.max(i.start, view.from), end: Math.min(i.end, view.to) }));
  const range = Math.abs(px(view.to) - px(view.from));
  for (let minGapPx = 1; ; minGapPx *= 2) {
    const bands: { start: number; end: number; count: number }[] = [];
    for (const i of visible) {
      const last = bands[bands.length - 1];
      if (last && px(i.start) - px(last.end) < minGapPx) {
        last.end = Math.max(last.end, i.end);
        last.count += 1;
      } else bands.push({ ...i, count: 1 });
    }
    if (bands.length <= budget || minGapPx > range) return bands;
  }
}
