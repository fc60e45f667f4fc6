/**
 * The service state track: up / degraded / down over time, each with its colour, pattern, an
 * in-bar label where there is room ("degraded, 67 % served" = the share of the demand served,
 * against which the MBCO is judged)
 * and a tooltip. Narrow intervals merge into "mixed" bins (worst state wins).
 */
import type * as d3 from 'd3';
import type { ServiceInterval, ServiceState } from '../core/trace.ts';
import { binWithinBudget, type Bin } from './density.ts';
import { humanDuration, percent } from './format.ts';
import { joinWithTitle, layer } from './layer.ts';
import { textWidth } from './montecarlo/frame.ts';
import { color } from './palette.ts';
import { patternFill } from './patterns.ts';
import { spanX, TIMELINE_LAYOUT, type TimelineFrame } from './timeline-layout.ts';

const SEVERITY: Record<ServiceState, number> = { up: 0, degraded: 1, down: 2 };

type ServiceBin = Bin<ServiceInterval>;

function label(bin: ServiceBin): string {
  if (bin.mixed) return `mixed, worst ${bin.state}`;
  const capacity = bin.span?.capacity ?? null;
  const demand = bin.span?.demand ?? 0;
  if (bin.state === 'degraded' && capacity !== null && demand > 0) {
    return `degraded, ${percent(Math.min(1, capacity / demand))} served`;
  }
  return bin.state;
}

function describe(frame: TimelineFrame, bin: ServiceBin): string {
  const { model } = frame;
  const when = `${frame.at(bin.start)} – ${frame.at(bin.end)} (${humanDuration(bin.end - bin.start)})`;
  if (bin.mixed) {
    const counts = bin.counts.map(([state, n]) => `${n} ${state}`).join(', ');
    return `${model.service.name}: mixed at this zoom, worst ${bin.state}; ${counts}\n${when}`;
  }
  const s = bin.span;
  const load = s
    ? `\ndemand ${Math.round(s.demand)} tpm, capacity ${s.capacity === null ? 'unconstrained' : `${Math.round(s.capacity)} tpm`}`
    : '';
  return `${model.service.name}: ${label(bin)}\n${when}${load}`;
}

export function drawServiceTrack(
  root: d3.Selection<SVGSVGElement, unknown, null, undefined>,
  frame: TimelineFrame,
): void {
  const { model, service: track } = frame;
  const g = layer(root, 'cs-service');
  const bins = binWithinBudget(
    model.service.intervals,
    frame.px,
    frame.view,
    (s) => SEVERITY[s],
    TIMELINE_LAYOUT.budget.service,
  );
  const key = (b: ServiceBin) => `${b.start}`;
  joinWithTitle<SVGRectElement, ServiceBin>(
    layer(g, 'cs-bars'),
    'rect',
    'cs-state',
    bins,
    key,
    (b) => describe(frame, b),
  )
    .attr('x', (b) => spanX(frame, b.start, b.end).x)
    .attr('width', (b) => spanX(frame, b.start, b.end).width)
    .attr('y', track.y)
    .attr('height', track.height)
    .attr('fill', (b) => patternFill(b.state))
    .attr('data-state', (b) => (b.mixed ? 'mixed' : b.state))
    .attr('stroke', (b) => (b.mixed ? color('ink') : null))
    .attr('stroke-dasharray', (b) => (b.mixed ? '2 2' : null));
  // One label per run of bins that read the same (demand changes split a state into many bins).
  const runs: ServiceBin[] = [];
  for (const b of bins) {
    const last = runs[runs.length - 1];
    if (last && !b.mixed && !last.mixed && last.end === b.start && label(last) === label(b))
      runs[runs.length - 1] = { ...last, end: b.end };
    else runs.push(b);
  }
  // A label goes inside its bar only where it fits (the short state word where the whole
  // label does not), so that labels of neighbouring bars never run into each other.
  const fitting = (b: ServiceBin): string | null => {
    const room = spanX(frame, b.start, b.end).width - 8;
    if (b.mixed || room + 8 < TIMELINE_LAYOUT.labelMinPx) return null;
    return [label(b), b.state].find((text) => textWidth(text) <= room) ?? null;
  };
  const texts = new Map(runs.map((b) => [b, fitting(b)]));
  const labelled = runs.filter((b) => texts.get(b) !== null);
  layer(g, 'cs-labels')
    .selectChildren<SVGTextElement, ServiceBin>('text.cs-state-label')
    .data(labelled, key)
    .join('text')
    .order()
    .attr('class', 'cs-state-label')
    .attr('x', (b) => spanX(frame, b.start, b.end).x + 4)
    .attr('y', track.y + track.height / 2 + 4)
    .attr('font-size', 11)
    .attr('fill', color('ink'))
    .attr('stroke', color('surface'))
    .attr('stroke-width', 3)
    .attr('paint-order', 'stroke')
    .attr('pointer-events', 'none')
    .text((b) => texts.get(b) ?? '');
}
