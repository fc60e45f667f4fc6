/**
 * Daylight-saving changes on the timeline: each change of the zone's offset inside the view is
 * a thin dashed line down every track, labelled above the axis `clocks +1 h (GMT→BST)`, with
 * the whole story in its `<title>` (which local times do not exist or happen twice). The label
 * sits in a strip the layout keeps above the axis of a model whose run has such a change.
 */
import type * as d3 from 'd3';
import type { OffsetChange } from '../core/zone.ts';
import { layer } from './layer.ts';
import { changeLabel, changeSentence, changesInside } from './local-time.ts';
import { color } from './palette.ts';
import { CLOCK_STRIP, type TimelineFrame } from './timeline-layout.ts';

type Root = d3.Selection<SVGSVGElement, unknown, null, undefined>;

/** About how wide a label of `text` is at font size 10 (px). */
const labelWidth = (text: string): number => text.length * 5.6;

export function drawClockChanges(root: Root, frame: TimelineFrame): void {
  const { model, view, body } = frame;
  const changes = changesInside(model, view.from, view.to);
  const marks = layer(root, 'cs-clock-changes')
    .selectChildren<SVGGElement, OffsetChange>('g.cs-clock-change')
    .data(changes, (c) => `${c.t}`)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'cs-clock-change');
      g.append('title');
      g.append('path');
      g.append('text');
      return g;
    })
    .attr('data-direction', (c) => (c.after > c.before ? 'forward' : 'back'));
  marks.select('title').text((c) => changeSentence(model, c));
  // Down the strip to the label, then from the axis down every track (not across the ticks).
  marks
    .select('path')
    .attr('d', (c) => {
      const x = frame.px(c.t);
      return `M${x},2V${CLOCK_STRIP}M${x},${body.y - 4}V${body.y + body.height}`;
    })
    .attr('fill', 'none')
    .attr('stroke', color('ink'))
    .attr('stroke-opacity', 0.75)
    .attr('stroke-width', 1.25)
    .attr('stroke-dasharray', '5 3');
  marks
    .select('text')
    .text((c) => changeLabel(model, c))
    .each(function (c) {
      // Right of the line, or left of it where the plot ends first.
      const x = frame.px(c.t);
      const fits = x + 4 + labelWidth(changeLabel(model, c)) <= frame.right;
      (this as SVGTextElement).setAttribute('x', String(fits ? x + 4 : x - 4));
      (this as SVGTextElement).setAttribute('text-anchor', fits ? 'start' : 'end');
    })
    .attr('y', CLOCK_STRIP - 3)
    .attr('font-size', 10)
    .attr('fill', color('ink'));
}
