/**
 * A step's wait for its team on the Gantt, apart from its work: the part spent on the team's
 * call-out as a cross-hatched bar, the part spent waiting for a free person as a dotted bar,
 * both in the muted ink, on the step's row before its bar, each with a title that says it in
 * words ("Rebuild the database waited 45 min for Database administrators: called out at 02:00,
 * at work 02:45"). The two textures have their own patterns (not the service states').
 */
import * as d3 from 'd3';
import type { ScheduledStep } from './gantt-schedule.ts';
import { waitText } from './gantt-wait-text.ts';
import { ROW, type RowGeometry } from './gantt-rows.ts';
import { layer } from './layer.ts';
import type { G } from './montecarlo/frame.ts';
import { color } from './palette.ts';

export type WaitKind = 'call-out' | 'waiting';

const SIZE = 6;
export const waitPatternId = (kind: WaitKind) => `cs-gantt-${kind}`;
export const waitFill = (kind: WaitKind) => `url(#${waitPatternId(kind)})`;

/** Defines the two wait patterns in `svg`'s `<defs>` (once, updated in place). */
export function ensureWaitPatterns(svg: SVGSVGElement): void {
  const defs = d3
    .select(svg)
    .selectChildren<SVGDefsElement, unknown>('defs.cs-wait-patterns')
    .data([null])
    .join((enter) => enter.insert('defs', ':first-child').attr('class', 'cs-wait-patterns'));
  const kinds: WaitKind[] = ['call-out', 'waiting'];
  const p = defs
    .selectChildren<SVGPatternElement, WaitKind>('pattern')
    .data(kinds)
    .join((enter) => {
      const g = enter.append('pattern');
      g.append('rect');
      g.append('path');
      return g;
    })
    .attr('id', waitPatternId)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', SIZE)
    .attr('height', SIZE);
  p.select('rect')
    .attr('width', SIZE)
    .attr('height', SIZE)
    .attr('fill', color('muted'))
    .attr('fill-opacity', 0.18);
  p.select('path')
    .attr('d', (k) =>
      k === 'call-out'
        ? `M0,0 l${SIZE},${SIZE} M0,${SIZE} l${SIZE},-${SIZE}`
        : `M1.5,3 a1.2,1.2 0 1,0 2.4,0 a1.2,1.2 0 1,0 -2.4,0`,
    )
    .attr('fill', (k) => (k === 'waiting' ? color('ink') : 'none'))
    .attr('fill-opacity', (k) => (k === 'waiting' ? 0.6 : null))
    .attr('stroke', (k) => (k === 'call-out' ? color('ink') : null))
    .attr('stroke-opacity', 0.6)
    .attr('stroke-width', 1);
}

interface Part {
  readonly key: string;
  readonly kind: WaitKind;
  readonly from: number;
  readonly to: number;
  readonly index: number;
  readonly title: string;
}

/** The wait parts of the rows, drawn before the bars. */
export function drawWaits(plot: G, steps: readonly ScheduledStep[], geo: RowGeometry): void {
  const t = (ms: number) => geo.x(geo.offset + ms);
  const parts: Part[] = steps.flatMap((s) => {
    const w = s.wait;
    if (!w) return [];
    const title = `${s.step.name} ${waitText(w)}`;
    const split = w.callOutTo ?? w.from;
    return [
      ...(w.callOutTo !== null && w.callOutTo > w.from
        ? [
            {
              key: `${s.step.id}:call-out`,
              kind: 'call-out' as const,
              from: w.from,
              to: w.callOutTo,
              index: s.index,
              title,
            },
          ]
        : []),
      ...(w.to > split
        ? [
            {
              key: `${s.step.id}:waiting`,
              kind: 'waiting' as const,
              from: split,
              to: w.to,
              index: s.index,
              title,
            },
          ]
        : []),
    ];
  });
  // a plan that never waited keeps its markup as before teams (no empty layer)
  if (parts.length === 0 && plot.selectChild('g.cs-waits').empty()) return;
  const g = layer(plot, 'cs-waits')
    .selectChildren<SVGGElement, Part>('g.cs-wait')
    .data(parts, (p) => p.key)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'cs-wait');
      e.append('title');
      e.append('rect');
      return e;
    })
    .attr('data-wait', (p) => p.kind)
    .attr('data-step', (p) => p.key.split(':')[0] ?? null);
  g.select('title').text((p) => p.title);
  g.select('rect')
    .attr('x', (p) => t(p.from))
    .attr('width', (p) => Math.max(2, t(p.to) - t(p.from)))
    .attr('y', (p) => geo.rowTop(p.index) + ROW.barTop)
    .attr('height', ROW.barHeight)
    .attr('fill', (p) => waitFill(p.kind))
    .attr('stroke', color('muted'))
    .attr('stroke-dasharray', '3 2');
}

/** The legend entries for the waits shown: `call-out of <team>`, `waiting for <team>`. */
export function waitLegend(
  steps: readonly ScheduledStep[],
): { key: string; kind: WaitKind; text: string }[] {
  const out = new Map<string, { key: string; kind: WaitKind; text: string }>();
  for (const s of steps) {
    const w = s.wait;
    if (!w) continue;
    if (w.callOutTo !== null && w.callOutTo > w.from)
      out.set(`call-out:${w.team}`, {
        key: `call-out:${w.team}`,
        kind: 'call-out',
        text: `call-out of ${w.team}`,
      });
    if (w.to > (w.callOutTo ?? w.from))
      out.set(`waiting:${w.team}`, {
        key: `waiting:${w.team}`,
        kind: 'waiting',
        text: `waiting for ${w.team}`,
      });
  }
  return [...out.values()];
}
