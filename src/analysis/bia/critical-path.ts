/**
 * The critical path of a recovery plan with every step at one end of its duration: steps
 * start when all their prerequisites finish, so the plan lasts as long as its longest chain.
 */
import type { RecoveryPlan, Scenario } from '../../core/model.ts';
import { durationBounds } from '../../core/sampling.ts';
import { MS_PER_MINUTE } from '../../core/time.ts';
import { BOUNDS, type Bound, type CriticalPath, type PlanAnalysis } from './types.ts';

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function criticalPath(plan: RecoveryPlan, bound: Bound): CriticalPath {
  const byId = new Map(plan.steps.map((s) => [s.id, s]));
  const finish = new Map<string, number>();
  const via = new Map<string, string | null>();
  const finishOf = (id: string, visiting = new Set<string>()): number => {
    const known = finish.get(id);
    if (known !== undefined) return known;
    const step = byId.get(id);
    if (!step || visiting.has(id)) return 0;
    visiting.add(id);
    let start = 0;
    let before: string | null = null;
    for (const p of step.after) {
      const f = finishOf(p, visiting);
      if (f > start || before === null) {
        start = Math.max(start, f);
        before = byId.has(p) ? p : before;
      }
    }
    const end = start + durationBounds(step.duration)[bound];
    finish.set(id, end);
    via.set(id, before);
    return end;
  };
  let last: string | null = null;
  let length = 0;
  for (const s of plan.steps) {
    const f = finishOf(s.id);
    if (last === null || f > length) {
      length = f;
      last = s.id;
    }
  }
  const steps: string[] = [];
  for (let id = last; id !== null; id = via.get(id) ?? null) steps.unshift(id);
  let dominant: CriticalPath['dominant'] = null;
  for (const id of steps) {
    const d = durationBounds(byId.get(id)!.duration)[bound];
    if (dominant === null || d > dominant.minutes * MS_PER_MINUTE)
      dominant = {
        step: id,
        minutes: round(d / MS_PER_MINUTE),
        share: length > 0 ? round(d / length) : 0,
      };
  }
  return { bound, lengthMinutes: round(length / MS_PER_MINUTE), steps, dominant };
}

export function analysePlans(scenario: Scenario): PlanAnalysis[] {
  return scenario.plans.map((plan) => ({
    plan: plan.id,
    name: plan.name,
    restores: scenario.components.filter((c) => c.recovery === plan.id).map((c) => c.id),
    paths: Object.fromEntries(BOUNDS.map((b) => [b, criticalPath(plan, b)])) as Record<
      Bound,
      CriticalPath
    >,
  }));
}
