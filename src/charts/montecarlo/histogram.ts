/**
 * The histogram of a Monte Carlo study: one bar per bin of runs (bins computed by the caller),
 * a y axis of runs or of the share of runs, and the target as a dashed vertical line with the
 * side that meets it shaded. Bars that meet the target are green; bars that miss it (or
 * straddle it) are vermillion and hatched, so the difference survives print and grey scale.
 * A bar holding an example run is a button (click, Enter or Space) that calls `onSelect`;
 * its hit area is the whole column, so even a one-run bar is easy to reach.
 */
import * as d3 from 'd3';
import { layer } from '../layer.ts';
import { color } from '../palette.ts';
import { ensurePatterns, patternFill } from '../patterns.ts';
import {
  drawTargetLine,
  drawTargetShade,
  runs,
  shareMeeting,
  sideOf,
  xScale,
  xTicks,
  type DistributionData,
  type HistogramBar,
  type Side,
} from './distribution.ts';
import {
  plotFrame,
  plotOrMessage,
  setupSvg,
  sharePercent,
  type ChartSize,
  type Frame,
} from './frame.ts';
import { drawXAxis, drawYAxis } from './axes.ts';

export type { HistogramBar, Target } from './distribution.ts';
export type HistogramData = DistributionData;

export interface HistogramOptions extends ChartSize {
  /** The y axis: how many runs (default) or which share of all runs. */
  readonly yAxis?: 'runs' | 'share';
  /** Called with the bar's index in `data.bars` when a bar with an example run is chosen. */
  readonly onSelect?: (barIndex: number, bar: HistogramBar) => void;
}

export const HISTOGRAM_SIZE = { width: 640, height: 300 } as const;

interface Item {
  readonly index: number;
  readonly bar: HistogramBar;
  readonly side: Side | null;
}

const SIDE_TEXT: Record<Side, string> = {
  meets: ', meeting the target',
  misses: ', missing the target',
  straddles: ', partly missing the target',
};

export function renderHistogram(
  svg: SVGSVGElement,
  data: HistogramData,
  options: HistogramOptions = {},
): { height: number } {
  const f = plotFrame(
    options.width ?? HISTOGRAM_SIZE.width,
    options.height ?? HISTOGRAM_SIZE.height,
  );
  const empty = data.total <= 0 || !data.bars.some((b) => b.count > 0);
  const select = options.onSelect;
  ensurePatterns(svg);
  const root = setupSvg(svg, 'cs-histogram', f, {
    title: `Histogram of ${data.xLabel} over ${runs(data.total)}`,
    desc: empty ? 'No runs yet.' : describe(data),
    interactive: !empty && !!select && data.bars.some((b) => b.run !== null && b.count > 0),
  });
  const plot = plotOrMessage(root, f, empty ? 'No runs yet' : null);
  if (!plot) return { height: f.height };

  const x = xScale(data, f);
  const share = options.yAxis === 'share';
  const scaleY = share ? 1 / data.total : 1;
  const max = (d3.max(data.bars, (b) => b.count) ?? 0) * scaleY;
  // Headroom above the tallest bar keeps the "meets target" label clear of it.
  const y = d3
    .scaleLinear()
    .domain([0, max * 1.15])
    .nice(5)
    .range([f.bottom, f.top]);
  const yTicks = y.ticks(5).filter((v) => share || Number.isInteger(v));
  drawTargetShade(plot, f, x, data.target);
  drawYAxis(plot, f, {
    scale: y,
    ticks: yTicks,
    format: share ? (v) => `${+(v * 100).toFixed(2)} %` : (v) => v.toLocaleString('en'),
    title: share ? 'share of runs' : 'runs',
  });
  drawXAxis(plot, f, {
    scale: x,
    ticks: xTicks(data, f, x),
    format: data.format,
    title: data.xLabel,
  });

  const target = data.target;
  const items: Item[] = data.bars
    .map((bar, index) => ({ index, bar, side: target ? sideOf(bar, target) : null }))
    .filter((d) => d.bar.count > 0);
  drawBars(plot, f, data, items, { x, y, scaleY, select });
  drawTargetLine(plot, f, x, data.target);
  return { height: f.height };
}

interface BarScales {
  readonly x: d3.ScaleLinear<number, number>;
  readonly y: d3.ScaleLinear<number, number>;
  readonly scaleY: number;
  readonly select: HistogramOptions['onSelect'];
}

function drawBars(
  plot: d3.Selection<SVGGElement, unknown, null, undefined>,
  f: Frame,
  data: HistogramData,
  items: readonly Item[],
  { x, y, scaleY, select }: BarScales,
): void {
  const span = (d: Item) => {
    const x0 = x(d.bar.from);
    const x1 = Number.isFinite(d.bar.to) ? x(d.bar.to) : f.right;
    const gap = x1 - x0 > 4 ? 1 : 0;
    return { x: x0 + gap / 2, width: Math.max(1, x1 - x0 - gap) };
  };
  const range = (d: Item) => `${data.format(d.bar.from)} to ${data.format(d.bar.to)}`;
  const what = (d: Item) =>
    `${runs(d.bar.count)} with ${data.xLabel} ${range(d)}${d.side ? SIDE_TEXT[d.side] : ''}`;
  const live = (d: Item) => !!select && d.bar.run !== null;
  const bars = layer(plot, 'cs-bars')
    .selectChildren<SVGGElement, Item>('g.cs-bar')
    .data(items, (d) => `${d.index}`)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'cs-bar');
      g.append('title');
      g.append('rect').attr('class', 'cs-hit');
      g.append('rect').attr('class', 'cs-bar-fill');
      return g;
    })
    .attr('data-index', (d) => d.index)
    .attr('data-side', (d) => d.side)
    .attr('role', (d) => (live(d) ? 'button' : null))
    .attr('tabindex', (d) => (live(d) ? 0 : null))
    .attr('aria-label', (d) => (live(d) ? `${what(d)}; open an example run` : null))
    .style('cursor', (d) => (live(d) ? 'pointer' : null));
  bars
    .select('title')
    .text((d) => `${what(d)} (${sharePercent(d.bar.count / data.total)} of runs)`);
  bars
    .select('.cs-hit')
    .attr('x', (d) => span(d).x)
    .attr('width', (d) => span(d).width)
    .attr('y', f.top)
    .attr('height', f.bottom - f.top)
    .attr('fill', 'transparent');
  bars
    .select('.cs-bar-fill')
    .attr('x', (d) => span(d).x)
    .attr('width', (d) => span(d).width)
    .attr('y', (d) => Math.min(y(d.bar.count * scaleY), f.bottom - 2))
    .attr('height', (d) => Math.max(2, f.bottom - y(d.bar.count * scaleY)))
    .attr('fill', (d) =>
      d.side === null ? color('step') : d.side === 'meets' ? color('up') : patternFill('down'),
    )
    .attr('stroke', (d) => (d.side && d.side !== 'meets' ? color('down') : null))
    .attr('stroke-width', (d) => (d.side && d.side !== 'meets' ? 1 : null));
  const choose = (d: Item) => {
    if (select && d.bar.run !== null) select(d.index, d.bar);
  };
  bars
    .on('click', (_: MouseEvent, d: Item) => choose(d))
    .on('keydown', (event: KeyboardEvent, d: Item) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      choose(d);
    });
}

function describe(data: HistogramData): string {
  const first = data.bars[0];
  const last = data.bars[data.bars.length - 1];
  const range = first && last ? ` from ${data.format(first.from)} to ${data.format(last.to)}` : '';
  const text = `${runs(data.total)} by ${data.xLabel}${range}.`;
  if (!data.target) return text;
  const { share, exact } = shareMeeting(data.bars, data.total, data.target);
  return `${text} ${data.target.label}: ${exact ? '' : 'at least '}${sharePercent(share)} of runs meet it.`;
}
