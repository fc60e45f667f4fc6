/**
 * The data the histogram and the CDF share (contiguous bars of runs, an optional target) and
 * what both read from it: which side of the target a bar lies on, the share of runs that meet
 * the target, the x domain, and the target drawn as a vertical line with its label, the side
 * that meets it lightly shaded and both sides named ("meets target", "misses target").
 *
 * A run meets a target `better: 'below'` when its value is at most the target, `'above'` when
 * at least. A bar that straddles the target holds runs of both kinds that the bars cannot tell
 * apart, so it counts as missing and the share of runs meeting the target is a lower bound.
 */
import * as d3 from 'd3';
import { layer } from '../layer.ts';
import { color } from '../palette.ts';
import {
  drawLabels,
  GOOD_TEXT,
  textWidth,
  type Frame,
  type G,
  type Label,
  type Linear,
} from './frame.ts';

export interface HistogramBar {
  /** The bar's lower and upper edge. */
  readonly from: number;
  readonly to: number;
  /** How many runs fall inside. */
  readonly count: number;
  /** The index of an example run inside the bar, or null. */
  readonly run: number | null;
}

export interface Target {
  readonly value: number;
  /** Shown at the line, e.g. `target 99.5 %`. */
  readonly label: string;
  /** The side of the value that meets the target. */
  readonly better: 'above' | 'below';
}

export interface DistributionData {
  /** Contiguous, in increasing order. */
  readonly bars: readonly HistogramBar[];
  /** How many runs in all (the denominator of every share). */
  readonly total: number;
  readonly target?: Target;
  /** What x is, in words: `downtime`, `availability`. */
  readonly xLabel: string;
  readonly format: (x: number) => string;
}

export type Side = 'meets' | 'misses' | 'straddles';

export function sideOf(bar: HistogramBar, target: Target): Side {
  if (target.better === 'below') {
    return bar.to <= target.value ? 'meets' : bar.from >= target.value ? 'misses' : 'straddles';
  }
  return bar.from >= target.value ? 'meets' : bar.to <= target.value ? 'misses' : 'straddles';
}

/** The share of `total` runs in bars that meet the target; `exact` is false when a bar straddles it. */
export function shareMeeting(
  bars: readonly HistogramBar[],
  total: number,
  target: Target,
): { share: number; exact: boolean } {
  let meets = 0;
  let exact = true;
  for (const bar of bars) {
    const side = sideOf(bar, target);
    if (side === 'meets') meets += bar.count;
    else if (side === 'straddles' && bar.count > 0) exact = false;
  }
  return { share: total > 0 ? meets / total : 0, exact };
}

/** The upper edge of bar `i`, made finite (an open last bin is drawn as wide as the one before). */
export function upperEdge(bars: readonly HistogramBar[], i: number): number {
  const bar = bars[i];
  if (!bar) return NaN;
  if (Number.isFinite(bar.to)) return bar.to;
  const before = bars[i - 1];
  return bar.from + (before ? before.to - before.from : Math.max(1, Math.abs(bar.from) * 0.1));
}

/** From the first bar's lower edge to the last one's upper edge, widened to show the target. */
export function xDomain(data: DistributionData): [number, number] {
  const lo = Math.min(data.bars[0]?.from ?? 0, data.target?.value ?? Infinity);
  const hi = Math.max(upperEdge(data.bars, data.bars.length - 1), data.target?.value ?? -Infinity);
  return lo < hi ? [lo, hi] : [lo - 1, lo + 1];
}

/** How many runs there are, in words: `1 run`, `1,234 runs`. */
export const runs = (n: number): string => `${n.toLocaleString('en')} run${n === 1 ? '' : 's'}`;

/**
 * Behind the marks: the meeting side shaded. In front (`drawTargetLine`): the line, its label
 * above the plot and the two sides named at the top of the plot.
 */
export function drawTargetShade(plot: G, f: Frame, x: Linear, target: Target | undefined): void {
  const tx = target ? x(target.value) : 0;
  const shade = target ? [target.better === 'below' ? [f.left, tx] : [tx, f.right]] : [];
  layer(plot, 'cs-meets-shade')
    .selectChildren<SVGRectElement, number[]>('rect')
    .data(shade)
    .join('rect')
    .attr('x', (d) => d[0] ?? 0)
    .attr('width', (d) => Math.max(0, (d[1] ?? 0) - (d[0] ?? 0)))
    .attr('y', f.top)
    .attr('height', f.bottom - f.top)
    .attr('fill', color('up'))
    .attr('fill-opacity', 0.1);
}

/**
 * `sides: 'top'` names both sides at the top of the plot; `'corners'` (for a rising curve,
 * which leaves the top-left and bottom-right of any of its points empty) puts the left side's
 * name at the top and the right side's at the bottom.
 */
export function drawTargetLine(
  plot: G,
  f: Frame,
  x: Linear,
  target: Target | undefined,
  sides: 'top' | 'corners' = 'top',
): void {
  const tx = target ? x(target.value) : 0;
  layer(plot, 'cs-target')
    .selectChildren<SVGLineElement, number>('line')
    .data(target ? [tx] : [])
    .join('line')
    .attr('x1', (d) => d)
    .attr('x2', (d) => d)
    .attr('y1', f.top - 4)
    .attr('y2', f.bottom)
    .attr('stroke', color('ink'))
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '5 3');
  const labels: Label[] = [];
  if (target) {
    const w = textWidth(target.label, 12) / 2;
    const anchor = tx - w < 4 ? 'start' : tx + w > f.width - 4 ? 'end' : 'middle';
    labels.push({ key: 'target', x: tx, y: f.top - 9, text: target.label, anchor, size: 12 });
    labels.push(...sideLabels(f, tx, target, sides));
  }
  drawLabels(layer(plot, 'cs-target-labels'), labels);
}

/** "meets target" and "misses target" either side of the line, each where it fits. */
function sideLabels(f: Frame, tx: number, target: Target, sides: 'top' | 'corners'): Label[] {
  const meetsRight = target.better === 'above';
  const room = { right: f.right - tx - 6, left: tx - f.left - 6 };
  const out: Label[] = [];
  for (const [side, text] of [
    ['meets', meetsRight ? 'meets target →' : '← meets target'],
    ['misses', meetsRight ? '← misses target' : 'misses target →'],
  ] as const) {
    const right = (side === 'meets') === meetsRight;
    if ((right ? room.right : room.left) < textWidth(text)) continue;
    out.push({
      key: side,
      cls: `cs-${side}-label`,
      x: right ? tx + 6 : tx - 6,
      y: right && sides === 'corners' ? f.bottom - 8 : f.top + 14,
      text,
      anchor: right ? 'start' : 'end',
      fill: side === 'meets' ? GOOD_TEXT : color('muted'),
      bold: side === 'meets',
      halo: true,
    });
  }
  return out;
}

/** Linear x over the domain, nice-free so the bars fill the plot. */
export const xScale = (data: DistributionData, f: Frame): Linear =>
  d3.scaleLinear().domain(xDomain(data)).range([f.left, f.right]);

/**
 * The x ticks: when the bars are equally wide and fill the domain, every k-th bar edge (k in
 * 1, 2, 4, 5, 10, 20 ...: the first that leaves 56 px between ticks), so ticks fall on the
 * edges the caller chose (`0 min, 1 h, 2 h`, not `100 min`); else about one per 80 px.
 */
export function xTicks(data: DistributionData, f: Frame, x: Linear): number | number[] {
  const fallback = Math.max(2, Math.floor((f.right - f.left) / 80));
  const { bars } = data;
  const first = bars[0];
  const width = first ? first.to - first.from : NaN;
  const [lo, hi] = x.domain() as [number, number];
  const near = (a: number | undefined, b: number) =>
    a !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(width, Math.abs(b));
  const uniform =
    first !== undefined &&
    width > 0 &&
    near(first.from, lo) &&
    near(bars[bars.length - 1]?.to, hi) &&
    bars.every((b, i) => near(b.to - b.from, width) && (i === 0 || near(bars[i - 1]?.to, b.from)));
  if (!uniform) return fallback;
  const barPx = x(first.to) - x(first.from);
  const step = [1, 2, 4, 5, 10, 20, 25, 50, 100, 200, 250, 500].find((k) => k * barPx >= 56);
  if (step === undefined) return fallback;
  return d3.range(0, bars.length + 1, step).map((i) => first.from + i * width);
}
