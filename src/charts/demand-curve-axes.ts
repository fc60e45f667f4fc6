/**
 * The demand curve's frame: agreed-hours windows shaded and named, the factor axis on the
 * right, the hours under the bars and the capacity line.
 */
import * as d3 from 'd3';
import { num } from './demand-curve-hours.ts';
import { layer } from './layer.ts';
import { drawLabels, textWidth, type Frame, type G, type Label } from './montecarlo/frame.ts';
import { color } from './palette.ts';

/** Agreed hours from `from` to `to`, minutes of the day (`to` may be 1440; past midnight when `to` < `from`). */
export interface AgreedWindow {
  readonly from: number;
  readonly to: number;
}

/** Whether the window holds minute `m` of the day (a window may run past midnight). */
export function covers(w: AgreedWindow, m: number): boolean {
  return w.from <= w.to ? m >= w.from && m < w.to : m >= w.from || m < w.to;
}

/** Agreed-hours windows as shaded columns, each named above the plot. */
export function drawAgreed(
  plot: G,
  f: Frame,
  hx: d3.ScaleLinear<number, number>,
  agreed: readonly AgreedWindow[],
): void {
  const mm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const at = (m: number) => hx(Math.min(Math.max(m, 0), 1440) / 60);
  // A window past midnight shades the evening and the early morning.
  const spans = agreed
    .flatMap((w) => {
      const text = `agreed hours ${mm(w.from)}–${mm(w.to)}`;
      return w.from <= w.to
        ? [{ x0: at(w.from), x1: at(w.to), text }]
        : [
            { x0: at(w.from), x1: at(1440), text },
            { x0: at(0), x1: at(w.to), text },
          ];
    })
    .filter((s) => s.x1 > s.x0);
  type Span = (typeof spans)[number];
  layer(plot, 'cs-agreed')
    .selectChildren<SVGRectElement, Span>('rect')
    .data(spans)
    .join('rect')
    .attr('x', (s) => s.x0)
    .attr('width', (s) => s.x1 - s.x0)
    .attr('y', f.top - 16)
    .attr('height', f.bottom - f.top + 16)
    .attr('fill', color('agreed'))
    .attr('fill-opacity', 0.18);
  drawLabels(
    layer(plot, 'cs-agreed-labels'),
    spans.map((s, i) => ({
      key: `agreed-${i}`,
      x: s.x0 + 4,
      y: f.top - 5,
      text: s.x1 - s.x0 >= textWidth(s.text) + 8 ? s.text : 'agreed',
    })),
  );
}

/** Factor ticks on the right: `0×`, `0.5×`, `1×`. */
export function drawFactorAxis(plot: G, f: Frame, y: d3.ScaleLinear<number, number>): void {
  const g = layer(plot, 'cs-factor-axis').attr('transform', `translate(${f.right},0)`);
  g.call(
    d3
      .axisRight(y)
      .ticks(5)
      .tickFormat((v) => `${String(+v.valueOf().toFixed(2))}×`)
      .tickSizeOuter(0),
  );
  g.attr('font-size', 11).attr('font-family', null);
  g.selectAll('.domain').attr('stroke', color('muted'));
  g.selectAll('.tick line').attr('stroke', color('muted'));
  g.selectAll('.tick text').attr('fill', color('ink'));
  drawLabels(layer(plot, 'cs-factor-title'), [
    {
      key: 'factor',
      x: f.width - 8,
      y: (f.top + f.bottom) / 2,
      text: 'factor',
      anchor: 'middle',
      vertical: true,
    },
  ]);
}

/** `00` … `23` under the bars (every third hour when they are narrow), and the axis title. */
export function drawHourAxis(plot: G, f: Frame, hx: d3.ScaleLinear<number, number>, band: number) {
  const every = band >= 22 ? 1 : band >= 11 ? 2 : 3;
  const ticks: Label[] = d3.range(0, 24, every).map((h) => ({
    key: `h${h}`,
    x: hx(h) + band / 2,
    y: f.bottom + 14,
    text: String(h).padStart(2, '0'),
    anchor: 'middle',
    size: 10,
  }));
  drawLabels(layer(plot, 'cs-hour-ticks'), ticks);
  layer(plot, 'cs-baseline')
    .selectChildren<SVGLineElement, number>('line')
    .data([f.bottom])
    .join('line')
    .attr('x1', f.left)
    .attr('x2', f.right)
    .attr('y1', (d) => d)
    .attr('y2', (d) => d)
    .attr('stroke', color('muted'));
  drawLabels(layer(plot, 'cs-hour-title'), [
    {
      key: 'x',
      x: (f.left + f.right) / 2,
      y: f.height - 8,
      text: 'hour of the day',
      anchor: 'middle',
    },
  ]);
}

export function drawCapacity(
  plot: G,
  f: Frame,
  y: d3.ScaleLinear<number, number>,
  tpm: number,
  capacity: number | null,
): void {
  const cy = capacity !== null && tpm > 0 ? [y(capacity / tpm)] : [];
  layer(plot, 'cs-capacity')
    .selectChildren<SVGLineElement, number>('line')
    .data(cy)
    .join('line')
    .attr('x1', f.left)
    .attr('x2', f.right)
    .attr('y1', (d) => d)
    .attr('y2', (d) => d)
    .attr('stroke', color('capacity'))
    .attr('stroke-width', 2)
    .attr('stroke-dasharray', '7 4')
    .attr('pointer-events', 'none');
  drawLabels(
    layer(plot, 'cs-capacity-label'),
    cy.map((d) => ({
      key: 'capacity',
      x: f.right - 4,
      y: d - 5,
      text: `capacity ${num(capacity ?? 0)} tpm`,
      anchor: 'end' as const,
      halo: true,
    })),
  );
}
