/**
 * One recovery plan as the BIA simulates it with its teams, for the Gantt: its first component
 * fails alone at the worst moment of the first service that needs it, or at night (outside its
 * teams' working hours, plan-runs.ts), under the BIA's conditions (steps and call-outs at the
 * most-likely end, no random failures): the plan's run read off the trace (recovery-run.ts),
 * so that the chart shows what the BIA's run and its replay show.
 */
import { involvedComponents } from '../../core/involved.ts';
import { formatLocal } from '../../core/civil.ts';
import type { Scenario } from '../../core/model.ts';
import { simTime } from '../../core/time.ts';
import { localAt } from '../../core/zone.ts';
import { simulateFast } from '../../simulator/fast/simulate-fast.ts';
import { recoveryRuns, type RecoveryRun } from '../recovery-run.ts';
import { biaConditions } from './conditions.ts';
import { placementsOf } from './placements.ts';
import { nightMoment, teamsOfPlan } from './plan-runs.ts';

export type RunMoment = 'worst' | 'night';

export interface PlanRunAt {
  readonly when: RunMoment;
  /** Simulated time of the failure. */
  readonly t: number;
  /** Scenario-local `YYYY-MM-DDTHH:MM`. */
  readonly at: string;
  readonly component: string;
  readonly run: RecoveryRun;
  /** Every call-out of the run's teams: when called, when at work (simulated time). */
  readonly callOuts: readonly {
    readonly team: string;
    readonly t: number;
    readonly arrives: number;
  }[];
}

/** The moments a plan can be shown at: the worst moment, and night when its teams have hours. */
export function planMoments(scenario: Scenario, planId: string): RunMoment[] {
  const plan = scenario.plans.find((p) => p.id === planId);
  if (!plan || teamsOfPlan(scenario, plan).length === 0) return [];
  return ['worst', 'night'];
}

export function planRunAt(scenario: Scenario, planId: string, when: RunMoment): PlanRunAt | null {
  const plan = scenario.plans.find((p) => p.id === planId);
  const component = scenario.components.find((c) => c.recovery === planId);
  const service = component
    ? scenario.services.find((s) => involvedComponents(scenario, s).includes(component.id))
    : undefined;
  if (!plan || !component || !service) return null;
  const worst = placementsOf(scenario, service).worst.t;
  const t = when === 'worst' ? worst : nightMoment(scenario, teamsOfPlan(scenario, plan), worst);
  if (t === null) return null;
  const trace = simulateFast(
    {
      ...biaConditions(scenario, 'likely'),
      injects: [{ at: simTime(t), action: 'fail', component: component.id }],
    },
    'bia',
    { trace: true },
  ).trace!;
  const run = recoveryRuns(trace.events).find(
    (r) => r.plan === planId && r.component === component.id && r.started >= t,
  );
  if (!run) return null;
  const callOuts = trace.events.flatMap((e) =>
    e.type === 'call-out' && e.t >= t ? [{ team: e.team, t: e.t, arrives: e.arrives }] : [],
  );
  return {
    when,
    t,
    at: formatLocal(localAt(scenario, t)).slice(0, 16),
    component: component.id,
    run,
    callOuts,
  };
}
