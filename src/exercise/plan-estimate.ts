/**
 * The expected restore time of a recovery plan under way, as the team would work it out: from
 * when the plan started, the steps done (and when), the steps under way (since when), and the
 * plan's own step durations for the rest. Never the simulation's draws: a step's true
 * duration is known only once it is done. Each step starts when its prerequisites finish, and
 * nothing still to do starts or ends before `now`. The estimate has the plan's three ends: every
 * remaining step at its low, most-likely and high duration (a range `30m-1h` is low 30 min,
 * likely 45 min, high 1 h; a fixed duration is all three).
 *
 * Waiting for an owner that is no declared team is not in the estimate: such a team is always at
 * work. When plans need declared teams, exercise/team-projection.ts makes the estimate instead,
 * with the teams' people, working hours and call-out.
 */
import type { RecoveryPlan } from '../core/model.ts';
import { durationBounds } from '../core/sampling.ts';

/** Scenario times (ms since the scenario start). */
export interface Estimate {
  readonly low: number;
  readonly likely: number;
  readonly high: number;
}

/** What the team knows of a plan under way at `now`. */
export interface PlanProgress {
  readonly startedAt: number;
  /** Steps done, with when they finished. */
  readonly finished: ReadonlyMap<string, number>;
  /** Steps under way, with when they started. */
  readonly started: ReadonlyMap<string, number>;
  readonly now: number;
}

const BOUNDS = ['low', 'likely', 'high'] as const;

function planEnd(plan: RecoveryPlan, progress: PlanProgress, bound: (typeof BOUNDS)[number]) {
  const byId = new Map(plan.steps.map((s) => [s.id, s]));
  const finish = new Map<string, number>();
  const now = Math.max(progress.now, progress.startedAt);
  const finishOf = (id: string, visiting: ReadonlySet<string>): number => {
    const known = progress.finished.get(id) ?? finish.get(id);
    if (known !== undefined) return known;
    const step = byId.get(id);
    if (step === undefined || visiting.has(id)) return now; // unknown or circular: no wait
    const length = durationBounds(step.duration)[bound];
    const began = progress.started.get(id);
    let end: number;
    if (began !== undefined) end = Math.max(now, began + length);
    else {
      const inner = new Set(visiting).add(id);
      const ready = step.after.reduce((t, p) => Math.max(t, finishOf(p, inner)), now);
      end = ready + length;
    }
    finish.set(id, end);
    return end;
  };
  return plan.steps.reduce((t, s) => Math.max(t, finishOf(s.id, new Set())), progress.startedAt);
}

/** When the plan is expected to have restored its component: at its low, likely and high ends. */
export function planEstimate(plan: RecoveryPlan, progress: PlanProgress): Estimate {
  const [low, likely, high] = BOUNDS.map((b) => planEnd(plan, progress, b)) as [
    number,
    number,
    number,
  ];
  return { low, likely, high };
}
