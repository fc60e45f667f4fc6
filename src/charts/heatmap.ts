/**
 * The BIA heatmap: one row per disruption, one column per hour of the day it starts, each
 * cell the cost of that disruption placed at that hour (an hour outside the scenario has no
 * cell). Colour is a sequential, colour-blind-safe scale (viridis), and every cell also
 * carries its value as text (where there is room) and a `<title>`.
 *
 * With `onSelect`, the cells are buttons reached by keyboard as one grid: one Tab stop (the cell
 * last visited), the arrow keys, Home and End move between cells (grid-keys.ts), Enter or Space
 * does what a click does, and the focused cell is ringed.
 */
import * as d3 from 'd3';
import { moveInGrid, type GridPlace } from './grid-keys.ts';
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
  const describe = (c: Cell) =>
    `${c.row.label}, starting ${hh(c.cell.hour)}: ${money(c.cell.cost)} (${Math.round(c.cell.downMinutes)} min down and ${Math.round(c.cell.degradedMinutes)} min degraded in agreed hours, ${Math.round(c.cell.unservedTransactions).toLocaleString('en')} transactions unserved)`;
  const rects = joinWithTitle<SVGRectElement, Cell>(g, 'rect', 'cs-cell', cells, key, describe)
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
  operableByKeyboard(root, rects, cells, key, describe, options.onSelect);

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
  const ring = layer(root, 'cs-focus-ring').attr('pointer-events', 'none');
  ring
    .selectChildren<SVGRectElement, string>('rect')
    .data(['ink', 'surface'] as const)
    .join('rect')
    .attr('data-ring', (d) => d)
    .attr('fill', 'none')
    .attr('stroke', (d) => color(d))
    .attr('stroke-width', (d) => (d === 'ink' ? 3 : 1.5));
  placeRing(ring.node(), svg.querySelector<SVGRectElement>('rect.cs-cell:focus'));
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

type CellOf = { readonly row: HeatmapRow; readonly r: number; readonly cell: HeatmapCellData };

/**
 * Makes the cells one keyboard grid of buttons (a roving tab stop), or takes that away when
 * nothing can be selected. The cell last visited is kept in `data-active-cell` on the svg.
 */
function operableByKeyboard(
  root: d3.Selection<SVGSVGElement, unknown, null, undefined>,
  rects: d3.Selection<SVGRectElement, CellOf, SVGGElement, unknown>,
  cells: readonly CellOf[],
  key: (c: CellOf) => string,
  describe: (c: CellOf) => string,
  onSelect: HeatmapOptions['onSelect'],
): void {
  const svg = root.node() as SVGSVGElement;
  root.attr('role', onSelect ? 'group' : 'img');
  if (!onSelect) {
    rects.attr('role', null).attr('tabindex', null).attr('aria-label', null);
    rects.on('keydown', null).on('focus', null).on('blur', null);
    return;
  }
  const keys = new Set(cells.map(key));
  const first = cells[0] ? key(cells[0]) : '';
  const stored = svg.getAttribute('data-active-cell') ?? '';
  const activate = (k: string) => {
    svg.setAttribute('data-active-cell', k);
    rects.attr('tabindex', (c) => (key(c) === k ? 0 : -1));
  };
  activate(keys.has(stored) ? stored : first);
  const columns = cells.reduce<number[][]>((rows, c) => {
    (rows[c.r] ??= []).push(c.cell.hour);
    return rows;
  }, []);
  const rowOf = (r: number) => cells.find((c) => c.r === r)?.row;
  const ring = () => svg.querySelector<SVGGElement>('g.cs-focus-ring');
  rects
    .attr('role', 'button')
    .attr('aria-label', describe)
    .on('focus', function (_, c) {
      activate(key(c));
      placeRing(ring(), this);
    })
    .on('blur', () => placeRing(ring(), null))
    .on('keydown', function (event: KeyboardEvent, c) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onSelect(c.row.id, c.cell.hour);
        return;
      }
      const from: GridPlace = { row: c.r, column: c.cell.hour };
      const to = moveInGrid(columns, from, event.key, event.ctrlKey || event.metaKey);
      if (!to) return;
      event.preventDefault();
      const target = `${rowOf(to.row)?.id ?? ''}@${to.column}`;
      rects
        .filter((d) => key(d) === target)
        .node()
        ?.focus();
    });
}

/** Rings the focused cell (two strokes, dark and light, so it shows on every colour). */
function placeRing(ring: SVGGElement | null, cell: SVGRectElement | null): void {
  if (!ring) return;
  if (!cell) {
    ring.setAttribute('display', 'none');
    return;
  }
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(cell.getAttribute(a)));
  for (const rect of ring.querySelectorAll('rect')) {
    const out = rect.getAttribute('data-ring') === 'ink' ? 1.5 : 0;
    rect.setAttribute('x', String((x ?? 0) - out));
    rect.setAttribute('y', String((y ?? 0) - out));
    rect.setAttribute('width', String((w ?? 0) + 2 * out));
    rect.setAttribute('height', String((h ?? 0) + 2 * out));
  }
  ring.removeAttribute('display');
}
