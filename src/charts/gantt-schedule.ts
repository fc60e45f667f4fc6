/**
 * When each step of a recovery plan runs, with every step at one end of its duration: a step
 * starts when its last prerequisite finishes (a step without any at the plan's start). Steps
 * are ordered by repeatedly taking those whose prerequisites are all placed, so a cycle never
 * hangs: the steps in it, and those waiting on them, stay unordered. Prerequisites that name
 * no step of the plan are ignored and listed. The critical path is the BIA's (`criticalPath`)
 * over the steps that can be ordered, so the chart and the BIA table always agree.
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
}

export const CYCLE_NOTE = 'cannot order: prerequisites form a cycle';

export function schedulePlan(plan: RecoveryPlan, bound: GanttBound = 'likely'): PlanSchedule {
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
  const detection = Math.max(0, detectionMinutes) * 60_000;
  const total = detection + schedule.length;
  const takes =
    detection > 0
      ? `Detection (${humanDuration(detection)}) and plan (${plan}, ${bound}) take ${humanDuration(total)}`
      : `Plan takes ${plan} (${bound})`;
  const left =
    unordered > 0
      ? ` (${unordered === 1 ? '1 step' : `${unordered} steps`} left out: prerequisites form a cycle)`
      : '';
  if (rtoMinutes === null) return `${takes}${left}; no RTO set`;
  const rto = rtoMinutes * 60_000;
  const diff = Math.round((total - rto) / 60_000);
  const verdict =
    diff > 0
      ? `${humanDuration(total - rto)} over`
      : diff < 0
        ? `${humanDuration(rto - total)} to spare`
        : 'exactly the RTO';
  return `${takes} against an RTO of ${humanDuration(rto)}: ${verdict}${left}`;
}
