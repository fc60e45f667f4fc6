/**
 * The overlaid timeline of one seed: the baseline's and a variant's service state on one time
 * axis, each over its own agreed hours (a variant may change them), with the spans where the
 * two differ marked between them. Built from the timeline's own tracks, so states, patterns
 * and tooltips read exactly as on the main timeline.
 */
import * as d3 from 'd3';
import type { TimelineModel } from '../analysis/timeline-types.ts';
import type { StateDifference } from '../analysis/variants/differences.ts';
import { humanDuration } from './format.ts';
import { joinWithTitle, layer } from './layer.ts';
import { color } from './palette.ts';
import { ensurePatterns } from './patterns.ts';
import { drawAgreedHours, drawAxis } from './timeline-background.ts';
import { spanX, timelineFrame, TIMELINE_LAYOUT, type TimelineFrame } from './timeline-layout.ts';
import { drawServiceTrack } from './timeline-service.ts';

export interface OverlayOptions {
  readonly width: number;
  readonly from: number;
  readonly to: number;
  readonly baselineLabel: string;
  readonly variantLabel: string;
  /** The difference to highlight (index into `differences`), if any. */
  readonly selected?: number | null;
}

const ROW = TIMELINE_LAYOUT.serviceHeight;
const DIFF = 12;
const GAP = 6;
const TOP = TIMELINE_LAYOUT.margin.top;

/** The y of each row: baseline, differences, variant. */
const ROWS = { baseline: TOP, diff: TOP + ROW + GAP, variant: TOP + ROW + 2 * GAP + DIFF };
export const OVERLAY_HEIGHT = ROWS.variant + ROW + 8;

type Root = d3.Selection<SVGSVGElement, unknown, null, undefined>;

/** A frame whose service track (and band area) is one row at `y`. */
function rowFrame(model: TimelineModel, options: OverlayOptions, y: number): TimelineFrame {
  const frame = timelineFrame(model, options);
  return { ...frame, service: { y, height: ROW }, body: { y, height: ROW } };
}

/** A nested `<svg>` per row, so each row keeps its own layers. */
function rowRoot(root: Root, name: string): Root {
  const existing = root.selectChild<SVGSVGElement>(`svg.${name}`);
  return (existing.empty() ? root.append('svg').attr('class', name) : existing).attr(
    'overflow',
    'visible',
  );
}

export function renderOverlay(
  svg: SVGSVGElement,
  baseline: TimelineModel,
  variant: TimelineModel,
  differences: readonly StateDifference[],
  options: OverlayOptions,
): void {
  const root = d3.select(svg);
  root
    .attr('width', options.width)
    .attr('height', OVERLAY_HEIGHT)
    .attr('viewBox', `0 0 ${options.width} ${OVERLAY_HEIGHT}`)
    .attr('class', 'cs-overlay')
    .attr('font-family', 'sans-serif')
    .attr('role', 'img')
    .attr(
      'aria-label',
      `${baseline.service.name}: ${options.baselineLabel} and ${options.variantLabel} on the same seed; ${differences.length} span${differences.length === 1 ? '' : 's'} differ`,
    );
  ensurePatterns(svg);
  const a = rowFrame(baseline, options, ROWS.baseline);
  const b = rowFrame(variant, options, ROWS.variant);
  drawAxis(root, a);
  for (const [name, frame] of [
    ['cs-row-baseline', a],
    ['cs-row-variant', b],
  ] as const) {
    const row = rowRoot(root, name);
    drawAgreedHours(row, frame);
    drawServiceTrack(row, frame);
  }
  const titles = [
    { key: 'baseline', text: options.baselineLabel, y: ROWS.baseline + 17 },
    { key: 'diff', text: 'differs', y: ROWS.diff + 10 },
    { key: 'variant', text: options.variantLabel, y: ROWS.variant + 17 },
  ];
  layer(root, 'cs-row-titles')
    .selectChildren<SVGTextElement, (typeof titles)[number]>('text')
    .data(titles, (d) => d.key)
    .join('text')
    .attr('x', 4)
    .attr('y', (d) => d.y)
    .attr('font-size', 11)
    .attr('font-weight', (d) => (d.key === 'diff' ? 'normal' : 'bold'))
    .attr('fill', color('ink'))
    .text((d) => (d.text.length > 18 ? `${d.text.slice(0, 17)}…` : d.text));
  const visible = differences
    .map((d, index) => ({ ...d, index }))
    .filter((d) => d.end > options.from && d.start < options.to);
  joinWithTitle<SVGRectElement, (typeof visible)[number]>(
    layer(root, 'cs-differences'),
    'rect',
    'cs-difference',
    visible,
    (d) => `${d.start}`,
    (d) =>
      `${options.baselineLabel}: ${d.baseline}; ${options.variantLabel}: ${d.variant}\n` +
      `${a.at(d.start)} – ${a.at(d.end)} (${humanDuration(d.end - d.start)})`,
  )
    .attr('x', (d) => spanX(a, d.start, d.end).x)
    .attr('width', (d) => Math.max(2, spanX(a, d.start, d.end).width))
    .attr('y', ROWS.diff)
    .attr('height', DIFF)
    .attr('fill', color('ink'))
    .attr('stroke', (d) => (d.index === options.selected ? color('playhead') : 'none'))
    .attr('stroke-width', 2)
    .attr('data-selected', (d) => (d.index === options.selected ? 'true' : null));
}
