/**
 * Which labels on one line to show so that no two overlap: greedy from the left with a gap
 * between neighbours, always keeping the last label (the end of an axis says the most after
 * its start), and dropping the ones before it that it would run into. The labels left out keep
 * their tick or mark; the chart's title or table still says everything. Pure.
 */
export interface Span {
  readonly left: number;
  readonly right: number;
}

/** `true` for each span (in left-to-right order) that is shown. */
export function roomyLabels(spans: readonly Span[], gap = 6): boolean[] {
  const shown = spans.map(() => false);
  const kept: number[] = [];
  spans.forEach((s, i) => {
    const last = kept[kept.length - 1];
    if (last === undefined || s.left >= spans[last]!.right + gap) {
      kept.push(i);
      shown[i] = true;
    }
  });
  const end = spans.length - 1;
  if (end > 0 && !shown[end]) {
    while (kept.length > 1 && spans[kept[kept.length - 1]!]!.right + gap > spans[end]!.left)
      shown[kept.pop()!] = false;
    shown[end] =
      kept.length === 0 || spans[kept[kept.length - 1]!]!.right + gap <= spans[end]!.left;
  }
  return shown;
}

/** The span of a label of width `w` drawn at `x` with its text-anchor. */
export function spanAt(x: number, w: number, anchor: 'start' | 'middle' | 'end' | null): Span {
  if (anchor === 'start') return { left: x, right: x + w };
  if (anchor === 'end') return { left: x - w, right: x };
  return { left: x - w / 2, right: x + w / 2 };
}
