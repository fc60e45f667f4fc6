/**
 * One swimlane per component showing its lifecycle (operational, overloaded, degraded, failed,
 * recovering): the lane's background is "operational"; every other state is a bar with its
 * colour, pattern, a label where there is room and a tooltip. Each lane gets an equal share of
 * the element budget; narrow spans merge into "mixed" bins (worst state wins).
 */
import * as d3 from 'd3';
import type { ComponentSpan, TimelineModel } from '../analysis/timeline-types.ts';
import type { ComponentStateName } from '../core/trace.ts';
import { binWithinBudget, type Bin } from './density.ts';
import { humanDuration, truncate } from './format.ts';
import { joinWithTitle, layer } from './layer.ts';
import { color } from './palette.ts';
import { patternFill } from './patterns.ts';
import { componentStateText } from './state-words.ts';
import { spanX, TIMELINE_LAYOUT, type TimelineFrame } from './timeline-layout.ts';

export const COMPONENT_SEVERITY: Record<ComponentStateName, number> = {
  operational: 0,
  recovering: 1,
  overloaded: 2,
  degraded: 3,
  failed: 4,
};

type Lane = TimelineModel['components'][number];
type LaneItem = { lane: Lane; i: number };
type SpanBin = Bin<ComponentSpan> & { readonly lane: string };

/** The bins a lane draws: operational stretches are left to the lane background. */
export function laneBins(frame: TimelineFrame, lane: Lane): SpanBin[] {
  const B = TIMELINE_LAYOUT.budget;
  const perLane = Math.max(
    B.laneMin,
    Math.floor(B.laneTotal / Math.max(1, frame.model.components.length)),
  );
  return binWithinBudget(lane.spans, frame.px, frame.view, (s) => COMPONENT_SEVERITY[s], perLane)
    .filter((b) => b.mixed || b.state !== 'operational')
    .map((b) => ({ ...b, lane: lane.id }));
}

function describe(frame: TimelineFrame, name: string, b: SpanBin): string {
  const at = frame.at;
  const when = `${at(b.start)} – ${at(b.end)} (${humanDuration(b.end - b.start)})`;
  if (b.mixed) {
    const counts = b.counts.map(([s, n]) => `${n} ${s}`).join(', ');
    return `${name}: mixed at this zoom, worst ${b.state}; ${counts}\n${when}`;
  }
  const state = b.span ? componentStateText(b.span.state, b.span.capacityShare) : b.state;
  return `${name}: ${state}\n${when}`;
}

export function drawComponentLanes(
  root: d3.Selection<SVGSVGElement, unknown, null, undefined>,
  frame: TimelineFrame,
): void {
  const L = TIMELINE_LAYOUT;
  const g = layer(root, 'cs-lanes');
  const items: LaneItem[] = frame.model.components.map((lane, i) => ({ lane, i }));
  const lanes = g
    .selectChildren<SVGGElement, LaneItem>('g.cs-lane')
    .data(items, (d) => d.lane.id)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'cs-lane');
      e.append('rect').attr('class', 'cs-lane-bg').append('title');
      e.append('text').attr('class', 'cs-lane-label');
      return e;
    })
    .attr('data-component', (d) => d.lane.id)
    .attr('transform', (d) => `translate(0,${frame.lanes.y + d.i * L.laneHeight})`);
  lanes.order();
  lanes
    .select('.cs-lane-bg')
    .attr('x', frame.left)
    .attr('width', frame.right - frame.left)
    .attr('y', 1)
    .attr('height', L.laneHeight - 2)
    .attr('fill', patternFill('operational'))
    .attr('fill-opacity', 0.35)
    .select('title')
    .text((d) => `${d.lane.name}: operational unless marked`);
  lanes
    .select('.cs-lane-label')
    .attr('x', frame.left - 6)
    .attr('y', L.laneHeight - 4)
    .attr('text-anchor', 'end')
    .attr('font-size', 10)
    .attr('fill', color('ink'))
    .text((d) => truncate(d.lane.name, 22));
  lanes.each(function (d) {
    const lane = d3.select<SVGGElement, unknown>(this);
    const bins = laneBins(frame, d.lane);
    const key = (b: SpanBin) => `${b.start}`;
    joinWithTitle<SVGRectElement, SpanBin>(
      layer(lane, 'cs-bars'),
      'rect',
      'cs-span',
      bins,
      key,
      (b) => describe(frame, d.lane.name, b),
    )
      .attr('x', (b) => spanX(frame, b.start, b.end).x)
      .attr('width', (b) => spanX(frame, b.start, b.end).width)
      .attr('y', 1)
      .attr('height', L.laneHeight - 2)
      .attr('fill', (b) => patternFill(b.state))
      .attr('data-state', (b) => (b.mixed ? 'mixed' : b.state))
      .attr('stroke', (b) => (b.mixed ? color('ink') : null))
      .attr('stroke-dasharray', (b) => (b.mixed ? '2 2' : null));
    layer(lane, 'cs-labels')
      .selectChildren<SVGTextElement, SpanBin>('text.cs-span-label')
      .data(
        bins.filter((b) => !b.mixed && spanX(frame, b.start, b.end).width >= L.labelMinPx + 16),
        key,
      )
      .join('text')
      .order()
      .attr('class', 'cs-span-label')
      .attr('x', (b) => spanX(frame, b.start, b.end).x + 3)
      .attr('y', L.laneHeight - 4)
      .attr('font-size', 10)
      .attr('fill', color('ink'))
      .attr('stroke', color('surface'))
      .attr('stroke-width', 3)
      .attr('paint-order', 'stroke')
      .attr('pointer-events', 'none')
      .text((b) => b.state);
  });
}
