/**
 * A tornado chart of one-at-a-time sensitivity: one row per input, in the order given (the
 * caller sorts by swing), each with two bars from the baseline output (the dashed centre
 * line): the output with the input lowered (solid blue) and raised (orange, dotted). Each bar
 * end carries its output value; under each row's label are the two input values, low – high.
 * When both ends fall on the same side of the baseline the row splits, lowered above raised,
 * so neither hides the other. An input with no effect either way is a dot on the centre line
 * marked "no effect".
 */
import * as d3 from 'd3';
import { layer } from '../layer.ts';
import { color } from '../palette.ts';
import { ensurePatterns } from '../patterns.ts';
import {
  drawLabels,
  plotFrame,
  plotOrMessage,
  setupSvg,
  textWidth,
  type ChartSize,
  type G,
} from './frame.ts';
import { drawXAxis } from './axes.ts';
import type { TornadoData } from './tornado-data.ts';
import { drawRows, LOWERED, noEffect, RAISED, type RowScales } from './tornado-rows.ts';

export { noEffect } from './tornado-rows.ts';
export type { TornadoData, TornadoRow } from './tornado-data.ts';

export interface TornadoOptions extends Pick<ChartSize, 'width'> {
  /** Room for the row labels on the left, px. */
  readonly labelWidth?: number;
}

export const TORNADO_LAYOUT = {
  width: 640,
  labelWidth: 210,
  rowHeight: 36,
  top: 52,
  bottom: 48,
  right: 16,
} as const;

/** The height the tornado takes for `rows` rows (at least one row's worth, for the message). */
export const tornadoHeight = (rows: number): number =>
  TORNADO_LAYOUT.top + Math.max(rows, 2) * TORNADO_LAYOUT.rowHeight + TORNADO_LAYOUT.bottom;

export function renderTornado(
  svg: SVGSVGElement,
  data: TornadoData,
  options: TornadoOptions = {},
): { height: number } {
  const L = TORNADO_LAYOUT;
  const width = options.width ?? L.width;
  const labelWidth = options.labelWidth ?? L.labelWidth;
  const f = plotFrame(width, tornadoHeight(data.rows.length), {
    top: L.top,
    right: L.right,
    bottom: L.bottom,
    left: labelWidth,
  });
  ensurePatterns(svg);
  const root = setupSvg(svg, 'cs-tornado', f, {
    title: `Sensitivity of ${data.xLabel} to each input`,
    desc: data.rows.length ? describe(data) : 'No inputs to compare yet.',
    interactive: false,
  });
  const plot = plotOrMessage(root, f, data.rows.length ? null : 'No inputs to compare yet');
  if (!plot) return { height: f.height };

  // Leave room either side of the bars for the end labels.
  const pad =
    8 +
    (d3.max(data.rows, (r) =>
      Math.max(textWidth(data.format(r.low)), textWidth(data.format(r.high))),
    ) ?? 0);
  const values = [data.baseline, ...data.rows.flatMap((r) => [r.low, r.high])];
  const [lo = 0, hi = 1] = d3.extent(values);
  const spread = hi - lo || Math.abs(data.baseline) * 0.01 || 1;
  const x = d3
    .scaleLinear()
    .domain([lo - spread * 0.02, hi + spread * 0.02])
    .range([f.left + 8 + pad, Math.max(f.left + 8 + pad + 40, f.right - pad)]);
  const ticks = Math.max(2, Math.floor((x.range()[1]! - x.range()[0]!) / 70));
  drawXAxis(
    plot,
    f,
    {
      scale: x,
      ticks,
      format: data.format,
      title: data.xLabel,
    },
    true,
  );
  drawLegend(plot);
  const scales: RowScales = { x, top: f.top, rowHeight: L.rowHeight, labelWidth, width };
  drawRows(plot, data, scales);
  const bx = x(data.baseline);
  layer(plot, 'cs-baseline')
    .selectChildren<SVGLineElement, number>('line')
    .data([bx])
    .join('line')
    .attr('x1', (d) => d)
    .attr('x2', (d) => d)
    .attr('y1', f.top - 4)
    .attr('y2', f.bottom)
    .attr('stroke', color('ink'))
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '5 3');
  drawLabels(layer(plot, 'cs-baseline-label'), [
    {
      key: 'baseline',
      x: bx,
      y: f.top - 9,
      text: `baseline ${data.format(data.baseline)}`,
      anchor: 'middle',
      size: 12,
    },
  ]);
  return { height: f.height };
}

/** Swatches for the two bars, top left. */
function drawLegend(plot: G): void {
  const entries = [
    { key: 'lowered', text: 'input lowered', fill: LOWERED, x: 0 },
    { key: 'raised', text: 'input raised', fill: RAISED, x: 120 },
  ];
  const g = layer(plot, 'cs-legend').attr('transform', `translate(${8},${12})`);
  g.selectChildren<SVGRectElement, (typeof entries)[number]>('rect')
    .data(entries, (d) => d.key)
    .join('rect')
    .attr('x', (d) => d.x)
    .attr('y', -9)
    .attr('width', 14)
    .attr('height', 12)
    .attr('fill', (d) => d.fill)
    .attr('stroke', color('ink'))
    .attr('stroke-width', 0.5);
  drawLabels(
    g,
    entries.map((d) => ({ key: d.key, x: d.x + 19, y: 1, text: d.text })),
  );
}

function describe(data: TornadoData): string {
  const f = data.format;
  const rows = data.rows.map((r) =>
    noEffect(r, data.baseline)
      ? `${r.label}: no effect`
      : `${r.label}: ${r.lowInput} gives ${f(r.low)}, ${r.highInput} gives ${f(r.high)}`,
  );
  return `Baseline ${f(data.baseline)}. ${rows.join('; ')}.`;
}
