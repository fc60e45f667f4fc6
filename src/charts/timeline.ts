/**
 * The service timeline: one svg, tracks stacked top to bottom on one shared x scale (see
 * timeline-layout.ts): time axis; agreed hours and closed days behind everything; the service
 * state; each outage's recovery window against RTO and MTPD; plan steps as Gantt bars; demand
 * against capacity; one swimlane per component; the clock changes (daylight saving); the playhead. Redrawing with new options
 * updates in place (d3 joins keyed by time or id), only what intersects [from, to] is drawn,
 * and narrow spans are merged so a year of fifty components stays under ~3,000 elements.
 * Uses `svg.ownerDocument` only; the sole listeners are the outages' click/keydown, and only
 * when `onSelectOutage` is given.
 */
import * as d3 from 'd3';
import type { TimelineModel } from '../analysis/timeline-types.ts';
import { layer } from './layer.ts';
import { color } from './palette.ts';
import { ensurePatterns } from './patterns.ts';
import { drawAgreedHours, drawAxis, drawClosedDays, drawPlayhead } from './timeline-background.ts';
import { drawCapacity } from './timeline-capacity.ts';
import { drawClockChanges } from './timeline-clock-changes.ts';
import { drawComponentLanes } from './timeline-components.ts';
import { timelineFrame, type TimelineFrame } from './timeline-layout.ts';
import { drawOutages } from './timeline-outages.ts';
import { drawPlanSteps } from './timeline-plans.ts';
import { drawServiceTrack } from './timeline-service.ts';

export { TIMELINE_LAYOUT, timelineHeight, xScale } from './timeline-layout.ts';
export type { TimelineView } from './timeline-layout.ts';

export interface TimelineOptions {
  readonly width: number;
  /** Visible window, simulated ms. */
  readonly from: number;
  readonly to: number;
  readonly playhead: number | null;
  readonly selectedOutage?: number | null;
  readonly onSelectOutage?: (index: number) => void;
}

function drawTrackTitles(
  root: d3.Selection<SVGSVGElement, unknown, null, undefined>,
  frame: TimelineFrame,
): void {
  const titles = [
    { key: 'service', text: frame.model.service.name, y: frame.service.y + 17 },
    { key: 'recovery', text: 'recovery vs RTO', y: frame.outages.y + 19 },
    { key: 'load', text: 'load (tpm)', y: frame.capacity.y + 12 },
    { key: 'components', text: 'components', y: frame.lanes.y - 3 },
  ];
  layer(root, 'cs-track-titles')
    .selectChildren<SVGTextElement, (typeof titles)[number]>('text')
    .data(titles, (d) => d.key)
    .join('text')
    .attr('x', 4)
    .attr('y', (d) => d.y)
    .attr('font-size', 11)
    .attr('font-weight', 'bold')
    .attr('fill', color('ink'))
    .text((d) => d.text);
}

export function renderTimeline(
  svg: SVGSVGElement,
  model: TimelineModel,
  options: TimelineOptions,
): void {
  const frame = timelineFrame(model, options);
  const root = d3.select(svg);
  root
    .attr('width', options.width)
    .attr('height', frame.height)
    .attr('viewBox', `0 0 ${options.width} ${frame.height}`)
    .attr('class', 'cs-timeline')
    .attr('font-family', 'sans-serif');
  if (!svg.hasAttribute('role')) root.attr('role', 'img');
  if (!svg.hasAttribute('aria-label')) root.attr('aria-label', `Timeline of ${model.service.name}`);
  ensurePatterns(svg);
  drawAgreedHours(root, frame);
  drawClosedDays(root, frame);
  drawAxis(root, frame);
  drawTrackTitles(root, frame);
  drawServiceTrack(root, frame);
  drawOutages(root, frame, options);
  drawPlanSteps(root, frame);
  drawCapacity(root, frame);
  drawComponentLanes(root, frame);
  drawClockChanges(root, frame);
  drawPlayhead(root, frame, options.playhead);
}
