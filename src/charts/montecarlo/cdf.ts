/**
 * The empirical cumulative distribution of a Monte Carlo study, read from the histogram's
 * bars: a step line of the share of runs at or below x (0–100 %), rising at each bar's upper
 * edge by that bar's share. The target is a dashed vertical line with the meeting side
 * shaded, a dot where it crosses the line and the share of runs that meet it written beside
 * the dot, in the corner the curve leaves empty (above-left or below-right of the dot).
 */
import * as d3 from 'd3';
import { layer } from '../layer.ts';
import { color } from '../palette.ts';
import {
  drawTargetLine,
  drawTargetShade,
  runs,
  shareMeeting,
  upperEdge,
  xDomain,
  xScale,
  xTicks,
  type DistributionData,
} from './distribution.ts';
import {
  drawLabels,
  SERIES,
  plotFrame,
  plotOrMessage,
  setupSvg,
  sharePercent,
  textWidth,
  type ChartSize,
  type Frame,
  type G,
  type Label,
} from './frame.ts';
import { drawXAxis, drawYAxis } from './axes.ts';

export type CdfData = DistributionData;
export type CdfOptions = ChartSize;

export const CDF_SIZE = { width: 640, height: 300 } as const;

/** The step points [x, share of runs ≤ x]: 0 at the first lower edge, then each upper edge. */
export function cdfPoints(data: CdfData): [number, number][] {
  const first = data.bars[0];
  if (!first || data.total <= 0) return [];
  const points: [number, number][] = [[first.from, 0]];
  let sum = 0;
  data.bars.forEach((bar, i) => {
    sum += bar.count;
    points.push([upperEdge(data.bars, i), Math.min(1, sum / data.total)]);
  });
  const end = xDomain(data)[1];
  const last = points[points.length - 1];
  if (last && end > last[0]) points.push([end, last[1]]);
  return points;
}

/** The step curve's value at x: the share of runs in bars whose upper edge is at most x. */
export function cdfAt(points: readonly [number, number][], x: number): number {
  let share = 0;
  for (const [px, py] of points) if (px <= x) share = py;
  return share;
}

export function renderCdf(
  svg: SVGSVGElement,
  data: CdfData,
  options: CdfOptions = {},
): { height: number } {
  const f = plotFrame(options.width ?? CDF_SIZE.width, options.height ?? CDF_SIZE.height);
  const points = cdfPoints(data);
  const empty = points.length === 0 || !data.bars.some((b) => b.count > 0);
  const meeting = data.target ? shareMeeting(data.bars, data.total, data.target) : null;
  const annotation = meeting
    ? `${meeting.exact ? '' : 'at least '}${sharePercent(meeting.share)} of runs meet the target`
    : null;
  const root = setupSvg(svg, 'cs-cdf', f, {
    title: `Cumulative distribution of ${data.xLabel} over ${runs(data.total)}`,
    desc: empty
      ? 'No runs yet.'
      : `Share of runs at or below each ${data.xLabel}.` +
        (data.target && annotation ? ` ${data.target.label}: ${annotation}.` : ''),
    interactive: false,
  });
  const plot = plotOrMessage(root, f, empty ? 'No runs yet' : null);
  if (!plot) return { height: f.height };

  const x = xScale(data, f);
  const y = d3.scaleLinear().domain([0, 1]).range([f.bottom, f.top]);
  drawTargetShade(plot, f, x, data.target);
  drawYAxis(plot, f, {
    scale: y,
    ticks: [0, 0.25, 0.5, 0.75, 1],
    format: (v) => `${Math.round(v * 100)} %`,
    title: `share of runs ≤ ${data.xLabel}`,
  });
  drawXAxis(plot, f, {
    scale: x,
    ticks: xTicks(data, f, x),
    format: data.format,
    title: data.xLabel,
  });
  const line = d3
    .line<[number, number]>()
    .x((p) => x(p[0]))
    .y((p) => y(p[1]))
    .curve(d3.curveStepAfter);
  layer(plot, 'cs-cdf-line')
    .selectChildren<SVGPathElement, string>('path')
    .data([line(points) ?? ''])
    .join('path')
    .attr('d', (d) => d)
    .attr('fill', 'none')
    .attr('stroke', SERIES)
    .attr('stroke-width', 2);
  drawTargetLine(plot, f, x, data.target, 'corners');

  const crossing = data.target
    ? { x: data.target.value, y: cdfAt(points, data.target.value) }
    : null;
  layer(plot, 'cs-crossing')
    .selectChildren<SVGCircleElement, { x: number; y: number }>('circle')
    .data(crossing ? [crossing] : [])
    .join('circle')
    .attr('cx', (d) => x(d.x))
    .attr('cy', (d) => y(d.y))
    .attr('r', 4)
    .attr('fill', color('ink'))
    .attr('stroke', color('surface'))
    .attr('stroke-width', 1.5);
  const at =
    crossing && annotation ? placeAnnotation(f, x(crossing.x), y(crossing.y), annotation) : null;
  drawAnnotation(plot, at);
  return { height: f.height };
}

/**
 * Above-left of the dot when there is room (the curve is below the dot's height everywhere
 * to its left), else below-right (the curve is above it everywhere to its right).
 */
function placeAnnotation(f: Frame, px: number, py: number, text: string): Label {
  const w = textWidth(text, 12) + 8;
  const upLeft = px - f.left >= w && py - f.top >= 36;
  const downRight = f.right - px >= w && f.bottom - py >= 22;
  const base = { key: 'share', cls: 'cs-share-label', text, size: 12, bold: true, halo: true };
  if (upLeft || !downRight) {
    // Clear of the curve where it runs along the bottom (no run below the target).
    const y = Math.max(f.top + 30, py - (py > f.bottom - 20 ? 20 : 10));
    return px - f.left >= w
      ? { ...base, x: px - 8, y, anchor: 'end' }
      : { ...base, x: px + 8, y, anchor: 'start' };
  }
  return { ...base, x: px + 8, y: py + 18, anchor: 'start' };
}

function drawAnnotation(plot: G, label: Label | null): void {
  drawLabels(layer(plot, 'cs-annotation'), label ? [label] : []);
}
