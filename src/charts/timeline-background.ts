/**
 * The timeline's frame: the time axis (ticks at round local times, adapting from months to
 * minutes, see local-ticks.ts), agreed service hours as shaded bands across every track (merged
 * when too narrow), closed days cross-hatched and labelled "closed", and the playhead.
 */
import * as d3 from 'd3';
import { mergeIntervals, type Band } from './density.ts';
import { joinWithTitle, layer } from './layer.ts';
import { localTicks } from './local-ticks.ts';
import { color } from './palette.ts';
import { patternFill } from './patterns.ts';
import { spanX, TIMELINE_LAYOUT, type TimelineFrame } from './timeline-layout.ts';

type Root = d3.Selection<SVGSVGElement, unknown, null, undefined>;

export function drawAxis(root: Root, frame: TimelineFrame): void {
  const g = layer(root, 'cs-axis').attr('transform', `translate(0,${frame.body.y - 4})`);
  const count = Math.max(2, Math.floor((frame.right - frame.left) / 110));
  const ticks = localTicks(frame.model, frame.view.from, frame.view.to, count);
  const labels = new Map(ticks.map((tick) => [tick.t, tick.label]));
  g.call(
    d3
      .axisTop(frame.x)
      .tickValues(ticks.map((tick) => tick.t))
      .tickFormat((t) => labels.get(+t) ?? '')
      .tickSizeOuter(0),
  );
  g.selectAll('.domain, .tick line').attr('stroke', color('muted'));
  // A label that would run off the right edge ends at its tick instead.
  const overflows = (t: number) =>
    frame.px(t) + ((labels.get(t)?.length ?? 0) * CHAR_PX) / 2 > frame.view.width - 2;
  g.selectAll<SVGTextElement, number>('.tick text')
    .attr('fill', color('ink'))
    .attr('text-anchor', (t) => (overflows(t) ? 'end' : null));
}

/** About how wide a character of an axis label is (px, at d3-axis's 10 px). */
const CHAR_PX = 6;

/** Full-height bands behind every track (agreed hours, closed days), merged to the zoom, each with its title. */
function drawBands(
  parent: ReturnType<typeof layer>,
  frame: TimelineFrame,
  cls: string,
  intervals: TimelineFrame['model']['agreed'],
  describe: (b: Band) => string,
  fill: string,
  opacity: number,
): Band[] {
  const bands = mergeIntervals(intervals, frame.px, frame.view, TIMELINE_LAYOUT.budget.agreed);
  joinWithTitle<SVGRectElement, Band>(parent, 'rect', cls, bands, (b) => `${b.start}`, describe)
    .attr('x', (b) => spanX(frame, b.start, b.end).x)
    .attr('width', (b) => spanX(frame, b.start, b.end).width)
    .attr('y', frame.body.y)
    .attr('height', frame.body.height)
    .attr('fill', fill)
    .attr('fill-opacity', opacity);
  return bands;
}

const span = (frame: TimelineFrame, b: Band): string => `${frame.at(b.start)} – ${frame.at(b.end)}`;

export function drawAgreedHours(root: Root, frame: TimelineFrame): void {
  const { model } = frame;
  const describe = (b: Band) =>
    `Agreed service hours: ${span(frame, b)}` +
    (b.count > 1 ? ` (${b.count} windows merged at this zoom)` : '');
  drawBands(
    layer(root, 'cs-agreed'),
    frame,
    'cs-agreed-band',
    model.agreed,
    describe,
    color('agreed'),
    0.14,
  );
}

export function drawClosedDays(root: Root, frame: TimelineFrame): void {
  const { model } = frame;
  const g = layer(root, 'cs-closed');
  const describe = (b: Band) =>
    `Closed (no agreed hours): ${span(frame, b)}` + (b.count > 1 ? ` (${b.count} days)` : '');
  const days = drawBands(
    layer(g, 'cs-bars'),
    frame,
    'cs-closed-day',
    model.closedDays,
    describe,
    patternFill('closed'),
    0.35,
  );
  const wide = days.filter((b) => spanX(frame, b.start, b.end).width >= 40);
  layer(g, 'cs-labels')
    .selectChildren<SVGTextElement, Band>('text.cs-closed-label')
    .data(wide, (b) => `${b.start}`)
    .join((enter) => enter.append('text').attr('class', 'cs-closed-label').text('closed'))
    .attr('x', (b) => spanX(frame, b.start, b.end).x + spanX(frame, b.start, b.end).width / 2)
    .attr('y', frame.outages.y + 12)
    .attr('text-anchor', 'middle')
    .attr('font-size', 10)
    .attr('fill', color('ink'));
}

export function drawPlayhead(root: Root, frame: TimelineFrame, playhead: number | null): void {
  const { view, body } = frame;
  const g = layer(root, 'cs-playhead');
  const visible = playhead !== null && playhead >= view.from && playhead <= view.to;
  joinWithTitle<SVGLineElement, number>(
    g,
    'line',
    'cs-playhead-line',
    visible ? [playhead] : [],
    () => 'playhead',
    (t) => `Playhead: ${frame.at(t)}`,
  )
    .attr('x1', (t) => frame.px(t))
    .attr('x2', (t) => frame.px(t))
    .attr('y1', body.y - 6)
    .attr('y2', body.y + body.height)
    .attr('stroke', color('playhead'))
    .attr('stroke-width', 1.5)
    .attr('pointer-events', 'none');
}
