/**
 * The BIA heatmap: one row per disruption, one column per hour of the day it starts, each
 * cell the cost of that disruption placed at that hour (an hour outside the scenario has no
 * cell). Colour is a sequential, colour-blind-safe scale (viridis), and every cell also
 * carries its value as text (where there is room) and a `<title>`.
 */
import * as d3 from 'd3';
import { layer, joinWithTitle } from './layer.ts';
import { color } from './palette.ts';

/** One disruption starting at one hour: what it costs and how long it keeps the service down or degraded in agreed hours. */
export interface HeatmapCellData {
  readonly hour: number;
  readonly cost: number;
  readonly downMinutes: number;
  readonly degradedMinutes: number;
  readonly unservedTransactions: number;
}

export interface HeatmapRow {
  readonly id: string;
  readonly label: string;
  /** One per hour; null where the hour lies outside the scenario. */
  readonly cells: readonly (HeatmapCellData | null)[];
}

export interface HeatmapOptions {
  readonly width: number;
  readonly currency: string;
  readonly onSelect?: (rowId: string, hour: number) => void;
}

export const HEATMAP_LAYOUT = { labelWidth: 230, rowHeight: 22, top: 22, bottom: 34 } as const;

/** `EUR 95k`, `EUR 1.2M`: short enough for a cell. */
/** Values at 9 px are written in the cells only when the widest of them fits inside one. */
const valuesFit = (cells: readonly { cell: { cost: number } }[], cellWidth: number): boolean =>
  cellWidth >= 26 &&
  cells.every((c) => shortMoney(c.cell.cost).length * 9 * 0.56 + 4 <= cellWidth - 1);

export function shortMoney(x: number): string {
  if (x === 0) return '0';
  if (x < 1000) return String(Math.round(x));
  if (x < 1e6) return `${Math.round(x / 100) / 10}k`.replace('.0k', 'k');
  return `${Math.round(x / 1e5) / 10}M`.replace('.0M', 'M');
}

export function renderHeatmap(
  svg: SVGSVGElement,
  rows: readonly HeatmapRow[],
  options: HeatmapOptions,
): { height: number } {
  const L = HEATMAP_LAYOUT;
  const height = L.top + rows.length * L.rowHeight + L.bottom;
  const root = d3
    .select(svg)
    .attr('width', options.width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${options.width} ${height}`);
  const cellWidth = Math.max(8, (options.width - L.labelWidth) / 24);
  const max = d3.max(rows, (r) => d3.max(r.cells, (c) => c?.cost ?? 0)) ?? 0;
  const fill = d3.scaleSequential(d3.interpolateViridis).domain([0, max || 1]);
  const cells = rows.flatMap((row, r) =>
    row.cells.flatMap((cell) => (cell === null ? [] : [{ row, r, cell }])),
  );
  type Cell = (typeof cells)[number];
  const money = (x: number) => `${options.currency} ${Math.round(x).toLocaleString('en')}`;
  const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

  layer(root, 'cs-hours')
    .selectChildren<SVGTextElement, number>('text')
    .data(d3.range(24))
    .join('text')
    .attr('x', (h) => L.labelWidth + h * cellWidth + cellWidth / 2)
    .attr('y', L.top - 6)
    .attr('text-anchor', 'middle')
    .attr('font-size', 10)
    .attr('fill', color('muted'))
    .text((h) => (cellWidth >= 24 || h % 3 === 0 ? String(h).padStart(2, '0') : ''));
  layer(root, 'cs-row-labels')
    .selectChildren<SVGTextElement, HeatmapRow>('text')
    .data(rows, (r) => r.id)
    .join('text')
    .attr('x', L.labelWidth - 8)
    .attr('y', (_, r) => L.top + r * L.rowHeight + L.rowHeight / 2 + 4)
    .attr('text-anchor', 'end')
    .attr('font-size', 11)
    .attr('fill', color('ink'))
    .text((r) => (r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label));

  const g = layer(root, 'cs-cells');
  const key = (c: Cell) => `${c.row.id}@${c.cell.hour}`;
  const rects = joinWithTitle<SVGRectElement, Cell>(
    g,
    'rect',
    'cs-cell',
    cells,
    key,
    (c) =>
      `${c.row.label}, starting ${hh(c.cell.hour)}: ${money(c.cell.cost)} (${Math.round(c.cell.downMinutes)} min down and ${Math.round(c.cell.degradedMinutes)} min degraded in agreed hours, ${Math.round(c.cell.unservedTransactions).toLocaleString('en')} transactions unserved)`,
  )
    .attr('x', (c) => L.labelWidth + c.cell.hour * cellWidth)
    .attr('y', (c) => L.top + c.r * L.rowHeight)
    .attr('width', cellWidth - 1)
    .attr('height', L.rowHeight - 1)
    .attr('fill', (c) => fill(c.cell.cost))
    .attr('data-cost', (c) => Math.round(c.cell.cost));
  if (options.onSelect) {
    const select = options.onSelect;
    rects.style('cursor', 'pointer').on('click', (_, c) => select(c.row.id, c.cell.hour));
  } else rects.style('cursor', null).on('click', null);

  layer(root, 'cs-values')
    .selectChildren<SVGTextElement, Cell>('text')
    .data(valuesFit(cells, cellWidth) ? cells : [], key)
    .join('text')
    .attr('x', (c) => L.labelWidth + c.cell.hour * cellWidth + cellWidth / 2)
    .attr('y', (c) => L.top + c.r * L.rowHeight + L.rowHeight / 2 + 3)
    .attr('text-anchor', 'middle')
    .attr('font-size', 9)
    .attr('pointer-events', 'none')
    .attr('fill', (c) => (c.cell.cost > (max || 1) * 0.55 ? '#000' : '#fff'))
    .text((c) => shortMoney(c.cell.cost));
  layer(root, 'cs-axis-label')
    .selectChildren<SVGTextElement, string>('text')
    .data(['Hour of the day the disruption starts (what it costs in agreed hours)'])
    .join('text')
    .attr('x', L.labelWidth)
    .attr('y', height - 10)
    .attr('font-size', 11)
    .attr('fill', color('muted'))
    .text((d) => d);
  return { height };
}
