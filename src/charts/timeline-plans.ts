/**
 * Recovery plan steps as Gantt bars: one row per step of each plan run overlapping the view
 * (capped at TIMELINE_LAYOUT.maxPlanRows, with a note counting the rest), and one per switch-over
 * of a standby group ("switch-over db-1 → db-2", in the colour of a service down: nothing
 * serves meanwhile). Each bar's tooltip gives the step's name, plan, owner, start and
 * duration; unfinished steps are dashed. A step that waited for its team (recovery teams) has
 * its wait drawn apart, before its bar: an outlined, lightly filled bar labelled "waiting for
 * <team>" (when it fits), whose tooltip names the call-out; a step that never got a person has
 * only that wait, to its run's end.
 */
import type * as d3 from 'd3';
import { humanDuration, truncate } from './format.ts';
import { joinWithTitle, layer } from './layer.ts';
import { color } from './palette.ts';
import {
  planRowsInView,
  spanX,
  TIMELINE_LAYOUT,
  type PlanRow,
  type TimelineFrame,
  type WaitBar,
} from './timeline-layout.ts';

const stepEnd = (row: PlanRow) => row.step.end ?? row.run.end;

/** "waited 45 min for Database administrators: called out at …, at work …" */
function waitWords(frame: TimelineFrame, w: WaitBar): string {
  const callOut = w.callOut
    ? `: called out at ${frame.at(w.callOut.at)}, at work ${frame.at(w.callOut.arrives)}`
    : ': busy with other steps';
  return `${w.served ? 'waited' : 'waiting'} ${humanDuration(w.to - w.from)}${w.served ? '' : ' so far'} for ${w.teamName}${callOut}`;
}

function describeWait(frame: TimelineFrame, row: PlanRow, w: WaitBar): string {
  const { run, step } = row;
  return [
    `${step.name} (${run.planName}, ${run.component} incident ${run.incident})`,
    waitWords(frame, w),
    `from: ${frame.at(w.from)}`,
    w.served
      ? `started: ${frame.at(w.to)}`
      : `never started (${run.outcome === 'aborted' ? 'plan aborted' : 'still waiting'})`,
  ].join('\n');
}

function describe(frame: TimelineFrame, row: PlanRow): string {
  const { run, step, switchover } = row;
  const end = step.end ?? run.end;
  if (switchover !== null)
    return [
      `${step.name} (${run.planName}): it serves nothing meanwhile`,
      `start: ${frame.at(step.start)}`,
      `duration: ${humanDuration(end - step.start)}${switchover.outcome === 'completed' ? '' : switchover.outcome === 'abandoned' ? ' (abandoned: the member taking over stopped working)' : ' so far'}`,
    ].join('\n');
  return [
    `${step.name} (${run.planName}, ${run.component} incident ${run.incident})`,
    `owner: ${step.owner ?? 'unassigned'}`,
    ...(row.wait ? [waitWords(frame, row.wait)] : []),
    `start: ${frame.at(step.start)}`,
    `duration: ${humanDuration(end - step.start)}${step.end === null ? ` so far (${run.outcome === 'aborted' ? 'aborted' : 'unfinished'})` : ''}`,
  ].join('\n');
}

const waitLabel = (w: WaitBar): string => `waiting for ${w.teamName}`;

export function drawPlanSteps(
  root: d3.Selection<SVGSVGElement, unknown, null, undefined>,
  frame: TimelineFrame,
): void {
  const L = TIMELINE_LAYOUT;
  const { rows, hidden } = planRowsInView(frame.model, frame.view);
  const g = layer(root, 'cs-plans');
  const rowY = (i: number) => frame.plans.y + i * L.planRowHeight;
  const indexed = rows.map((row, i) => ({ row, i }));
  type R = (typeof indexed)[number];
  drawWaits(g, frame, indexed, rowY);
  // The work itself (a step that never got a person has none).
  const worked = indexed.filter((d) => d.row.wait?.served !== false);
  joinWithTitle<SVGRectElement, R>(
    layer(g, 'cs-bars'),
    'rect',
    'cs-step',
    worked,
    (d) => d.row.key,
    (d) => describe(frame, d.row),
  )
    .attr('x', (d) => spanX(frame, d.row.step.start, stepEnd(d.row)).x)
    .attr('width', (d) => spanX(frame, d.row.step.start, stepEnd(d.row)).width)
    .attr('y', (d) => rowY(d.i) + 2)
    .attr('height', L.planRowHeight - 4)
    .attr('data-switchover', (d) => (d.row.switchover === null ? null : d.row.switchover.group))
    .attr('fill', (d) => color(d.row.switchover === null ? 'step' : 'down'))
    .attr('fill-opacity', (d) => (d.row.step.end === null ? 0.35 : 0.8))
    .attr('stroke', (d) => color(d.row.switchover === null ? 'step' : 'down'))
    .attr('stroke-dasharray', (d) => (d.row.step.end === null ? '3 2' : null));
  joinWithTitle<SVGTextElement, R>(
    layer(g, 'cs-labels'),
    'text',
    'cs-step-label',
    indexed,
    (d) => d.row.key,
    (d) => describe(frame, d.row),
  )
    .attr('x', frame.left - 6)
    .attr('y', (d) => rowY(d.i) + L.planRowHeight - 3)
    .attr('text-anchor', 'end')
    .attr('font-size', 10)
    .attr('fill', color('ink'))
    .call((text) =>
      text.each(function (d) {
        const last = this.lastChild;
        const label = truncate(
          d.row.switchover === null
            ? `${d.row.run.component} · ${d.row.step.name}`
            : d.row.step.name,
          24,
        );
        if (last && last.nodeType === 3) last.textContent = label;
        else this.appendChild(this.ownerDocument.createTextNode(label));
      }),
    );
  layer(g, 'cs-note')
    .selectChildren<SVGTextElement, number>('text.cs-plans-more')
    .data(hidden > 0 ? [hidden] : [])
    .join('text')
    .order()
    .attr('class', 'cs-plans-more')
    .attr('x', frame.right)
    .attr('y', frame.plans.y + frame.plans.height - 2)
    .attr('text-anchor', 'end')
    .attr('font-size', 10)
    .attr('fill', color('muted'))
    .text((n) => `+${n} more step${n === 1 ? '' : 's'} (zoom in)`);
}

/** Each step's wait for its team, apart from its work: outlined, lightly filled, labelled when it fits. */
function drawWaits(
  g: d3.Selection<SVGGElement, unknown, null, undefined>,
  frame: TimelineFrame,
  indexed: readonly { row: PlanRow; i: number }[],
  rowY: (i: number) => number,
): void {
  const L = TIMELINE_LAYOUT;
  const waits = indexed.flatMap((d) => (d.row.wait ? [{ ...d, wait: d.row.wait }] : []));
  // No layers at all without waits (files without teams draw exactly as before).
  if (waits.length === 0) {
    g.selectChildren('g.cs-waits, g.cs-wait-labels').remove();
    return;
  }
  const waitX = (d: (typeof waits)[number]) => spanX(frame, d.wait.from, d.wait.to);
  joinWithTitle<SVGRectElement, (typeof waits)[number]>(
    layer(g, 'cs-waits'),
    'rect',
    'cs-step-wait',
    waits,
    (d) => d.row.key,
    (d) => describeWait(frame, d.row, d.wait),
  )
    .attr('x', (d) => waitX(d).x)
    .attr('width', (d) => waitX(d).width)
    .attr('y', (d) => rowY(d.i) + 3)
    .attr('height', L.planRowHeight - 6)
    .attr('fill', color('step'))
    .attr('fill-opacity', 0.12)
    .attr('stroke', color('step'))
    .attr('stroke-dasharray', '2 2');
  // "waiting for Database administrators" where it fits, else "waiting", else nothing.
  const fits = (d: (typeof waits)[number], text: string) => waitX(d).width >= text.length * 5.5 + 8;
  const waitLabels = waits.flatMap((d) => {
    const label = [waitLabel(d.wait), 'waiting'].find((text) => fits(d, text));
    return label === undefined ? [] : [{ ...d, label }];
  });
  joinWithTitle<SVGTextElement, (typeof waitLabels)[number]>(
    layer(g, 'cs-wait-labels'),
    'text',
    'cs-step-wait-label',
    waitLabels,
    (d) => d.row.key,
    (d) => describeWait(frame, d.row, d.wait),
  )
    .attr('x', (d) => waitX(d).x + 4)
    .attr('y', (d) => rowY(d.i) + L.planRowHeight - 4)
    .attr('font-size', 9)
    .attr('fill', color('ink'))
    .call((text) =>
      text.each(function (d) {
        const last = this.lastChild;
        const label = d.label;
        if (last && last.nodeType === 3) last.textContent = label;
        else this.appendChild(this.ownerDocument.createTextNode(label));
      }),
    );
}
