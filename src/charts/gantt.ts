/**
 * The Gantt of a recovery plan, for the scenario editor: one row per step in plan order, each
 * bar from the step's earliest start (when all its prerequisites finish, every step at the
 * chosen bound, most likely by default) with a strip under it from its low to its high
 * duration, elbow arrows from prerequisites to the steps that wait for them, and the critical
 * path outlined in bold. Detection, when given, is a first row and the plan starts after it.
 * The RTO is a dashed line labelled "RTO 2 h", everything past it shaded and hatched. The
 * summary sentence heads the chart and is its accessible name. With a simulated run (`run`),
 * the steps sit where they ran and each step's wait for its team is drawn before its bar,
 * apart from its work (gantt-waits.ts). An empty plan shows a message;
 * steps whose prerequisites form a cycle are listed but not placed; unknown prerequisites are
 * ignored with a note.
 */
import * as d3 from 'd3';
import { humanDuration } from '../analysis/event-log.ts';
import type { RecoveryPlan } from '../core/model.ts';
import { MS_PER_MINUTE } from '../core/time.ts';
import { drawHeading, HEADING, notesOf, WAIT_LEGEND_HEIGHT, wrap } from './gantt-heading.ts';
import { drawWaits, ensureWaitPatterns, waitLegend } from './gantt-waits.ts';
import { drawArrows, drawStepRows, ROW, type RowGeometry } from './gantt-rows.ts';
import {
  planSummary,
  schedulePlan,
  type GanttBound,
  type GanttRun,
  type PlanSchedule,
} from './gantt-schedule.ts';
import { layer } from './layer.ts';
import { drawXAxis } from './montecarlo/axes.ts';
import {
  drawLabels,
  plotFrame,
  plotOrMessage,
  setupSvg,
  textWidth,
  type Frame,
  type G,
} from './montecarlo/frame.ts';
import { color } from './palette.ts';
import { ensurePatterns, patternFill } from './patterns.ts';

export { planSummary, schedulePlan, CYCLE_NOTE } from './gantt-schedule.ts';
export type {
  GanttBound,
  GanttRun,
  PlanSchedule,
  ScheduledStep,
  StepWait,
} from './gantt-schedule.ts';

export interface GanttData {
  readonly plan: RecoveryPlan;
  /** The service's RTO in minutes; null when it has none. */
  readonly rtoMinutes: number | null;
  /** Time to notice the failure before the plan starts, minutes. */
  readonly detectionMinutes?: number;
  /** Which end of the step durations places the bars; most likely by default. */
  readonly bound?: GanttBound;
  /**
   * The plan as simulated with its teams for one failure: the bars where the steps ran, the
   * waits for teams before them, the run's critical path (its detection replaces `detectionMinutes`).
   */
  readonly run?: GanttRun;
  /** The scenario's declared teams' names by id, for the steps' owners (`Assess · Database administrators`). */
  readonly teamNames?: ReadonlyMap<string, string>;
}

export interface GanttOptions {
  readonly width?: number;
  /** Called with a step's id when it is clicked or chosen with Enter or Space. */
  readonly onSelectStep?: (stepId: string) => void;
  /** The step shown as selected (highlighted row, `aria-pressed`). */
  readonly selectedStep?: string | null;
}

export const GANTT_LAYOUT = {
  width: 760,
  labelWidth: 260,
  right: 20,
  /** Room between the legend (or notes) and the first row, for the RTO label. */
  gap: 30,
  bottom: 48,
  emptyHeight: 140,
} as const;

/** Tick steps in minutes: the axis ends on one and has at most one tick per ~75 px. */
const STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 10080];

export function renderGantt(
  svg: SVGSVGElement,
  data: GanttData,
  options: GanttOptions = {},
): { height: number } {
  const L = GANTT_LAYOUT;
  const schedule = schedulePlan(data.plan, data.bound ?? 'likely', data.run);
  const detectionMinutes = data.run
    ? data.run.detection / MS_PER_MINUTE
    : Math.max(0, data.detectionMinutes ?? 0) || 0; // NaN reads as none
  const detection = detectionMinutes * MS_PER_MINUTE;
  const empty = schedule.steps.length === 0;
  const notes = notesOf(schedule);
  const width = options.width ?? L.width;
  const labelWidth = Math.min(L.labelWidth, Math.round(width * 0.36));
  const summary = planSummary(schedule, data.rtoMinutes, detectionMinutes);
  const lines = wrap(summary, width - 16, 13);
  const legendY = HEADING.legendY + (lines.length - 1) * HEADING.summaryLine;
  const waits = waitLegend(schedule.steps);
  const top =
    legendY + (waits.length ? WAIT_LEGEND_HEIGHT : 0) + notes.length * HEADING.noteHeight + L.gap;
  const rows = schedule.steps.length + (detection > 0 ? 1 : 0);
  const height = empty ? L.emptyHeight : top + rows * ROW.height + L.bottom;
  const f = plotFrame(width, height, { top, right: L.right, bottom: L.bottom, left: labelWidth });
  ensurePatterns(svg);
  if (waits.length > 0) ensureWaitPatterns(svg);
  const root = setupSvg(svg, 'cs-gantt', f, {
    title: summary,
    desc: empty ? `${data.plan.name} has no steps yet.` : describe(data.plan.name, schedule, notes),
    interactive: !empty && !!options.onSelectStep,
  });
  const plot = plotOrMessage(root, f, empty ? 'This plan has no steps yet' : null);
  if (!plot) return { height };

  const rto = data.rtoMinutes === null ? null : data.rtoMinutes * MS_PER_MINUTE;
  const reach =
    d3.max(schedule.steps, (s) => Math.max((s.start ?? 0) + s.duration.high, s.end ?? 0)) ?? 0;
  const last = Math.max(detection + reach, rto ?? 0, MS_PER_MINUTE);
  const plotWidth = f.right - f.left - 8;
  const step =
    STEPS.find((m) => last / (m * MS_PER_MINUTE) <= plotWidth / 75) ?? STEPS[STEPS.length - 1]!;
  const end = Math.ceil(last / (step * MS_PER_MINUTE)) * step * MS_PER_MINUTE;
  const x = d3
    .scaleLinear()
    .domain([0, end])
    .range([f.left + 8, f.right]);
  const ticks = d3.range(0, end + 1, step * MS_PER_MINUTE);
  const rowTop = (i: number) => f.top + (i + (detection > 0 ? 1 : 0)) * ROW.height;
  const geo: RowGeometry = {
    x,
    offset: detection,
    rowTop,
    labelRight: f.left - 6,
    labelWidth: labelWidth - 14,
    right: f.right,
  };

  drawHeading(plot, {
    lines,
    legendY,
    notes,
    bound: schedule.bound,
    hasRto: rto !== null,
    waits,
  });
  drawOverRto(plot, f, x, rto);
  drawXAxis(
    plot,
    f,
    {
      scale: x,
      ticks,
      format: humanDuration,
      title: detection > 0 ? 'time since the failure' : 'time since the plan starts',
    },
    true,
  );
  drawDetection(plot, f, x, detection);
  drawWaits(plot, schedule.steps, geo);
  drawArrows(plot, schedule.steps, geo, schedule.critical);
  drawStepRows(plot, schedule.steps, geo, {
    onSelect: options.onSelectStep,
    selected: options.selectedStep ?? null,
    bound: schedule.bound,
    ...(data.teamNames ? { teamNames: data.teamNames } : {}),
  });
  drawRtoLine(plot, f, x, rto);
  return { height };
}

function describe(name: string, schedule: PlanSchedule, notes: readonly string[]): string {
  const names = new Map(schedule.steps.map((s) => [s.step.id, s.step.name]));
  const n = schedule.steps.length;
  const path = schedule.critical.map((id) => names.get(id) ?? id).join(' → ');
  return [
    `${name}: ${n === 1 ? '1 step' : `${n} steps`} in plan order.`,
    path ? `Critical path (${schedule.bound}): ${path}.` : '',
    ...notes,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Everything past the RTO, shaded with the "down" hatch behind the rows. */
function drawOverRto(plot: G, f: Frame, x: d3.ScaleLinear<number, number>, rto: number | null) {
  const from = rto === null ? 0 : x(rto);
  layer(plot, 'cs-over-rto')
    .selectChildren<SVGRectElement, number>('rect')
    .data(rto === null || from >= f.right ? [] : [from])
    .join('rect')
    .attr('x', (d) => d)
    .attr('width', (d) => f.right - d)
    .attr('y', f.top - 4)
    .attr('height', f.bottom - f.top + 4)
    .attr('fill', patternFill('down'))
    .attr('fill-opacity', 0.22);
}

function drawRtoLine(plot: G, f: Frame, x: d3.ScaleLinear<number, number>, rto: number | null) {
  const rx = rto === null ? 0 : x(rto);
  layer(plot, 'cs-rto')
    .selectChildren<SVGLineElement, number>('line')
    .data(rto === null ? [] : [rx])
    .join('line')
    .attr('x1', (d) => d)
    .attr('x2', (d) => d)
    .attr('y1', f.top - 6)
    .attr('y2', f.bottom)
    .attr('stroke', color('ink'))
    .attr('stroke-width', 1.5)
    .attr('stroke-dasharray', '5 3');
  const text = rto === null ? '' : `RTO ${humanDuration(rto)}`;
  const w = textWidth(text, 12) / 2;
  const anchor = rx + w > f.width - 2 ? 'end' : rx - w < 2 ? 'start' : 'middle';
  drawLabels(
    layer(plot, 'cs-rto-label'),
    rto === null
      ? []
      : [{ key: 'rto', x: rx, y: f.top - 10, text, anchor, size: 12, bold: true, halo: true }],
  );
}

/** The time to notice the failure, as a first row before the plan's steps. */
function drawDetection(plot: G, f: Frame, x: d3.ScaleLinear<number, number>, detection: number) {
  const g = layer(plot, 'cs-detection');
  const spans = detection > 0 ? [detection] : [];
  g.selectChildren<SVGRectElement, number>('rect')
    .data(spans)
    .join('rect')
    .attr('x', x(0))
    .attr('width', (d) => Math.max(2, x(d) - x(0)))
    .attr('y', f.top + ROW.barTop)
    .attr('height', ROW.barHeight)
    .attr('rx', 2)
    .attr('fill', color('muted'))
    .attr('fill-opacity', 0.3)
    .attr('stroke', color('muted'))
    .attr('stroke-dasharray', '3 2');
  const y = f.top + ROW.barTop + ROW.barHeight / 2 + 4;
  drawLabels(
    g,
    spans.flatMap((d) => [
      { key: 'label', x: f.left - 6, y, text: 'Detection', anchor: 'end' as const },
      { key: 'time', x: x(d) + 5, y, text: humanDuration(d), size: 10, fill: color('muted') },
    ]),
  );
  g.selectChildren<SVGTitleElement, number>('title')
    .data(spans)
    .join('title')
    .text((d) => `Detection: ${humanDuration(d)} before the plan starts`);
}
