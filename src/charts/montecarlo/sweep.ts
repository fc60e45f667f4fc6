/**
 * A parameter sweep: one estimated probability (default y: 0–100 %) per value of a scenario
 * parameter, as a line through points, the 95 % confidence band shaded behind it and each
 * point's interval also drawn as a whisker (the band alone would vanish in grey-scale print).
 * The parameter's current value is a dashed vertical line labelled "today". Points are
 * focusable (Tab) and each names its value, estimate and interval.
 */
import * as d3 from 'd3';
import { layer } from '../layer.ts';
import type { Estimate } from '../../analysis/montecarlo/confidence.ts';
import { color } from '../palette.ts';
import {
  drawLabels,
  SERIES,
  plotFrame,
  plotOrMessage,
  setupSvg,
  textWidth,
  type ChartSize,
  type Frame,
  type G,
  type Linear,
} from './frame.ts';
import { drawXAxis, drawYAxis } from './axes.ts';

export type { Estimate } from '../../analysis/montecarlo/confidence.ts';

export interface SweepPoint {
  /** The parameter's value. */
  readonly value: number;
  /** The estimate with its 95 % confidence interval (NaN when there were no runs). */
  readonly estimate: Estimate;
}

/** Parameter values equal to a relative 1e-9 are one value. */
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const known = (p: SweepPoint): boolean => Number.isFinite(p.estimate.value);
const bounded = (p: SweepPoint): boolean =>
  Number.isFinite(p.estimate.low) && Number.isFinite(p.estimate.high);

export interface SweepData {
  readonly points: readonly SweepPoint[];
  /** The parameter's value today. */
  readonly current: number;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly format: (x: number) => string;
  /** Default: a share as a percentage, `12.5 %`. */
  readonly yFormat?: (y: number) => string;
  /** Default [0, 1]. */
  readonly yDomain?: readonly [number, number];
  /**
   * Round x tick values inside [lo, hi], at most `count` of them (durations: see
   * `duration-ticks.ts`). Without it, the swept values are the ticks where they fit.
   */
  readonly ticks?: (lo: number, hi: number, count: number) => number[];
}

export type SweepOptions = ChartSize;

export const SWEEP_SIZE = { width: 640, height: 300 } as const;

const percent = (y: number): string => `${+(y * 100).toFixed(1)} %`;

export function renderSweep(
  svg: SVGSVGElement,
  data: SweepData,
  options: SweepOptions = {},
): { height: number } {
  const f = plotFrame(options.width ?? SWEEP_SIZE.width, options.height ?? SWEEP_SIZE.height);
  const points = [...data.points].sort((a, b) => a.value - b.value);
  const yFormat = data.yFormat ?? percent;
  const today = (p: SweepPoint) => same(p.value, data.current);
  const describe = (p: SweepPoint) =>
    `${data.xLabel} ${data.format(p.value)}${today(p) ? ' (today)' : ''}: ` +
    (!known(p)
      ? 'no estimate'
      : `${data.yLabel} ${yFormat(p.estimate.value)}` +
        (bounded(p)
          ? `, 95 % interval ${yFormat(p.estimate.low)} to ${yFormat(p.estimate.high)}`
          : ''));
  const root = setupSvg(svg, 'cs-sweep', f, {
    title: `${data.yLabel} by ${data.xLabel}`,
    desc: points.length
      ? `${points.map(describe).join('; ')}. Today: ${data.xLabel} ${data.format(data.current)}.`
      : 'No sweep results yet.',
    interactive: points.length > 0,
  });
  const plot = plotOrMessage(root, f, points.length ? null : 'No sweep results yet');
  if (!plot) return { height: f.height };

  const values = [...points.map((p) => p.value), data.current];
  const [lo = 0, hi = 1] = d3.extent(values);
  const pad = hi > lo ? (hi - lo) * 0.04 : 1;
  const x = d3
    .scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([f.left, f.right]);
  const [y0, y1] = data.yDomain ?? [0, 1];
  const y = d3.scaleLinear().domain([y0, y1]).range([f.bottom, f.top]);
  const fewValues = points.length <= (f.right - f.left) / 70;
  drawYAxis(plot, f, { scale: y, ticks: 5, format: yFormat, title: data.yLabel });
  drawXAxis(plot, f, {
    scale: x,
    ticks: data.ticks
      ? data.ticks(lo - pad, hi + pad, Math.max(2, Math.floor((f.right - f.left) / 80)))
      : fewValues
        ? points.map((p) => p.value)
        : Math.floor((f.right - f.left) / 80),
    format: data.format,
    title: data.xLabel,
  });
  drawToday(plot, f, x, data);
  drawSeries(plot, x, y, points);

  layer(plot, 'cs-points')
    .selectChildren<SVGCircleElement, SweepPoint>('circle')
    .data(points.filter(known), (p) => `${p.value}`)
    .join((enter) => {
      const c = enter.append('circle');
      c.append('title');
      return c;
    })
    .attr('class', (p) => (today(p) ? 'cs-point cs-today' : 'cs-point'))
    .attr('cx', (p) => x(p.value))
    .attr('cy', (p) => y(p.estimate.value))
    .attr('r', (p) => (today(p) ? 6 : 4.5))
    .attr('fill', (p) => (today(p) ? color('surface') : SERIES))
    .attr('stroke', (p) => (today(p) ? SERIES : color('surface')))
    .attr('stroke-width', (p) => (today(p) ? 3 : 1.5))
    .attr('tabindex', 0)
    .attr('role', 'img')
    .attr('aria-label', describe)
    .select('title')
    .text(describe);
  return { height: f.height };
}

function drawSeries(plot: G, x: Linear, y: Linear, points: readonly SweepPoint[]): void {
  const band = d3
    .area<SweepPoint>()
    .defined(bounded)
    .x((p) => x(p.value))
    .y0((p) => y(p.estimate.low))
    .y1((p) => y(p.estimate.high));
  layer(plot, 'cs-band')
    .selectChildren<SVGPathElement, string>('path')
    .data([band(points) ?? ''])
    .join('path')
    .attr('d', (d) => d)
    .attr('fill', SERIES)
    .attr('fill-opacity', 0.18);
  layer(plot, 'cs-whiskers')
    .selectChildren<SVGLineElement, SweepPoint>('line')
    .data(points.filter(bounded), (p) => `${p.value}`)
    .join('line')
    .attr('x1', (p) => x(p.value))
    .attr('x2', (p) => x(p.value))
    .attr('y1', (p) => y(p.estimate.high))
    .attr('y2', (p) => y(p.estimate.low))
    .attr('stroke', SERIES)
    .attr('stroke-width', 1.5)
    .attr('stroke-opacity', 0.7);
  const line = d3
    .line<SweepPoint>()
    .defined(known)
    .x((p) => x(p.value))
    .y((p) => y(p.estimate.value));
  layer(plot, 'cs-line')
    .selectChildren<SVGPathElement, string>('path')
    .data([line(points) ?? ''])
    .join('path')
    .attr('d', (d) => d)
    .attr('fill', 'none')
    .attr('stroke', SERIES)
    .attr('stroke-width', 2);
}

/** The dashed "today" line, and the key to the band above the plot. */
function drawToday(plot: G, f: Frame, x: Linear, data: SweepData): void {
  const tx = x(data.current);
  layer(plot, 'cs-today-line')
    .selectChildren<SVGLineElement, number>('line')
    .data([tx])
    .join('line')
    .attr('x1', (d) => d)
    .attr('x2', (d) => d)
    .attr('y1', f.top - 4)
    .attr('y2', f.bottom)
    .attr('stroke', color('ink'))
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '5 3');
  const today = `today: ${data.format(data.current)}`;
  const fitsRight = f.right - tx > textWidth(today, 12) + 6;
  const key = 'line: estimate · shaded band and whiskers: 95 % confidence interval';
  drawLabels(layer(plot, 'cs-today-labels'), [
    {
      key: 'today',
      cls: 'cs-today-label',
      x: fitsRight ? tx + 5 : tx - 5,
      y: f.top + 12,
      text: today,
      anchor: fitsRight ? 'start' : 'end',
      size: 12,
      bold: true,
      halo: true,
    },
    { key: 'key', x: f.left, y: f.top - 12, text: key, fill: color('muted') },
  ]);
}
