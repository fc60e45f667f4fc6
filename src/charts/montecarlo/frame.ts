/**
 * What the Monte Carlo charts share: the svg's size and accessible name (`<title>`, `<desc>`,
 * `role="img"`, or `role="group"` when it holds focusable marks, since an image's children are
 * hidden from assistive technology), the plot area, a message in place of an empty plot, text
 * labels with a halo so they stay legible over marks, and a share written as a percentage.
 */
import * as d3 from 'd3';
import { layer } from '../layer.ts';
import { color } from '../palette.ts';

/** Text in the "good" green: darker than `--cs-up`, for contrast on the surface. */
export const GOOD_TEXT = 'var(--cs-good, #00704F)';

/**
 * The colour of a data series (a line, its points and band): the UI's accent, which each
 * theme sets for contrast on its surface (`--cs-step`, Okabe-Ito blue, is too dark on the
 * dark one), falling back to that blue.
 */
export const SERIES = 'var(--cs-accent, #0072B2)';

export type Root = d3.Selection<SVGSVGElement, unknown, null, undefined>;
export type G = d3.Selection<SVGGElement, unknown, null, undefined>;
export type Linear = d3.ScaleLinear<number, number>;

/** Width and height in px; each chart has defaults. */
export interface ChartSize {
  readonly width?: number;
  readonly height?: number;
}

/** The svg's size and its plot area, in px. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const MARGIN: Margin = { top: 34, right: 24, bottom: 48, left: 62 };

export function plotFrame(width: number, height: number, margin: Margin = MARGIN): Frame {
  return {
    width,
    height,
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
}

export interface Heading {
  readonly title: string;
  readonly desc: string;
  /** True when the chart holds focusable marks (the svg is then a group, not an image). */
  readonly interactive: boolean;
}

/** Sizes the svg and gives it its accessible name and description, as its first children. */
export function setupSvg(svg: SVGSVGElement, cls: string, f: Frame, heading: Heading): Root {
  const root = d3
    .select(svg)
    .attr('width', f.width)
    .attr('height', f.height)
    .attr('viewBox', `0 0 ${f.width} ${f.height}`)
    .attr('class', `cs-chart ${cls}`)
    .attr('font-family', 'sans-serif')
    .attr('role', heading.interactive ? 'group' : 'img');
  root
    .selectChildren<SVGTitleElement, string>('title')
    .data([heading.title])
    .join((enter) => enter.insert('title', ':first-child'))
    .text((d) => d);
  root
    .selectChildren<SVGDescElement, string>('desc')
    .data([heading.desc])
    .join((enter) => enter.insert('desc', ':nth-child(2)'))
    .text((d) => d);
  return root;
}

/**
 * The `<g class="cs-plot">` to draw into, or, when `empty` is a message, that message centred
 * in the svg and null (no axes, no frame).
 */
export function plotOrMessage(root: Root, f: Frame, empty: string | null): G | null {
  root.selectChildren(empty === null ? 'g.cs-empty' : 'g.cs-plot').remove();
  if (empty === null) return layer(root, 'cs-plot');
  drawLabels(layer(root, 'cs-empty'), [
    { key: 'empty', x: f.width / 2, y: f.height / 2, text: empty, anchor: 'middle', size: 15 },
  ]);
  return null;
}

export interface Label {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly size?: number;
  /** A colour, `color('ink')` unless given. */
  readonly fill?: string;
  readonly bold?: boolean;
  /** Rotated a quarter turn anticlockwise about (x, y), for a y axis title. */
  readonly vertical?: boolean;
  /** A surface-coloured outline behind the glyphs, for text drawn over marks. */
  readonly halo?: boolean;
  readonly cls?: string;
}

/** One `<text>` per label in `parent` (keyed, so a redraw updates in place). */
export function drawLabels(
  parent: G,
  labels: readonly Label[],
): d3.Selection<SVGTextElement, Label, SVGGElement, unknown> {
  return parent
    .selectChildren<SVGTextElement, Label>('text')
    .data(labels, (d) => d.key)
    .join('text')
    .attr('class', (d) => d.cls ?? null)
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('transform', (d) => (d.vertical ? `rotate(-90 ${d.x} ${d.y})` : null))
    .attr('text-anchor', (d) => d.anchor ?? 'start')
    .attr('font-size', (d) => d.size ?? 11)
    .attr('font-weight', (d) => (d.bold ? 'bold' : null))
    .attr('fill', (d) => d.fill ?? color('ink'))
    .attr('stroke', (d) => (d.halo ? color('surface') : null))
    .attr('stroke-width', (d) => (d.halo ? 3 : null))
    .attr('stroke-linejoin', (d) => (d.halo ? 'round' : null))
    .attr('paint-order', (d) => (d.halo ? 'stroke' : null))
    .text((d) => d.text);
}

/** The share of runs in [0, 1] as a percentage that never rounds a part to 0 % or 100 %. */
export function sharePercent(share: number): string {
  if (!(share > 0)) return '0 %';
  if (share >= 1) return '100 %';
  const whole = Math.round(share * 100);
  if (whole > 0 && whole < 100) return `${whole} %`;
  const tenth = Math.round(share * 1000) / 10;
  if (tenth > 0 && tenth < 100) return `${tenth} %`;
  return share < 0.5 ? '< 0.1 %' : '> 99.9 %';
}

/** Roughly how wide a line of text is, in px, at `size` px sans-serif. */
export const textWidth = (text: string, size = 11): number => text.length * size * 0.56;
