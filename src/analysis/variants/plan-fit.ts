/**
 * Whether each recovery plan a service relies on fits its RTO: the slowest detection among
 * the service's components the plan restores, plus the plan's critical path with every step
 * at its likely and at its longest duration. A plan fits when even its longest recovery is
 * within the RTO, is at risk when only its likely one is, and does not fit otherwise.
 * Comparing two scenarios gives the plans that no longer fit (a shorter RTO, slower steps or
 * slower detection move a plan down; agreed hours and capacity do not).
 *
 * A plan done by declared teams with working hours is also simulated at night (its first
 * component fails outside its teams' hours, likely durations and call-outs: bia/plan-run-at.ts):
 * when detection, the call-out and the plan then outlast the RTO, the plan is at risk even if
 * it fits by day, so a variant with more people, a shorter call-out or wider hours can move it
 * up (and one with fewer, down).
 */
import { involvedComponents } from '../../core/involved.ts';
import type { Scenario } from '../../core/model.ts';
import { MS_PER_MINUTE } from '../../core/time.ts';
import { criticalPath } from '../bia/critical-path.ts';
import { planRunAt } from '../bia/plan-run-at.ts';

export interface PlanFit {
  readonly service: string;
  readonly plan: string;
  readonly planName: string;
  readonly rtoMinutes: number;
  /** Detection plus the critical path, steps at their likely / longest durations. */
  readonly likelyMinutes: number;
  readonly longestMinutes: number;
  /** With its teams, failing at night: detection, waits and plan (likely); absent without teams. */
  readonly nightMinutes?: number;
  readonly fit: Fit;
}

export type Fit = 'fits' | 'at-risk' | 'does-not-fit';
const RANK: Record<Fit, number> = { fits: 0, 'at-risk': 1, 'does-not-fit': 2 };

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function planFits(scenario: Scenario): PlanFit[] {
  const out: PlanFit[] = [];
  const components = new Map(scenario.components.map((c) => [c.id, c]));
  for (const service of scenario.services) {
    const detection = new Map<string, number>();
    for (const id of involvedComponents(scenario, service)) {
      const c = components.get(id);
      if (c?.recovery)
        detection.set(c.recovery, Math.max(detection.get(c.recovery) ?? 0, c.detection));
    }
    for (const plan of scenario.plans) {
      const detect = detection.get(plan.id);
      if (detect === undefined) continue;
      const rto = service.objectives.rto / MS_PER_MINUTE;
      const at = (bound: 'likely' | 'high'): number =>
        round(detect / MS_PER_MINUTE + criticalPath(plan, bound).lengthMinutes);
      const likely = at('likely');
      const longest = at('high');
      const night = scenario.teams?.length ? planRunAt(scenario, plan.id, 'night') : null;
      const nightMinutes =
        night && night.run.completed !== null
          ? round((night.run.completed - night.t) / MS_PER_MINUTE)
          : undefined;
      const fit: Fit =
        longest <= rto && (nightMinutes ?? 0) <= rto
          ? 'fits'
          : likely <= rto
            ? 'at-risk'
            : 'does-not-fit';
      out.push({
        service: service.id,
        plan: plan.id,
        planName: plan.name,
        rtoMinutes: round(rto),
        likelyMinutes: likely,
        longestMinutes: longest,
        ...(nightMinutes === undefined ? {} : { nightMinutes }),
        fit,
      });
    }
  }
  return out;
}

export interface FitChange {
  readonly before: PlanFit;
  readonly after: PlanFit;
}

/** Plans of a service whose fit changed from the baseline to the variant, worse or better. */
export function fitChanges(baseline: Scenario, variant: Scenario) {
  const before = new Map(planFits(baseline).map((f) => [`${f.service}/${f.plan}`, f]));
  const worse: FitChange[] = [];
  const better: FitChange[] = [];
  for (const after of planFits(variant)) {
    const was = before.get(`${after.service}/${after.plan}`);
    if (!was) continue;
    if (RANK[after.fit] > RANK[was.fit]) worse.push({ before: was, after });
    if (RANK[after.fit] < RANK[was.fit]) better.push({ before: was, after });
  }
  return { worse, better };
}
