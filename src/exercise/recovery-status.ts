/**
 * The recovery as the team would know it at the exercise clock: which plans are under way
 * (since when, how many steps done), each one's expected restore time from the plan's step
 * durations (plan-estimate.ts), and each service's expected restore time: the earliest moment
 * at which, with every plan under way done by its estimate, the service's topology is whole
 * again. Read from the run's trace up to `now` only: nothing the team could not know yet (no
 * step's drawn duration, no restore to come). A switch-over to a restored standby is not in
 * the plans' durations and not in the estimate.
 */
import type { Scenario } from '../core/model.ts';
import { componentsOf, evaluate } from '../core/topology.ts';
import type { Trace } from '../core/trace.ts';
import { planEstimate, type Estimate } from './plan-estimate.ts';

export type { Estimate } from './plan-estimate.ts';

export interface PlanStatus {
  readonly component: string;
  readonly plan: string;
  readonly startedAt: number;
  readonly stepsDone: number;
  readonly steps: number;
  /** The steps under way, by name. */
  readonly current: readonly string[];
  /** When it restored its component; null while it runs. */
  readonly restoredAt: number | null;
  /** The expected restore while it runs; null once it is done. */
  readonly estimate: Estimate | null;
}

export interface ServiceRecovery {
  readonly service: string;
  /** Whether the service is down or degraded at `now` with a component it needs not working. */
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
    let restoredAt: number | null = null;
    let aborted = false;
    for (const e of mine) {
      if (e.type === 'step-started') started.set(e.step, e.t + offset);
      else if (e.type === 'step-finished') {
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
      restoredAt,
      estimate:
        restoredAt === null
          ? planEstimate(plan, { startedAt: run.startedAt, finished, started, now })
          : null,
    });
  }
  const estimates = new Map(plans.flatMap((p) => (p.estimate ? [[p.component, p.estimate]] : [])));
  const services = scenario.services.map((service): ServiceRecovery => {
    const state = serviceState.get(service.id) ?? 'up';
    const down = componentsOf(service.requires).filter((c) => working.get(c) === false);
    // up, or degraded by load alone: no recovery to wait for
    if (state === 'up' || down.length === 0)
      return { service: service.id, disrupted: false, restore: null };
    const at = (bound: (typeof BOUNDS)[number]): number | null => {
      const times = [
        ...new Set(
          down.flatMap((c) => {
            const t = estimates.get(c)?.[bound];
            return t === undefined ? [] : [t];
          }),
        ),
      ].sort((a, b) => a - b);
      for (const t of times) {
        const back = (id: string) =>
          working.get(id) !== false || (estimates.get(id)?.[bound] ?? Infinity) <= t;
        if (evaluate(service.requires, (id) => (back(id) ? 1 : 0)).satisfied) return t;
      }
      return null;
    };
    const [low, likely, high] = BOUNDS.map(at);
    return {
      service: service.id,
      disrupted: true,
      restore: low != null && likely != null && high != null ? { low, likely, high } : null,
    };
  });
  return { plans, services };
}
