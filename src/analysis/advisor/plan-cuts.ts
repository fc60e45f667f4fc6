/**
 * Which steps of a plan to shorten, and by how much, so that its critical path at the high end
 * of the step durations fits a budget. Steps are cut longest first along the current critical
 * path; no step is cut below a tenth of its length (a step cannot be cut by more than it
 * lasts); when another chain becomes critical its steps are cut in turn.
 */
import type { DurationDistribution, RecoveryPlan } from '../../core/model.ts';
import { durationBounds } from '../../core/sampling.ts';
import { MS_PER_MINUTE, ms } from '../../core/time.ts';
import { criticalPath } from '../bia/critical-path.ts';

/** The least a step can be cut to, as a share of its length. */
export const FLOOR = 0.1;

/** The same distribution with every value multiplied by `factor` (whole minutes, at least 1). */
export function scaleDuration(d: DurationDistribution, factor: number): DurationDistribution {
  const f = (x: number) =>
    ms(Math.max(MS_PER_MINUTE, Math.round((x * factor) / MS_PER_MINUTE) * MS_PER_MINUTE));
  switch (d.type) {
    case 'fixed':
      return { type: 'fixed', value: f(d.value) };
    case 'uniform':
      return { type: 'uniform', min: f(d.min), max: f(d.max) };
    case 'triangular':
      return { type: 'triangular', min: f(d.min), likely: f(d.likely), max: f(d.max) };
  }
}

export interface Cut {
  readonly step: string;
  readonly name: string;
  /** High-end minutes before and after. */
  readonly from: number;
  readonly to: number;
  readonly duration: DurationDistribution;
}

export interface CutPlan {
  readonly cuts: readonly Cut[];
  /** Whether the cuts bring the critical path within the budget. */
  readonly enough: boolean;
  /** High-end critical path (minutes) after the cuts. */
  readonly lengthMinutes: number;
}

const high = (d: DurationDistribution) => durationBounds(d).high;

export function cutsToFit(plan: RecoveryPlan, budgetMs: number): CutPlan {
  const original = new Map(plan.steps.map((s) => [s.id, s]));
  let current = plan;
  const floored = new Set<string>();
  for (let round = 0; round < 4 * plan.steps.length + 4; round++) {
    const path = criticalPath(current, 'high');
    const excess = path.lengthMinutes * MS_PER_MINUTE - budgetMs;
    if (excess <= 0) break;
    const byId = new Map(current.steps.map((s) => [s.id, s]));
    const candidates = path.steps
      .filter((id) => !floored.has(id))
      .sort((a, b) => high(byId.get(b)!.duration) - high(byId.get(a)!.duration));
    const id = candidates[0];
    if (id === undefined) break;
    const base = original.get(id)!;
    const now = high(byId.get(id)!.duration);
    const floor = high(base.duration) * FLOOR;
    // Whole minutes, rounded down, so that rounding never leaves the path a minute too long.
    const target = Math.floor(Math.max(floor, now - excess) / MS_PER_MINUTE) * MS_PER_MINUTE;
    if (target <= floor + 1) floored.add(id);
    const factor = Math.max(FLOOR, target / high(base.duration));
    current = {
      ...current,
      steps: current.steps.map((s) =>
        s.id === id ? { ...s, duration: scaleDuration(base.duration, factor) } : s,
      ),
    };
    if (high(current.steps.find((s) => s.id === id)!.duration) >= now) floored.add(id);
  }
  const cuts = current.steps.flatMap((s) => {
    const base = original.get(s.id)!;
    return s.duration === base.duration
      ? []
      : [
          {
            step: s.id,
            name: s.name,
            from: high(base.duration) / MS_PER_MINUTE,
            to: high(s.duration) / MS_PER_MINUTE,
            duration: s.duration,
          },
        ];
  });
  const lengthMinutes = criticalPath(current, 'high').lengthMinutes;
  return { cuts, enough: lengthMinutes * MS_PER_MINUTE <= budgetMs, lengthMinutes };
}
