/**
 * Demand against available capacity, as step curves (d3.curveStepAfter) on a y axis in
 * transactions per minute, aligned with the tracks above. Capacity `null` (unconstrained) is not
 * drawn. Intervals narrower than a pixel are folded into one column each: demand keeps its
 * maximum, capacity its minimum, so peaks and dips stay visible at any zoom.
 */
import * as d3 from 'd3';
import type { ServiceInterval } from '../core/trace.ts';
import { joinWithTitle, layer } from './layer.ts';
import { color } from './palette.ts';
import type { TimelineFrame } from './timeline-layout.ts';

export interface Column {
  readonly start: number;
  readonly end: number;
  readonly demand: number;
  readonly capacity: number | null;
}

/** Clips intervals to the view and folds those sharing a pixel column (pure). */
export function columns(
  intervals: readonly ServiceInterval[],
  px: (t: number) => number,
  view: { readonly from: number; readonly to: number },
): Column[] {
  const out: { start: number; end: number; demand: number; capacity: number | null }[] = [];
  for (const i of intervals) {
    if (i.end <= view.from || i.start >= view.to) continue;
    const start = Math.max(i.start, view.from);
    const end = Math.min(i.end, view.to);
    const last = out[out.length - 1];
    if (last && Math.floor(px(start)) === Math.floor(px(last.start)) && px(end) - px(start) < 1) {
      last.end = end;
      last.demand = Math.max(last.demand, i.demand);
      last.capacity =
        last.capacity === null || i.capacity === null
          ? (last.capacity ?? i.capacity)
          : Math.min(last.capacity, i.capacity);
    } else out.push({ start, end, demand: i.demand, capacity: i.capacity });
  }
  return out;
}

type Point = readonly [number, number | null];

export function drawCapacity(
  root: d3.Selection<SVGSVGElement, unknown, null, undefined>,
  frame: TimelineFrame,
): void {
  const { model, capacity: track } = frame;
  const cols = columns(model.service.intervals, frame.px, frame.view);
  const top = Math.max(
    1,
    d3.max(cols, (c) => Math.max(c.demand, c.capacity ?? 0)) ?? 0,
    model.service.fullCapacity ?? 0,
  );
  const y = d3
    .scaleLinear()
    .domain([0, top * 1.1])
    .nice(4)
    .range([track.y + track.height, track.y]);
  const g = layer(root, 'cs-capacity');
  layer(g, 'cs-y-axis')
    .attr('transform', `translate(${frame.left},0)`)
    .call(d3.axisLeft(y).ticks(4).tickSizeOuter(0));
  const points = (value: (c: Column) => number | null): Point[] =>
    cols.flatMap((c): Point[] => [
      [frame.px(c.start), value(c)],
      [frame.px(c.end), value(c)],
    ]);
  const line = d3
    .line<Point>()
    .defined((p) => p[1] !== null)
    .x((p) => p[0])
    .y((p) => y(p[1] ?? 0))
    .curve(d3.curveStepAfter);
  const series = [
    { key: 'capacity', points: points((c) => c.capacity), dash: '5 3', width: 2 },
    { key: 'demand', points: points((c) => c.demand), dash: null, width: 1.5 },
  ] as const;
  type S = (typeof series)[number];
  joinWithTitle<SVGPathElement, S>(
    g,
    'path',
    'cs-line',
    series,
    (s) => s.key,
    (s) =>
      s.key === 'demand'
        ? 'Demand offered (transactions per minute)'
        : 'Available capacity (transactions per minute); not drawn where unconstrained',
  )
    .attr('data-series', (s) => s.key)
    .attr('d', (s) => line(s.points) ?? '')
    .attr('fill', 'none')
    .attr('stroke', (s) => color(s.key))
    .attr('stroke-width', (s) => s.width)
    .attr('stroke-dasharray', (s) => s.dash);
  g.selectChildren<SVGTextElement, string>('text.cs-legend')
    .data(['demand ──', 'capacity - -'])
    .join('text')
    .order()
    .attr('class', 'cs-legend')
    .attr('x', (_d, i) => frame.right - (i === 0 ? 150 : 70))
    .attr('y', track.y + 8)
    .attr('font-size', 10)
    .attr('fill', (_d, i) => color(i === 1 ? 'capacity' : 'demand'))
    .text((d) => d);
}
