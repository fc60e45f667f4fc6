/**
 * The recovery as the team would know it at the exercise clock: which plans are under way
 * (since when, how many steps done, which wait for their team), each one's expected restore time
 * from the plan's step durations (plan-estimate.ts) or, when its steps need declared teams, from
 * the plans under way sharing the teams' people, hours and call-out (team-projection.ts), and
 * each service's expected restore time: the earliest moment
 * at which, with every plan under way done by its estimate and every switch-over that follows
 * done in its configured time, the service's topology is whole again. A standby pair whose
 * restored member must take over service (the member that did not serve last, after both were
 * lost; or, with `failback: return`, the named active coming back) switches over first, as the
 * scenario says it will (standby-projection.ts); a switch-over under way counts from its start.
 * Read from the run's trace up to `now` only: nothing the team could not know yet (no step's
 * or switch-over's drawn duration, no restore to come).
 */
import type { Scenario } from '../core/model.ts';
import { componentsOf, evaluate, standbyGroupsOf } from '../core/topology.ts';
import type { Trace } from '../core/trace.ts';
import { planEstimate, type Estimate } from './plan-estimate.ts';
import { teamProjection } from './team-projection.ts';
import { groupsAtClock, projectRecovery } from './standby-projection.ts';

export type { Estimate } from './plan-estimate.ts';

export interface PlanStatus {
  readonly component: string;
  readonly plan: string;
  readonly startedAt: number;
  readonly stepsDone: number;
  readonly steps: number;
  /** The steps under way, by name. */
  readonly current: readonly string[];
  /** The steps waiting for their team (no one free, or called out), by name, with the team's name. */
  readonly waiting: readonly { readonly step: string; readonly team: string }[];
  /** When it restored its component; null while it runs. */
  readonly restoredAt: number | null;
  /** The expected restore while it runs; null once it is done. */
  readonly estimate: Estimate | null;
}

export interface ServiceRecovery {
  readonly service: string;
  /**
   * Whether the service is down or degraded at `now` with a component it needs not working, or
   * a standby pair it needs switching over.
   */
  readonly disrupted: boolean;
  /** When the plans under way are expected to make it whole again; null when none will. */
  readonly restore: Estimate | null;
}

export interface RecoveryStatus {
  readonly plans: readonly PlanStatus[];
  readonly services: readonly ServiceRecovery[];
}

const BOUNDS = ['low', 'likely', 'high'] as const;

/**
 * The recovery at scenario time `now`, from a run's `trace` in window time (`offset` is the
 * window's start in scenario time); plans started before `since` (scenario time) are left out.
 */
export function recoveryStatus(
  scenario: Scenario,
  trace: Trace,
  offset: number,
  now: number,
  since = -Infinity,
): RecoveryStatus {
  const until = now - offset;
  const known = trace.events.filter((e) => e.t <= until);
  const working = new Map<string, boolean>();
  const runs = new Map<string, { plan: string; incident: number; startedAt: number }>();
  const serviceState = new Map<string, string>();
  for (const e of known) {
    if (e.type === 'component') working.set(e.component, e.capacityShare > 0);
    else if (e.type === 'service') serviceState.set(e.service, e.to);
    else if (e.type === 'plan-started' && e.t + offset >= since)
      runs.set(e.component, { plan: e.plan, incident: e.incident, startedAt: e.t + offset });
  }
  // With declared teams, the plans under way share their people, hours and call-outs.
  const projected = teamProjection(scenario, known, offset, now);
  const plans: PlanStatus[] = [];
  for (const [component, run] of runs) {
    const plan = scenario.plans.find((p) => p.id === run.plan);
    if (plan === undefined) continue;
    const mine = known.filter(
      (e) =>
        'component' in e &&
        e.component === component &&
        'incident' in e &&
        e.incident === run.incident &&
        'plan' in e &&
        e.plan === run.plan,
    );
    const finished = new Map<string, number>();
    const started = new Map<string, number>();
    const waiting = new Map<string, string>();
    let restoredAt: number | null = null;
    let aborted = false;
    for (const e of mine) {
      if (e.type === 'step-waiting') waiting.set(e.step, e.team);
      else if (e.type === 'step-started') {
        waiting.delete(e.step);
        started.set(e.step, e.t + offset);
      } else if (e.type === 'step-finished') {
        started.delete(e.step);
        finished.set(e.step, e.t + offset);
      } else if (e.type === 'plan-completed') restoredAt = e.t + offset;
      else if (e.type === 'plan-aborted') aborted = true;
    }
    if (aborted) continue;
    plans.push({
      component,
      plan: plan.id,
      startedAt: run.startedAt,
      stepsDone: finished.size,
      steps: plan.steps.length,
      current: plan.steps.filter((s) => started.has(s.id)).map((s) => s.name),
      waiting: plan.steps.flatMap((s) => {
        const team = waiting.get(s.id);
        if (team === undefined) return [];
        return [{ step: s.name, team: scenario.teams?.find((t) => t.id === team)?.name ?? team }];
      }),
      restoredAt,
      estimate:
        restoredAt === null
          ? (projected?.get(component) ??
            planEstimate(plan, { startedAt: run.startedAt, finished, started, now }))
          : null,
    });
  }
  const estimates = new Map(plans.flatMap((p) => (p.estimate ? [[p.component, p.estimate]] : [])));
  const groups = groupsAtClock(scenario, known, offset);
  const ahead = BOUNDS.map((bound) =>
    projectRecovery(
      scenario,
      { working, groups, restoreAt: (id) => estimates.get(id)?.[bound] },
      now,
      bound,
    ),
  );
  const services = scenario.services.map((service): ServiceRecovery => {
    const state = serviceState.get(service.id) ?? 'up';
    const components = componentsOf(service.requires);
    const pairs = standbyGroupsOf(service.requires).map((g) => g.id);
    const down = components.filter((c) => working.get(c) === false);
    const switching = pairs.some((g) => groups.get(g)?.switchingSince != null);
    // up, or degraded by load alone: no recovery to wait for
    if (state === 'up' || (down.length === 0 && !switching))
      return { service: service.id, disrupted: false, restore: null };
    // the first moment, at each end, at which something it needs comes back and it is whole
    const [low, likely, high] = ahead.map(
      (checkpoints) =>
        checkpoints.find(
          (c) =>
            (components.some((id) => c.restored.has(id)) || pairs.some((g) => c.switched.has(g))) &&
            evaluate(service.requires, c.capacityOf, c.servingOf).satisfied,
        )?.t ?? null,
    );
    return {
      service: service.id,
      disrupted: true,
      restore: low != null && likely != null && high != null ? { low, likely, high } : null,
    };
  });
  return { plans, services };
}
