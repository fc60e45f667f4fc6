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
  const placed = placeLabels(frame, changes, (c) => changeLabel(model, c));
  marks
    .select('text')
    .each(function (c) {
      const at = placed.get(c.t);
      const text = this as SVGTextElement;
      text.textContent = at?.text ?? '';
      text.setAttribute('x', String(at?.x ?? 0));
      text.setAttribute('text-anchor', at?.anchor ?? 'start');
    })
    .attr('y', CLOCK_STRIP - 3)
    .attr('font-size', 10)
    .attr('fill', color('ink'));
}

interface Placed {
  readonly text: string;
  readonly x: number;
  readonly anchor: 'start' | 'end';
}

/**
 * Where each label goes, left to right: right of its line, or left of it where the plot ends
 * first or the label before is in the way. Where the whole labels do not all find room, every
 * label is shortened to `clocks +1 h`, and one that still finds none is left out (its line and
 * title stay).
 */
export function placeLabels(
  frame: Pick<TimelineFrame, 'px' | 'right'>,
  changes: readonly OffsetChange[],
  label: (c: OffsetChange) => string,
): Map<number, Placed> {
  const place = (text: (c: OffsetChange) => string) => {
    const out = new Map<number, Placed>();
    let free = -Infinity; // the first x the next label may use
    for (const c of changes) {
      const x = frame.px(c.t);
      const w = labelWidth(text(c));
      const right = x + 4 + w <= frame.right && x + 4 >= free;
      const left = x - 4 - w >= free;
      if (!right && !left) continue;
      out.set(c.t, { text: text(c), x: right ? x + 4 : x - 4, anchor: right ? 'start' : 'end' });
      free = (right ? x + 4 + w : x - 4) + 8;
    }
    return out;
  };
  const whole = place(label);
  if (whole.size === changes.length) return whole;
  return place((c) => label(c).replace(/\s*\(.*\)$/, ''));
}
