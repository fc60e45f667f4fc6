/**
 * Recovery plan steps as Gantt bars: one row per step of each plan run overlapping the view
 * (capped at TIMELINE_LAYOUT.maxPlanRows, with a note counting the rest), and one per switch-over
 * of a standby group ("switch-over db-1 → db-2", in the colour of a service down: nothing
 * serves meanwhile). Each bar's tooltip gives the step's name, plan, owner, start and
 * duration; unfinished steps are dashed.
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
} from './timeline-layout.ts';

const stepEnd = (row: PlanRow) => row.step.end ?? row.run.end;

function describe(frame: TimelineFrame, { run, step, switchover }: PlanRow): string {
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
    `start: ${frame.at(step.start)}`,
    `duration: ${humanDuration(end - step.start)}${step.end === null ? ` so far (${run.outcome === 'aborted' ? 'aborted' : 'unfinished'})` : ''}`,
  ].join('\n');
}

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
  joinWithTitle<SVGRectElement, R>(
    layer(g, 'cs-bars'),
    'rect',
    'cs-step',
    indexed,
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
