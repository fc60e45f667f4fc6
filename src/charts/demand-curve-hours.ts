/**
 * The demand curve's hours as sliders: the drag and key arithmetic (a factor snapped to the
 * 0.05 grid, clamped to 0..max), and each hour's marks (bar, demand over capacity, grip,
 * value) with its slider semantics, its d3-drag gesture and its keys.
 */
import * as d3 from 'd3';
import { layer } from './layer.ts';
import { SERIES, textWidth, type Frame, type G } from './montecarlo/frame.ts';
import { color } from './palette.ts';
import { patternFill } from './patterns.ts';

export const FACTOR_STEP = 0.05;
export const FACTOR_MAX = 3;
/** Grid points per unit factor (20), so snapped factors are exact decimals (0.15, not 0.15…02). */
const GRID = Math.round(1 / FACTOR_STEP);

/** A factor on the 0.05 grid, within 0..max (NaN reads as 0). */
export function snapFactor(factor: number, max = FACTOR_MAX): number {
  const snapped = Math.round((Number.isFinite(factor) ? factor : 0) * GRID) / GRID;
  return Math.min(Math.max(snapped, 0), max);
}

/** The factor a handle dragged to `y` px sets, given the factor -> px scale. */
export const factorAt = (
  y: number,
  scale: d3.ScaleLinear<number, number>,
  max = FACTOR_MAX,
): number => snapFactor(scale.invert(y), max);

const KEY_STEPS: Record<string, number> = {
  ArrowUp: 1,
  ArrowRight: 1,
  ArrowDown: -1,
  ArrowLeft: -1,
  PageUp: 5,
  PageDown: -5,
};

/** The factor after `key` (null when the key does nothing to a slider). */
export function factorAfterKey(
  factor: number,
  key: string,
  shift: boolean,
  max = FACTOR_MAX,
): number | null {
  if (key === 'Home') return 0;
  if (key === 'End') return snapFactor(max, max);
  const steps = KEY_STEPS[key];
  if (steps === undefined) return null;
  const by = Math.abs(steps) === 1 && shift ? steps * 5 : steps;
  return snapFactor(factor + by * FACTOR_STEP, max);
}

export interface Hour {
  readonly hour: number;
  readonly factor: number;
}

/** `09:00` */
export const hh = (h: number): string => `${String(h).padStart(2, '0')}:00`;
/** `1,200`, `0.75` */
export const num = (x: number): string => x.toLocaleString('en', { maximumFractionDigits: 2 });
/** `1.2`, `0.05`, `1` */
export const factorText = (f: number): string => String(+f.toFixed(2));

/** What an editable chart calls back; see `DemandCurveOptions`. */
export interface HourEditing {
  readonly onChange?: (hour: number, factor: number) => void;
  readonly onCommit?: (hourly: number[]) => void;
}

export interface HourGeometry {
  readonly f: Frame;
  readonly y: d3.ScaleLinear<number, number>;
  readonly hx: d3.ScaleLinear<number, number>;
  readonly band: number;
  readonly tpm: number;
  readonly capacity: number | null;
  readonly max: number;
}

type Hours = d3.Selection<SVGGElement, Hour, d3.BaseType, unknown>;

export function drawHours(
  plot: G,
  hours: readonly Hour[],
  geo: HourGeometry,
  edit: HourEditing | null,
  inAgreed: (hour: number) => boolean,
): void {
  const { f, hx, band } = geo;
  const groups: Hours = layer(plot, 'cs-hours')
    .selectChildren<SVGGElement, Hour>('g.cs-hour')
    .data(hours, (d) => String(d.hour))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'cs-hour');
      g.append('title');
      g.append('rect').attr('class', 'cs-hit');
      g.append('rect').attr('class', 'cs-bar');
      g.append('rect').attr('class', 'cs-over');
      g.append('rect').attr('class', 'cs-grip');
      g.append('text').attr('class', 'cs-value');
      return g;
    })
    .attr('data-hour', (d) => d.hour)
    .attr('role', edit ? 'slider' : null)
    .attr('tabindex', edit ? 0 : null)
    .attr('aria-orientation', edit ? 'vertical' : null)
    .attr('aria-valuemin', edit ? 0 : null)
    .attr('aria-valuemax', edit ? geo.max : null)
    .style('cursor', () => (edit ? 'ns-resize' : null))
    .style('touch-action', () => (edit ? 'none' : null));
  groups
    .select('.cs-hit')
    .attr('x', (d) => hx(d.hour))
    .attr('width', band)
    .attr('y', f.top)
    .attr('height', f.bottom - f.top)
    .attr('fill', 'transparent');
  placeHours(groups, geo, edit !== null, inAgreed);
  if (!edit) {
    groups.on('keydown', null).on('.drag', null);
    return;
  }
  const current = () => groups.data().map((d) => d.factor);
  const set = (node: SVGGElement, d: Hour, factor: number) => {
    const moved = d3.select<SVGGElement, Hour>(node).datum({ hour: d.hour, factor });
    placeHours(moved, geo, true, inAgreed);
    edit.onChange?.(d.hour, factor);
  };
  groups.on('keydown', function (event: KeyboardEvent, d: Hour) {
    const next = factorAfterKey(d.factor, event.key, event.shiftKey, geo.max);
    if (next === null) return;
    event.preventDefault();
    if (next === d.factor) return;
    set(this, d, next);
    edit.onCommit?.(current());
  });
  groups.call(
    d3
      .drag<SVGGElement, Hour, { x: number; y: number }>()
      .subject((event: { x: number; y: number }) => ({ x: event.x, y: event.y }))
      // d3's default reads the global `navigator`; ask the svg's own window instead.
      .touchable(function (this: SVGGElement) {
        const view = this.ownerDocument.defaultView;
        return (view?.navigator.maxTouchPoints ?? 0) > 0 || 'ontouchstart' in this;
      })
      .on('start', function (start: d3.D3DragEvent<SVGGElement, Hour, unknown>) {
        follow(this, start);
      }),
  );
  /** One gesture: each move that lands on a new factor is a change; its end commits. */
  function follow(node: SVGGElement, start: d3.D3DragEvent<SVGGElement, Hour, unknown>): void {
    let moved = false;
    start
      .on('drag', (event: d3.D3DragEvent<SVGGElement, Hour, unknown>) => {
        const d = d3.select<SVGGElement, Hour>(node).datum();
        const factor = factorAt(event.y, geo.y, geo.max);
        if (factor === d.factor) return;
        moved = true;
        set(node, d, factor);
      })
      .on('end', () => {
        if (moved) edit?.onCommit?.(current());
      });
  }
}

/** Sizes each hour's bar, demand over capacity, grip and value label for its factor. */
function placeHours(
  groups: Hours,
  { f, y, hx, band, tpm, capacity }: HourGeometry,
  editable: boolean,
  inAgreed: (hour: number) => boolean,
): void {
  const gap = band > 12 ? Math.min(6, band * 0.18) : 1;
  const demand = (d: Hour) => d.factor * tpm;
  const over = (d: Hour) => capacity !== null && demand(d) > capacity;
  const capY = capacity !== null && tpm > 0 ? y(capacity / tpm) : f.bottom;
  const label = (d: Hour) =>
    `Demand at ${hh(d.hour)}: ${factorText(d.factor)} × ${num(tpm)} tpm = ${num(Math.round(demand(d) * 100) / 100)} tpm`;
  groups
    .attr('aria-valuenow', editable ? (d) => d.factor : null)
    .attr('aria-label', editable ? label : null);
  groups
    .select('title')
    .text(
      (d) =>
        `${label(d)}${inAgreed(d.hour) ? ', in agreed hours' : ''}` +
        `${over(d) ? `, ${num(Math.round(demand(d) - (capacity ?? 0)))} tpm over capacity` : ''}`,
    );
  groups
    .select('.cs-bar')
    .attr('x', (d) => hx(d.hour) + gap / 2)
    .attr('width', band - gap)
    .attr('y', (d) => y(d.factor))
    .attr('height', (d) => f.bottom - y(d.factor))
    .attr('fill', SERIES)
    .attr('fill-opacity', 0.75);
  groups
    .select('.cs-over')
    .attr('display', (d) => (over(d) ? 'inline' : 'none'))
    .attr('x', (d) => hx(d.hour) + gap / 2)
    .attr('width', band - gap)
    .attr('y', (d) => y(d.factor))
    .attr('height', (d) => (over(d) ? Math.max(0, capY - y(d.factor)) : 0))
    .attr('fill', patternFill('down'));
  const gripHeight = 7;
  groups
    .select('.cs-grip')
    .attr('display', editable ? 'inline' : 'none')
    .attr('x', (d) => hx(d.hour) + gap / 2 - 1)
    .attr('width', band - gap + 2)
    .attr('y', (d) => y(d.factor) - gripHeight / 2)
    .attr('height', gripHeight)
    .attr('rx', 2)
    .attr('fill', color('surface'))
    .attr('stroke', color('ink'))
    .attr('stroke-width', 1.5);
  groups
    .select('.cs-value')
    .attr('x', (d) => hx(d.hour) + band / 2)
    .attr('y', (d) => y(d.factor) - gripHeight / 2 - 3)
    .attr('text-anchor', 'middle')
    .attr('font-size', 9)
    .attr('fill', color('ink'))
    .attr('pointer-events', 'none')
    .text((d) => (band >= textWidth(factorText(d.factor), 9) + 2 ? factorText(d.factor) : ''));
}
