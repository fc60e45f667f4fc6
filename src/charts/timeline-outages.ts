/**
 * Each outage's recovery window: a band from the disruption to disruption + RTO, the actual
 * outage drawn against it (hatched, ending at the restore mark), the MTPD as a labelled vertical
 * line, and the verdict: "RTO met", or a red outline with "RTO breached by 1h 12m". An outage is
 * a button: clicking it (or Enter/Space) calls `onSelectOutage(index)` when given.
 */
import type * as d3 from 'd3';
import type { OutageWindow } from '../analysis/timeline-types.ts';
import { humanDuration } from './format.ts';
import {
  placeOutageLabels,
  verdict,
  verdictOf,
  type OutageLabel,
} from './timeline-outage-labels.ts';
import { layer } from './layer.ts';
import { color } from './palette.ts';
import { patternFill } from './patterns.ts';
import { spanX, type TimelineFrame } from './timeline-layout.ts';

interface Item {
  readonly index: number;
  readonly outage: OutageWindow;
}

const breached = (o: OutageWindow) => verdictOf(o) === 'breached';

function describe(frame: TimelineFrame, { outage: o }: Item): string {
  const at = frame.at;
  return [
    `Outage of ${frame.model.service.name}: ${at(o.start)} – ${o.ongoing ? 'ongoing' : at(o.end)} (${humanDuration(o.end - o.start)})`,
    `${verdict(o)}; RTO deadline ${at(o.rtoDeadline)}, MTPD ${at(o.mtpdDeadline)}${o.mtpdBreached ? ' (MTPD breached)' : ''}`,
    `${Math.round(o.minutesInAgreedHours)} min inside agreed hours`,
    o.unavailable.length ? `unavailable: ${o.unavailable.join(', ')}` : '',
    o.switchover === null ? '' : `began with the ${o.switchover}`,
  ]
    .filter(Boolean)
    .join('\n');
}

export interface OutageOptions {
  readonly selectedOutage?: number | null;
  readonly onSelectOutage?: (index: number) => void;
}

export function drawOutages(
  root: d3.Selection<SVGSVGElement, unknown, null, undefined>,
  frame: TimelineFrame,
  options: OutageOptions,
): void {
  const { model, view, outages: track } = frame;
  const items: Item[] = model.outages
    .map((outage, index) => ({ index, outage }))
    .filter(({ outage: o }) => Math.max(o.end, o.mtpdDeadline) > view.from && o.start < view.to);
  const g = layer(root, 'cs-outages');
  const groups = g
    .selectChildren<SVGGElement, Item>('g.cs-outage')
    .data(items, (d) => `${d.index}`)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'cs-outage');
      e.append('title');
      for (const cls of ['cs-rto-window', 'cs-outage-bar', 'cs-breach-outline']) {
        e.append('rect').attr('class', cls);
      }
      for (const cls of ['cs-rto-deadline', 'cs-restore', 'cs-mtpd']) {
        e.append('line').attr('class', cls);
      }
      return e;
    });
  const select = options.onSelectOutage;
  groups
    .attr('data-index', (d) => d.index)
    .attr('data-verdict', (d) => verdictOf(d.outage))
    .classed('cs-selected', (d) => d.index === options.selectedOutage)
    .attr('role', select ? 'button' : null)
    .attr('tabindex', select ? 0 : null)
    .attr('aria-pressed', (d) => (select ? String(d.index === options.selectedOutage) : null))
    .attr('aria-label', (d) => `Outage ${d.index + 1}: ${verdict(d.outage)}`)
    .style('cursor', () => (select ? 'pointer' : null));
  if (select) {
    groups
      .on('click', (_event: MouseEvent, d: Item) => select(d.index))
      .on('keydown', (event: KeyboardEvent, d: Item) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        select(d.index);
      });
  } else groups.on('click', null).on('keydown', null);
  groups.select('title').text((d) => describe(frame, d));

  const top = track.y;
  const inView = (t: number) => t >= view.from && t <= view.to;
  const barY = top + 11;
  const barH = 10;
  groups
    .select('.cs-rto-window')
    .attr('x', (d) => spanX(frame, d.outage.start, d.outage.rtoDeadline).x)
    .attr('width', (d) => spanX(frame, d.outage.start, d.outage.rtoDeadline).width)
    .attr('y', top + 4)
    .attr('height', 24)
    .attr('fill', color('rto'))
    .attr('fill-opacity', 0.15);
  groups
    .select('.cs-rto-deadline')
    .attr('display', (d) => (inView(d.outage.rtoDeadline) ? null : 'none'))
    .attr('x1', (d) => frame.px(d.outage.rtoDeadline))
    .attr('x2', (d) => frame.px(d.outage.rtoDeadline))
    .attr('y1', top)
    .attr('y2', top + 30)
    .attr('stroke', color('rto'))
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '3 2');
  groups
    .select('.cs-outage-bar')
    .attr('x', (d) => spanX(frame, d.outage.start, d.outage.end).x)
    .attr('width', (d) => spanX(frame, d.outage.start, d.outage.end).width)
    .attr('y', barY)
    .attr('height', barH)
    .attr('fill', patternFill('down'));
  groups
    .select('.cs-breach-outline')
    .attr('display', (d) => (breached(d.outage) ? null : 'none'))
    .attr('x', (d) => spanX(frame, d.outage.start, d.outage.end).x - 1.5)
    .attr('width', (d) => spanX(frame, d.outage.start, d.outage.end).width + 3)
    .attr('y', barY - 2.5)
    .attr('height', barH + 5)
    .attr('fill', 'none')
    .attr('stroke', color('breach'))
    .attr('stroke-width', (d) => (d.index === options.selectedOutage ? 3.5 : 2.5));
  groups
    .select('.cs-restore')
    .attr('display', (d) => (d.outage.ongoing || !inView(d.outage.end) ? 'none' : null))
    .attr('x1', (d) => frame.px(d.outage.end))
    .attr('x2', (d) => frame.px(d.outage.end))
    .attr('y1', barY - 4)
    .attr('y2', barY + barH + 4)
    .attr('stroke', color('ink'))
    .attr('stroke-width', 2);
  groups
    .select('.cs-mtpd')
    .attr('display', (d) => (inView(d.outage.mtpdDeadline) ? null : 'none'))
    .attr('x1', (d) => frame.px(d.outage.mtpdDeadline))
    .attr('x2', (d) => frame.px(d.outage.mtpdDeadline))
    .attr('y1', top)
    .attr('y2', top + track.height)
    .attr('stroke', color('mtpd'))
    .attr('stroke-width', 2);
  const placed = placeOutageLabels(
    items.map((d) => d.outage),
    frame.px,
    frame,
  );
  const labelsOf = new Map(items.map((d, i) => [d.index, placed[i] ?? []]));
  const y: Record<OutageLabel['kind'], number> = {
    rto: top + 9,
    mtpd: top + 9,
    verdict: top + track.height - 2,
  };
  groups
    .selectChildren<SVGTextElement, OutageLabel>('text')
    .data(
      (d) => labelsOf.get(d.index) ?? [],
      (l) => l.kind,
    )
    .join('text')
    .order()
    .attr('class', (l) => `cs-${l.kind}-label`)
    .attr('x', (l) => l.x)
    .attr('y', (l) => y[l.kind])
    .attr('text-anchor', (l) => l.anchor)
    .attr('font-size', (l) => (l.kind === 'verdict' ? 11 : 10))
    .attr('font-weight', (l) => (l.text.includes('breached') ? 'bold' : null))
    .attr('fill', (l) =>
      color(l.kind === 'verdict' ? (l.text.includes('breached') ? 'breach' : 'ink') : l.kind),
    )
    .text((l) => l.text);
  groups.order();
  groups
    .filter((d) => d.index === options.selectedOutage)
    .raise()
    .select('.cs-rto-window')
    .attr('fill-opacity', 0.3);
}
