/**
 * The timeline's geometry, as pure functions of the model and the view: layout constants, the
 * shared x scale (linear in simulated, elapsed time: the axis labels it in local time, see
 * local-ticks.ts), the vertical position of each track and the plan-step rows in view. Height
 * depends on the model only, so zooming never makes the chart jump.
 */
import * as d3 from 'd3';
import { offsetChanges } from '../core/zone.ts';
import { localStamp } from './local-time.ts';
import type {
  PlanRun,
  StepSpan,
  SwitchoverSpan,
  TimelineModel,
} from '../analysis/timeline-types.ts';

export const TIMELINE_LAYOUT = {
  margin: { top: 28, right: 16, bottom: 8, left: 128 },
  gap: 10,
  serviceHeight: 26,
  outageHeight: 44,
  planRowHeight: 14,
  /** At most this many plan-step rows; the rest are counted in a note. */
  maxPlanRows: 12,
  capacityHeight: 90,
  laneHeight: 16,
  /** A bar gets an in-bar text label when at least this wide (px). */
  labelMinPx: 48,
  /** Element budgets (bins) per track, so a long run stays under ~3,000 SVG elements. */
  budget: { service: 300, agreed: 200, laneTotal: 600, laneMin: 8 },
} as const;

/** Height of the strip above the axis that labels the clock changes (models that have some). */
export const CLOCK_STRIP = 14;

/** Whether the zone's offset changes during the run of `model` (it then keeps the strip). */
export const hasClockChanges = (model: TimelineModel): boolean =>
  offsetChanges(model, 0, model.horizon + 1).length > 0;

export interface TimelineView {
  readonly width: number;
  /** Visible window, simulated ms. */
  readonly from: number;
  readonly to: number;
}

export interface Track {
  readonly y: number;
  readonly height: number;
}

export interface PlanRow {
  readonly key: string;
  readonly run: PlanRun;
  readonly step: StepSpan;
  /** A standby group's switch-over drawn as a row of its own, or null for a plan step. */
  readonly switchover: SwitchoverSpan | null;
  /** The step's wait for its team, drawn apart from its work; absent or null = it did not wait. */
  readonly wait?: WaitBar | null;
}

/** A step waiting for its team, from `from` to `to` (its start, or its run's end if it never got a person). */
export interface WaitBar {
  readonly from: number;
  readonly to: number;
  readonly teamName: string;
  readonly callOut: { readonly at: number; readonly arrives: number } | null;
  /** False when the step never got a person (its plan aborted, or the run ended first). */
  readonly served: boolean;
}

export interface TimelineFrame {
  readonly model: TimelineModel;
  readonly view: TimelineView;
  /** Simulated ms -> x pixel (a d3 scale, for the axis and zoom). */
  readonly x: d3.ScaleLinear<number, number>;
  /** Simulated ms -> x pixel. */
  readonly px: (t: number) => number;
  /**
   * Simulated ms -> local `2026-03-29 00:30`, with the zone's abbreviation when the clocks
   * change inside the view (for titles).
   */
  readonly at: (t: number) => string;
  readonly left: number;
  readonly right: number;
  readonly service: Track;
  readonly outages: Track;
  readonly plans: Track;
  readonly capacity: Track;
  readonly lanes: Track;
  /** Top and bottom of everything below the axis. */
  readonly body: Track;
  readonly height: number;
}

/** The shared x scale: simulated ms of the window -> pixels. */
export function xScale(view: TimelineView): d3.ScaleLinear<number, number> {
  const { left, right } = TIMELINE_LAYOUT.margin;
  return d3
    .scaleLinear()
    .domain([view.from, view.to])
    .range([left, Math.max(left + 1, view.width - right)]);
}

/** Rows reserved for plan steps and switch-overs: one each, capped; fixed for the model. */
export function planRowCount(model: TimelineModel): number {
  const steps = model.planRuns.reduce((n, run) => n + run.steps.length + unserved(run).length, 0);
  return Math.min(TIMELINE_LAYOUT.maxPlanRows, steps + model.switchovers.length);
}

/** A switch-over as a one-step run, so that it draws like a plan step. */
function switchoverRow(s: SwitchoverSpan, k: number): PlanRow {
  const name = `switch-over ${s.from} → ${s.to}`;
  return {
    key: `switchover:${s.group}:${k}`,
    run: {
      component: s.group,
      plan: 'switchover',
      planName: `standby group ${s.group}`,
      incident: k + 1,
      start: s.start,
      end: s.end,
      outcome: s.outcome === 'abandoned' ? 'aborted' : s.outcome,
      steps: [],
    },
    step: {
      step: 'switchover',
      name,
      owner: null,
      start: s.start,
      end: s.outcome === 'running' ? null : s.end,
    },
    switchover: s,
  };
}

/** The run's steps that waited for their team and never got a person. */
const unserved = (run: PlanRun) => run.waits?.filter((w) => w.until === null) ?? [];

/** A plan step's row, with its wait for its team if it had one. */
function stepRows(run: PlanRun): PlanRow[] {
  const key = (step: string) => `${run.component}:${run.incident}:${run.plan}:${step}`;
  const rows: PlanRow[] = run.steps.map((step) => ({
    key: key(step.step),
    run,
    step,
    switchover: null,
    ...(step.wait && {
      wait: {
        from: step.wait.from,
        to: step.start,
        teamName: step.wait.teamName,
        callOut: step.wait.callOut,
        served: true,
      },
    }),
  }));
  for (const w of unserved(run))
    rows.push({
      key: key(w.step),
      run,
      step: { step: w.step, name: w.name, owner: w.team, start: run.end, end: null },
      switchover: null,
      wait: { from: w.from, to: run.end, teamName: w.teamName, callOut: w.callOut, served: false },
    });
  return rows;
}

/** One row per step of each plan run overlapping the view, capped; `hidden` counts the rest. */
export function planRowsInView(
  model: TimelineModel,
  view: Pick<TimelineView, 'from' | 'to'>,
): { rows: PlanRow[]; hidden: number } {
  const steps = model.planRuns
    .filter((run) => run.start < view.to && run.end > view.from)
    .flatMap(stepRows);
  const switchovers = model.switchovers
    .map(switchoverRow)
    .filter(({ run }) => run.start < view.to && run.end > view.from);
  // Switch-overs among the plan steps, by start (stable: plan rows keep their order).
  const all = [...steps, ...switchovers]
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.run.start - b.row.run.start || a.i - b.i)
    .map(({ row }) => row);
  const rows = all.slice(0, planRowCount(model));
  return { rows, hidden: all.length - rows.length };
}

function tracks(model: TimelineModel) {
  const L = TIMELINE_LAYOUT;
  let y = L.margin.top + (hasClockChanges(model) ? CLOCK_STRIP : 0);
  const next = (height: number): Track => {
    const track = { y, height };
    y += height + (height > 0 ? L.gap : 0);
    return track;
  };
  const service = next(L.serviceHeight);
  const outages = next(L.outageHeight);
  const plans = next(planRowCount(model) * L.planRowHeight);
  const capacity = next(L.capacityHeight);
  const lanes = next(model.components.length * L.laneHeight);
  const bottom = y - L.gap;
  return { service, outages, plans, capacity, lanes, bottom };
}

/** The svg's total height for a model. */
export const timelineHeight = (model: TimelineModel): number =>
  tracks(model).bottom + TIMELINE_LAYOUT.margin.bottom;

/** Simulated ms -> pixel for a window [from, to] drawn on [left, right]. */
function linearPx(from: number, to: number, left: number, right: number): (t: number) => number {
  const k = (right - left) / Math.max(1, to - from);
  return (t) => left + (t - from) * k;
}

export function timelineFrame(model: TimelineModel, view: TimelineView): TimelineFrame {
  const x = xScale(view);
  const t = tracks(model);
  const [left, right] = x.range() as [number, number];
  return {
    model,
    view,
    x,
    // The same mapping as x, as plain arithmetic: it runs for every span drawn or binned.
    px: linearPx(view.from, view.to, left, right),
    at: localStamp(model, view.from, view.to),
    left,
    right,
    service: t.service,
    outages: t.outages,
    plans: t.plans,
    capacity: t.capacity,
    lanes: t.lanes,
    body: { y: t.service.y, height: t.bottom - t.service.y },
    height: t.bottom + TIMELINE_LAYOUT.margin.bottom,
  };
}

/** x and width of [start, end) clamped to the plot area (width at least 0.5 px so it shows). */
export function spanX(frame: TimelineFrame, start: number, end: number) {
  const x0 = Math.max(frame.left, Math.min(frame.right, frame.px(start)));
  const x1 = Math.max(frame.left, Math.min(frame.right, frame.px(end)));
  return { x: x0, width: Math.max(0.5, x1 - x0) };
}
