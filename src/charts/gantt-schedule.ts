/**
 * When each step of a recovery plan runs, with every step at one end of its duration: a step
 * starts when its last prerequisite finishes (a step without any at the plan's start). Steps
 * are ordered by repeatedly taking those whose prerequisites are all placed, so a cycle never
 * hangs: the steps in it, and those waiting on them, stay unordered. Prerequisites that name
 * no step of the plan are ignored and listed. The critical path is the BIA's (`criticalPath`)
 * over the steps that can be ordered, so the chart and the BIA table always agree.
 *
 * With a simulated run (`GanttRun`: the plan with its teams, one failure at one moment), each
 * step is placed where it ran, the wait for its team before it (the call-out, then a free
 * person), and the critical path is the run's, waits included (analysis/recovery-run.ts).
 */
import { criticalPath } from '../analysis/bia/critical-path.ts';
import { humanDuration } from '../analysis/event-log.ts';
import type { PlanStep, RecoveryPlan } from '../core/model.ts';
import { durationBounds } from '../core/sampling.ts';

export type GanttBound = 'likely' | 'high';

export interface ScheduledStep {
  readonly step: PlanStep;
  /** The step's row: its index in the plan. */
  readonly index: number;
  /** The low, most-likely and high end of its duration, ms. */
  readonly duration: { readonly low: number; readonly likely: number; readonly high: number };
  /** Ms from the plan's start; null when the step cannot be ordered (a cycle). */
  readonly start: number | null;
  /** `start` plus the duration at the chosen bound; null when unordered. */
  readonly end: number | null;
  /** Prerequisites that are steps of the plan (each once), in the order written. */
  readonly after: readonly string[];
  /** Prerequisites that name no step of the plan (ignored). */
  readonly unknown: readonly string[];
  readonly critical: boolean;
  /** In a run: what it waited for before it started; null = it started when ready. */
  readonly wait?: StepWait | null;
}

/** A step's wait for its team in a run, ms from the plan's start. */
export interface StepWait {
  readonly from: number;
  /** The end of the part spent on the team's call-out; null = no call-out. */
  readonly callOutTo: number | null;
  readonly to: number;
  /** The team's name. */
  readonly team: string;
  /** When the team was called out and when it was at work (`02:00`, `02:45`); null without a call-out. */
  readonly calledAt: string | null;
  readonly arrivesAt: string | null;
}

/** A plan as simulated with its teams, for the chart (built in the UI from analysis/bia/plan-run-at.ts). */
export interface GanttRun {
  /** What the chart shows: `Failure at Mon 5 Jan 02:00 (night)`. */
  readonly label: string;
  /** From the failure to the plan's start, ms. */
  readonly detection: number;
  /** Each step that ran, ms from the plan's start. */
  readonly steps: readonly {
    readonly step: string;
    readonly start: number;
    readonly end: number | null;
    readonly wait: StepWait | null;
  }[];
  /** The run's critical path (step ids, first to last) and its length, waits included. */
  readonly critical: readonly string[];
  readonly length: number;
  /** The waits on the critical path: `45 min call-out of Database administrators`. */
  readonly waitsOnPath: readonly {
    readonly kind: 'call-out' | 'waiting';
    readonly team: string;
    readonly ms: number;
  }[];
}

export interface PlanSchedule {
  readonly bound: GanttBound;
  readonly steps: readonly ScheduledStep[];
  /** When the last ordered step finishes, ms from the plan's start. */
  readonly length: number;
  /** The critical path's step ids, first to last. */
  readonly critical: readonly string[];
  /** How many steps cannot be ordered. */
  readonly unordered: number;
  /** The run it was placed by; absent = every step at its bound, started when ready. */
  readonly run?: GanttRun;
}

export const CYCLE_NOTE = 'cannot order: prerequisites form a cycle';

export function schedulePlan(
  plan: RecoveryPlan,
  bound: GanttBound = 'likely',
  run?: GanttRun,
): PlanSchedule {
  const fixed = staticSchedule(plan, bound);
  return run ? placeByRun(fixed, run) : fixed;
}

/** The schedule with each step where it ran, its wait before it, and the run's critical path. */
function placeByRun(schedule: PlanSchedule, run: GanttRun): PlanSchedule {
  const ran = new Map(run.steps.map((s) => [s.step, s]));
  const onPath = new Set(run.critical);
  return {
    ...schedule,
    steps: schedule.steps.map((s) => {
      const r = ran.get(s.step.id);
      if (!r) return { ...s, critical: false, wait: null };
      const end = r.end ?? r.start + s.duration[schedule.bound];
      return { ...s, start: r.start, end, critical: onPath.has(s.step.id), wait: r.wait };
    }),
    length: run.length,
    critical: run.critical,
    run,
  };
}

function staticSchedule(plan: RecoveryPlan, bound: GanttBound): PlanSchedule {
  const first = new Map<string, number>();
  plan.steps.forEach((s, i) => {
    if (!first.has(s.id)) first.set(s.id, i);
  });
  const known = plan.steps.map((s) => [...new Set(s.after.filter((p) => first.has(p)))]);
  const durations = plan.steps.map((s) => durationBounds(s.duration));
  const starts: (number | null)[] = plan.steps.map(() => null);
  const ends: (number | null)[] = plan.steps.map(() => null);
  for (let placed = true; placed;) {
    placed = false;
    plan.steps.forEach((_, i) => {
      if (ends[i] !== null) return;
      const before = (known[i] ?? []).map((p) => ends[first.get(p) ?? -1] ?? null);
      if (before.some((e) => e === null)) return;
      const start = Math.max(0, ...(before as number[]));
      starts[i] = start;
      ends[i] = start + (durations[i]?.[bound] ?? 0);
      placed = true;
    });
  }
  const ordered = plan.steps.filter((_, i) => ends[i] !== null);
  const path =
    ordered.length > 0
      ? criticalPath(
          {
            ...plan,
            steps: ordered.map((s) => ({ ...s, after: s.after.filter((p) => first.has(p)) })),
          },
          bound,
        ).steps
      : [];
  const onPath = new Set(path);
  return {
    bound,
    steps: plan.steps.map((step, index) => ({
      step,
      index,
      duration: durations[index] ?? { low: 0, likely: 0, high: 0 },
      start: starts[index] ?? null,
      end: ends[index] ?? null,
      after: known[index] ?? [],
      unknown: step.after.filter((p) => !first.has(p)),
      critical: onPath.has(step.id) && ends[index] !== null,
    })),
    length: Math.max(0, ...ends.map((e) => e ?? 0)),
    critical: path,
    unordered: plan.steps.length - ordered.length,
  };
}

/**
 * One sentence on the plan against its RTO: "Plan takes 3 h 30 min (likely) against an RTO of
 * 2 h: 1 h 30 min over". With detection, the time to notice the failure counts too.
 */
export function planSummary(
  schedule: PlanSchedule,
  rtoMinutes: number | null,
  detectionMinutes = 0,
): string {
  const { steps, unordered, bound } = schedule;
  if (steps.length === 0) return 'Plan has no steps';
  if (unordered === steps.length) return 'Plan cannot be ordered: its prerequisites form a cycle';
  const plan = humanDuration(schedule.length);
  const run = schedule.run;
  const detection = run ? run.detection : Math.max(0, detectionMinutes) * 60_000;
  const total = detection + schedule.length;
  const waits = run?.waitsOnPath.length
    ? `, ${run.waitsOnPath.map((w) => `${humanDuration(w.ms)} ${w.kind === 'call-out' ? 'call-out of' : 'waiting for'} ${w.team}`).join(' and ')}`
    : '';
  const takes =
    detection > 0
      ? `Detection (${humanDuration(detection)}) and plan (${plan}, ${bound}${waits}) take ${humanDuration(total)}`
      : `Plan takes ${plan} (${bound}${waits})`;
  const when = run ? `${run.label}: ` : '';
  const left =
    unordered > 0
      ? ` (${unordered === 1 ? '1 step' : `${unordered} steps`} left out: prerequisites form a cycle)`
      : '';
  if (rtoMinutes === null) return `${when}${takes}${left}; no RTO set`;
  const rto = rtoMinutes * 60_000;
  const diff = Math.round((total - rto) / 60_000);
  const verdict =
    diff > 0
      ? `${humanDuration(total - rto)} over`
      : diff < 0
        ? `${humanDuration(rto - total)} to spare`
        : 'exactly the RTO';
  return `${when}${takes} against an RTO of ${humanDuration(rto)}: ${verdict}${left}`;
}
