/**
 * The Monte Carlo charts' axes: d3 axes in the palette's muted ink with grid lines in the
 * grid colour, a title for each, and x tick labels kept inside the svg at its edges and apart
 * from each other (a label that would run into its neighbour is left out, its tick stays).
 */
import * as d3 from 'd3';
import { roomyLabels, spanAt } from '../label-room.ts';
import { layer } from '../layer.ts';
import { color } from '../palette.ts';
import { drawLabels, textWidth, type Frame, type G, type Linear } from './frame.ts';

export interface AxisSpec {
  readonly scale: Linear;
  readonly format: (v: number) => string;
  /** Tick values, or how many ticks to aim for. */
  readonly ticks: number | readonly number[];
  readonly title: string;
}

const tickValues = (spec: AxisSpec): number[] =>
  typeof spec.ticks === 'number' ? spec.scale.ticks(spec.ticks) : [...spec.ticks];

/** The x axis under the plot, with its title centred below. */
export function drawXAxis(plot: G, f: Frame, spec: AxisSpec, grid = false): void {
  const g = layer(plot, 'cs-x-axis').attr('transform', `translate(0,${f.bottom})`);
  g.call(
    d3
      .axisBottom(spec.scale)
      .tickValues(tickValues(spec))
      .tickFormat((v) => spec.format(v.valueOf()))
      .tickSizeInner(grid ? -(f.bottom - f.top) : 5)
      .tickSizeOuter(0),
  );
  styleAxis(g, grid);
  // Keep the outermost tick labels inside the svg, and leave out those that would overlap.
  const ticks = g.selectAll<SVGGElement, number>('.tick');
  const spans = ticks.data().map((v) => {
    const px = spec.scale(v);
    const w = textWidth(spec.format(v));
    const anchor = px + w / 2 > f.width - 2 ? 'end' : px - w / 2 < 2 ? 'start' : null;
    return { anchor, ...spanAt(px, w, anchor) };
  });
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.left - spans[b]!.left);
  const roomy = roomyLabels(order.map((i) => spans[i]!));
  const shown = new Set(order.filter((_, k) => roomy[k]));
  ticks.each(function (_, i) {
    d3.select(this)
      .select('text')
      .attr('text-anchor', spans[i]?.anchor ?? null)
      .attr('display', shown.has(i) ? null : 'none');
  });
  drawLabels(layer(plot, 'cs-x-title'), [
    { key: 'x', x: (f.left + f.right) / 2, y: f.height - 10, text: spec.title, anchor: 'middle' },
  ]);
}

/** The y axis left of the plot, with grid lines across it and its title turned upright. */
export function drawYAxis(plot: G, f: Frame, spec: AxisSpec): void {
  const g = layer(plot, 'cs-y-axis').attr('transform', `translate(${f.left},0)`);
  g.call(
    d3
      .axisLeft(spec.scale)
      .tickValues(tickValues(spec))
      .tickFormat((v) => spec.format(v.valueOf()))
      .tickSizeInner(-(f.right - f.left))
      .tickSizeOuter(0),
  );
  styleAxis(g, true);
  drawLabels(layer(plot, 'cs-y-title'), [
    {
      key: 'y',
      x: 14,
      y: (f.top + f.bottom) / 2,
      text: spec.title,
      anchor: 'middle',
      vertical: true,
    },
  ]);
}

function styleAxis(g: G, grid: boolean): void {
  g.attr('font-size', 11).attr('font-family', null);
  g.selectAll('.domain').attr('stroke', color('muted'));
  g.selectAll('.tick line').attr('stroke', grid ? color('grid') : color('muted'));
  g.selectAll('.tick text').attr('fill', color('ink'));
}
