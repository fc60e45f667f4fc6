/**
 * The Gantt's rows: each step a group with its label ("name · owner"), its bar at the chosen
 * bound, a thin strip under the bar from where it ends at its low to its high duration, and
 * its duration in words under the label; critical steps have a bold outline. With `onSelect` a step is a button (click, Enter
 * or Space). Dependency arrows run as elbows from a prerequisite's end to the step's start.
 */
import type * as d3 from 'd3';
import { humanDuration } from '../analysis/event-log.ts';
import { truncate } from './format.ts';
import { CYCLE_NOTE, type ScheduledStep } from './gantt-schedule.ts';
import { waitText } from './gantt-wait-text.ts';
import { layer } from './layer.ts';
import { SERIES, textWidth, type G } from './montecarlo/frame.ts';
import { color } from './palette.ts';

export const ROW = { height: 32, barTop: 5, barHeight: 14, stripTop: 22, stripHeight: 5 } as const;

export interface RowGeometry {
  /** Time (ms since the axis' 0) to px. */
  readonly x: d3.ScaleLinear<number, number>;
  /** When the plan starts on the axis (after detection), ms. */
  readonly offset: number;
  /** Top of the step at `index`. */
  readonly rowTop: (index: number) => number;
  readonly labelRight: number;
  readonly labelWidth: number;
  readonly right: number;
}

export interface RowOptions {
  readonly onSelect: ((stepId: string) => void) | undefined;
  readonly selected: string | null;
  /** The bound the bars are drawn at (`likely`), for the labels. */
  readonly bound: string;
  /** Declared teams' names by id: a step one of them owns is labelled with the team's name. */
  readonly teamNames?: ReadonlyMap<string, string>;
}

type Step = ScheduledStep;

type Label = (s: Step) => string;

/** `name · owner`, the owner by its team's name when it names a declared team. */
const labelWith =
  (teamNames: ReadonlyMap<string, string> | undefined): Label =>
  (s) =>
    s.step.owner ? `${s.step.name} · ${teamNames?.get(s.step.owner) ?? s.step.owner}` : s.step.name;

/** `5–15 min`, `2–6 h`, `30 min–1 h`. */
export function spanText(low: number, high: number): string {
  const [a, b] = [humanDuration(low), humanDuration(high)];
  const unit = / (min|h)$/.exec(a)?.[0];
  return unit &&
    b.endsWith(unit) &&
    !/ /.test(a.slice(0, -unit.length)) &&
    !/ /.test(b.slice(0, -unit.length))
    ? `${a.slice(0, -unit.length)}–${b}`
    : `${a}–${b}`;
}

/** `10 min (5–15 min)`: the most likely duration and its range. */
const range = (s: Step) =>
  s.duration.low === s.duration.high
    ? humanDuration(s.duration.likely)
    : `${humanDuration(s.duration.likely)} (${spanText(s.duration.low, s.duration.high)})`;

/**
 * A row's accessible name: first its visible text (the label as shown, perhaps shortened, and the
 * duration), so that a speech user can say what they see, then the full description.
 */
function accessibleName(
  s: Step,
  geo: RowGeometry,
  bound: string,
  shown: string,
  label: Label,
): string {
  const rest = describe(s, geo, bound, label).slice(label(s).length + 2);
  return `${shown}, ${range(s)}: ${shown === label(s) ? '' : `${label(s)}, `}${rest}`;
}

function describe(s: Step, geo: RowGeometry, bound: string, label: Label): string {
  const unknown = s.unknown.length
    ? `; ignores unknown prerequisite${s.unknown.length > 1 ? 's' : ''} ${s.unknown.join(', ')}`
    : '';
  if (s.start === null || s.end === null) return `${label(s)}: ${CYCLE_NOTE}${unknown}`;
  const waited = s.wait ? `; it ${waitText(s.wait)}` : '';
  const { low, high } = s.duration;
  const spread =
    low === high ? '' : `, ${humanDuration(low)} to ${humanDuration(high)} from its start`;
  return (
    `${label(s)}: from ${humanDuration(geo.offset + s.start)} to ${humanDuration(geo.offset + s.end)} ` +
    `(${humanDuration(s.end - s.start)}, ${bound}${spread})` +
    `${s.critical ? ', on the critical path' : ''}${waited}${unknown}`
  );
}

export function drawStepRows(
  plot: G,
  steps: readonly Step[],
  geo: RowGeometry,
  { onSelect, selected, bound, teamNames }: RowOptions,
): void {
  const label = labelWith(teamNames);
  const { x, offset } = geo;
  const t = (ms: number) => x(offset + ms);
  const barX = (s: Step) => t(s.start ?? 0);
  const barWidth = (s: Step) => Math.max(2, t(s.end ?? 0) - barX(s));
  const maxChars = Math.max(8, Math.floor(geo.labelWidth / textWidth('x', 11)));
  const rows = layer(plot, 'cs-steps')
    .selectChildren<SVGGElement, Step>('g.cs-step')
    .data(steps, (s) => s.step.id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'cs-step');
      g.append('title');
      g.append('rect').attr('class', 'cs-hit');
      g.append('text').attr('class', 'cs-label');
      // a space between the label and the duration, so that the row's text reads as words
      // ("app-team 10 min", not "app-team10 min") for assistive technology and speech input
      g.each(function () {
        this.appendChild(this.ownerDocument.createTextNode(' '));
      });
      g.append('text').attr('class', 'cs-duration');
      g.append('rect').attr('class', 'cs-range');
      g.append('rect').attr('class', 'cs-bar');
      g.append('text').attr('class', 'cs-note');
      return g;
    })
    .attr('transform', (s) => `translate(0,${geo.rowTop(s.index)})`)
    .attr('data-step', (s) => s.step.id)
    .attr('data-critical', (s) => (s.critical ? 'true' : null))
    .attr('role', onSelect ? 'button' : null)
    .attr('tabindex', onSelect ? 0 : null)
    .attr('aria-label', (s) =>
      onSelect ? accessibleName(s, geo, bound, truncate(label(s), maxChars), label) : null,
    )
    .attr('aria-pressed', (s) => (onSelect ? String(s.step.id === selected) : null))
    .style('cursor', () => (onSelect ? 'pointer' : null));
  rows.select('title').text((s) => describe(s, geo, bound, label));
  rows
    .select('.cs-hit')
    .attr('x', 0)
    .attr('width', geo.right)
    .attr('y', 0)
    .attr('height', ROW.height)
    .attr('fill', (s) => (s.step.id === selected ? SERIES : 'transparent'))
    .attr('fill-opacity', (s) => (s.step.id === selected ? 0.14 : null));
  rows
    .select('.cs-label')
    .attr('x', geo.labelRight)
    .attr('y', ROW.barTop + ROW.barHeight / 2 + 3)
    .attr('text-anchor', 'end')
    .attr('font-size', 11)
    .attr('font-weight', (s) => (s.step.id === selected ? 'bold' : null))
    .attr('fill', color('ink'))
    .text((s) => truncate(label(s), maxChars));
  const placed = (s: Step) => s.start !== null;
  rows
    .select('.cs-range')
    .attr('display', (s) => (placed(s) && s.duration.high > s.duration.low ? 'inline' : 'none'))
    .attr('x', (s) => t((s.start ?? 0) + s.duration.low))
    .attr('width', (s) => Math.max(2, t(s.duration.high) - t(s.duration.low)))
    .attr('y', ROW.stripTop)
    .attr('height', ROW.stripHeight)
    .attr('fill', SERIES)
    .attr('fill-opacity', 0.35);
  rows
    .select('.cs-bar')
    .attr('display', (s) => (placed(s) ? 'inline' : 'none'))
    .attr('x', barX)
    .attr('width', barWidth)
    .attr('y', ROW.barTop)
    .attr('height', ROW.barHeight)
    .attr('rx', 2)
    .attr('fill', SERIES)
    .attr('fill-opacity', (s) => (s.critical ? null : 0.6))
    .attr('stroke', (s) => (s.critical ? color('ink') : SERIES))
    .attr('stroke-width', (s) => (s.critical ? 2.5 : 1));
  rows
    .select('.cs-duration')
    .attr('x', geo.labelRight)
    .attr('y', ROW.stripTop + ROW.stripHeight)
    .attr('text-anchor', 'end')
    .attr('font-size', 10)
    .attr('fill', color('muted'))
    .text((s) => range(s));
  rows
    .select('.cs-note')
    .attr('x', x(0) + 4)
    .attr('y', ROW.barTop + ROW.barHeight / 2 + 4)
    .attr('font-size', 11)
    .attr('font-style', 'italic')
    .attr('fill', color('ink'))
    .text((s) => (placed(s) ? '' : `⚠ ${CYCLE_NOTE}`));
  const choose = (s: Step) => onSelect?.(s.step.id);
  rows
    .on('click', (_: MouseEvent, s: Step) => choose(s))
    .on('keydown', (event: KeyboardEvent, s: Step) => {
      if (!onSelect || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      choose(s);
    });
}

interface Arrow {
  readonly key: string;
  readonly line: string;
  readonly head: string;
  readonly critical: boolean;
}

/** Elbow arrows from each prerequisite's end to the start of the step that waits for it. */
export function drawArrows(
  plot: G,
  steps: readonly Step[],
  geo: RowGeometry,
  path: readonly string[],
): void {
  const byId = new Map(steps.map((s) => [s.step.id, s]));
  const onPath = new Set(path.slice(1).map((id, i) => `${path[i]}>${id}`));
  const t = (ms: number) => geo.x(geo.offset + ms);
  const arrows: Arrow[] = [];
  for (const s of steps) {
    if (s.start === null) continue;
    for (const id of s.after) {
      const p = byId.get(id);
      if (!p || p.end === null) continue;
      const x1 = t(p.end);
      const x2 = t(s.start);
      const y1 = geo.rowTop(p.index) + ROW.barTop + ROW.barHeight / 2;
      const y2 = geo.rowTop(s.index) + ROW.barTop + ROW.barHeight / 2;
      const key = `${id}>${s.step.id}`;
      const width = t(s.end ?? s.start) - x2;
      arrows.push({ key, ...elbow(x1, y1, x2, y2, width), critical: onPath.has(key) });
    }
  }
  const g = layer(plot, 'cs-arrows')
    .selectChildren<SVGGElement, Arrow>('g.cs-arrow')
    .data(arrows, (a) => a.key)
    .join((enter) => {
      const a = enter.append('g').attr('class', 'cs-arrow');
      a.append('path').attr('class', 'cs-arrow-line');
      a.append('path').attr('class', 'cs-arrow-head');
      return a;
    })
    .attr('data-from', (a) => a.key.split('>')[0] ?? null)
    .attr('data-to', (a) => a.key.split('>')[1] ?? null);
  const ink = (a: Arrow) => (a.critical ? color('ink') : color('muted'));
  g.select('.cs-arrow-line')
    .attr('d', (a) => a.line)
    .attr('fill', 'none')
    .attr('stroke', ink)
    .attr('stroke-width', (a) => (a.critical ? 1.6 : 1));
  g.select('.cs-arrow-head')
    .attr('d', (a) => a.head)
    .attr('fill', ink);
}

/**
 * Right from the prerequisite's end, then along to the step's row: into the bar's start from
 * the left when there is a gap, else straight onto its top (or bottom) just inside its start
 * (`width` is the bar's, so the arrow lands on even a short one).
 */
function elbow(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  width: number,
): Omit<Arrow, 'key' | 'critical'> {
  const half = ROW.barHeight / 2;
  if (x2 - x1 >= 14) {
    const tip = x2 - 1;
    const xm = x1 + 6;
    return {
      line: `M${x1},${y1}H${xm}V${y2}H${tip - 4}`,
      head: `M${tip - 5},${y2 - 3.5}L${tip},${y2}L${tip - 5},${y2 + 3.5}Z`,
    };
  }
  const xm = Math.max(x1 + 3, x2 + Math.min(6, Math.max(1, width / 2)));
  const down = y2 > y1;
  const tip = down ? y2 - half - 1 : y2 + half + 1;
  const back = down ? tip - 5 : tip + 5;
  return {
    line: `M${x1},${y1}H${xm}V${down ? tip - 4 : tip + 4}`,
    head: `M${xm - 3.5},${back}L${xm},${tip}L${xm + 3.5},${back}Z`,
  };
}
