/**
 * The tornado's rows: one `<g class="cs-row">` per input (keyed by id, in the given order)
 * holding its label, its two bars with their end labels, or the "no effect" dot.
 */
import * as d3 from 'd3';
import { truncate } from '../format.ts';
import { color } from '../palette.ts';
import { drawLabels, type G, type Label, type Linear } from './frame.ts';
import { patternFill } from '../patterns.ts';
import type { TornadoData, TornadoRow } from './tornado-data.ts';

/** The fills of the two bars: solid blue, and orange with dots (apart in print too). */
export const LOWERED = color('rto');
export const RAISED = patternFill('degraded');

export interface RowScales {
  readonly x: Linear;
  readonly top: number;
  readonly rowHeight: number;
  readonly labelWidth: number;
  /** The svg's width (the row stripes span it). */
  readonly width: number;
}

/** Neither lowering nor raising the input moves the output (to within rounding). */
export function noEffect(row: TornadoRow, baseline: number): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(baseline));
  return Math.abs(row.low - baseline) <= eps && Math.abs(row.high - baseline) <= eps;
}

interface Bar {
  readonly kind: 'low' | 'high';
  readonly value: number;
  readonly y: number;
  readonly height: number;
}

/** The row's non-empty bars; split into halves when both lie on one side of the baseline. */
function barsOf(row: TornadoRow, baseline: number, rowHeight: number): Bar[] {
  if (noEffect(row, baseline)) return [];
  const full = rowHeight - 12;
  const split = Math.sign(row.low - baseline) === Math.sign(row.high - baseline);
  const half = (full - 2) / 2;
  const bars: Bar[] = [
    { kind: 'low', value: row.low, y: 6, height: split ? half : full },
    {
      kind: 'high',
      value: row.high,
      y: split ? 6 + half + 2 : 6,
      height: split ? half : full,
    },
  ];
  return bars.filter((b) => b.value !== baseline && Number.isFinite(b.value));
}

export function drawRows(plot: G, data: TornadoData, s: RowScales): void {
  const { x, rowHeight } = s;
  const bx = x(data.baseline);
  const rows = plot
    .selectChildren<SVGGElement, TornadoRow>('g.cs-rows')
    .data([null])
    .join('g')
    .attr('class', 'cs-rows')
    .selectChildren<SVGGElement, TornadoRow>('g.cs-row')
    .data(data.rows, (r) => r.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'cs-row');
      g.append('title');
      g.append('rect').attr('class', 'cs-stripe');
      return g;
    })
    .attr('transform', (_, i) => `translate(0,${s.top + i * rowHeight})`)
    .attr('data-id', (r) => r.id)
    .attr('data-effect', (r) => (noEffect(r, data.baseline) ? 'none' : 'some'));
  rows.select('title').text((r) => describeRow(r, data));
  rows
    .select('.cs-stripe')
    .attr('x', 0)
    .attr('width', s.width)
    .attr('height', rowHeight)
    .attr('fill', color('grid'))
    .attr('fill-opacity', (_, i) => (i % 2 === 0 ? 0.25 : 0));
  rows.each(function (row) {
    const g = d3.select<SVGGElement, TornadoRow>(this);
    const bars = barsOf(row, data.baseline, rowHeight);
    g.selectChildren<SVGRectElement, Bar>('rect.cs-swing')
      .data(bars, (b) => b.kind)
      .join('rect')
      .attr('class', (b) => `cs-swing cs-${b.kind}`)
      .attr('x', (b) => Math.min(bx, x(b.value)))
      .attr('width', (b) => Math.max(1, Math.abs(x(b.value) - bx)))
      .attr('y', (b) => b.y)
      .attr('height', (b) => b.height)
      .attr('fill', (b) => (b.kind === 'low' ? LOWERED : RAISED))
      .attr('stroke', color('ink'))
      .attr('stroke-width', 0.5);
    const labels: Label[] = [
      {
        key: 'label',
        cls: 'cs-row-label',
        x: s.labelWidth - 6,
        y: rowHeight / 2 - 2,
        text: truncate(row.label, Math.floor((s.labelWidth - 14) / 5.8)),
        anchor: 'end',
        size: 12,
      },
      {
        key: 'inputs',
        cls: 'cs-row-inputs',
        x: s.labelWidth - 6,
        y: rowHeight / 2 + 11,
        text: truncate(`${row.lowInput} – ${row.highInput}`, Math.floor((s.labelWidth - 14) / 5.2)),
        anchor: 'end',
        size: 10,
        fill: color('muted'),
      },
      ...bars.map((b): Label => {
        const right = b.value > data.baseline;
        return {
          key: b.kind,
          cls: `cs-value cs-${b.kind}-value`,
          x: x(b.value) + (right ? 4 : -4),
          y: b.y + b.height / 2 + 4,
          text: data.format(b.value),
          anchor: right ? 'start' : 'end',
          size: bars.length === 2 && b.height < 12 ? 10 : 11,
        };
      }),
    ];
    const none = noEffect(row, data.baseline);
    const unknown = !Number.isFinite(row.low) && !Number.isFinite(row.high);
    if (none || unknown) {
      labels.push({
        key: 'none',
        cls: 'cs-no-effect-label',
        x: bx + 9,
        y: rowHeight / 2 + 4,
        text: none ? 'no effect' : 'no estimate',
        fill: color('muted'),
        halo: true,
      });
    }
    drawLabels(g as unknown as G, labels);
    g.selectChildren<SVGCircleElement, number>('circle.cs-no-effect')
      .data(none ? [bx] : [])
      .join('circle')
      .attr('class', 'cs-no-effect')
      .attr('cx', (d) => d)
      .attr('cy', rowHeight / 2)
      .attr('r', 4)
      .attr('fill', color('muted'));
  });
}

function describeRow(r: TornadoRow, data: TornadoData): string {
  const f = data.format;
  const effect = noEffect(r, data.baseline) ? ': no effect' : '';
  return (
    `${r.label}${effect}\n${r.lowInput}: ${f(r.low)}\n${r.highInput}: ${f(r.high)}\n` +
    `baseline: ${f(data.baseline)}`
  );
}
