/**
 * A recovery plan simulated, not summed: one of the components it restores fails at a
 * service's peak (the BIA's worst placement) and the scenario runs as the BIA runs it (no
 * random failures, no scripted injects, steps and switch-overs fixed at one end of their
 * durations, the day of the failure and long enough after; bia/derive.ts). Detection, waiting
 * for a team and its call-out are in the times: the plan's recovery is from the failure to the
 * plan's completion, its steps start when the simulation started them.
 */
import { formatLocal } from '../../core/civil.ts';
import type { Scenario, Service } from '../../core/model.ts';
import { durationBounds } from '../../core/sampling.ts';
import { MS_PER_MINUTE, ms, simTime } from '../../core/time.ts';
import { localAt } from '../../core/zone.ts';
import { simulateFast } from '../../simulator/fast/simulate-fast.ts';
import { deriveScenario, fixPlans, fixSwitchovers } from '../bia/derive.ts';
import type { Bound } from '../bia/types.ts';

export interface StepRun {
  readonly step: string;
  /** Minutes after the failure: when its prerequisites were done, when it started and finished. */
  readonly readyMinutes: number;
  readonly startMinutes: number;
  readonly finishMinutes: number;
  /** The declared team it waited for; null when it started at once. */
  readonly waitedFor: string | null;
  /** The call-out its waiting caused: when the team was called and when it was at work (local). */
  readonly callOut: { readonly team: string; readonly at: string; readonly arrives: string } | null;
}

export interface RecoveryRun {
  readonly bound: Bound;
  /** Minutes from the failure to the plan's start (detection). */
  readonly detectedMinutes: number;
  /** Minutes from the failure to the plan's completion; null when it did not finish in the run. */
  readonly recoveryMinutes: number | null;
  /** The steps in plan order (those that ran). */
  readonly steps: readonly StepRun[];
  /** The chain of steps that set the plan's end, waiting included: step ids in order. */
  readonly criticalPath: readonly string[];
}

const SEED = 'bia';
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** The scenario's teams with their call-out fixed at `bound`, as the plan steps are. */
function fixTeams(scenario: Scenario, bound: Bound): Scenario {
  if (!scenario.teams?.length) return scenario;
  return {
    ...scenario,
    teams: scenario.teams.map((team) => ({
      ...team,
      callOut: { type: 'fixed', value: ms(durationBounds(team.callOut)[bound]) },
    })),
  };
}

/** Simulates `component` failing at `t` (the service's peak) and follows `plan` restoring it. */
export function recoveryRun(
  scenario: Scenario,
  service: Service,
  plan: string,
  component: string,
  t: number,
  bound: Bound,
): RecoveryRun {
  const derived = deriveScenario(
    fixTeams(scenario, bound),
    fixPlans(scenario.plans, bound),
    t,
    service.objectives.mtpd,
    fixSwitchovers(scenario.services, bound),
  );
  const at = derived.at;
  const trace = simulateFast(derived.scenario, SEED, {
    injects: [{ at: simTime(at), action: 'fail', component }],
    trace: true,
  }).trace!;
  const minutes = (x: number): number => round((x - at) / MS_PER_MINUTE);
  const local = (x: number): string => formatLocal(localAt(derived.scenario, x));
  let incident: number | null = null;
  let started: number | null = null;
  let completed: number | null = null;
  const ready = new Map<string, number>();
  const start = new Map<string, number>();
  const finish = new Map<string, number>();
  const waited = new Map<string, string>();
  const callOuts = new Map<string, StepRun['callOut']>();
  let lastWaiting: string | null = null;
  for (const e of trace.events) {
    if (e.t < at) continue;
    // a call-out is recorded right after the step-waiting that called it
    const caller = lastWaiting;
    lastWaiting = null;
    if (
      e.type === 'plan-started' &&
      incident === null &&
      e.plan === plan &&
      e.component === component
    ) {
      incident = e.incident;
      started = e.t;
      continue;
    }
    if (e.type === 'call-out' && caller !== null) {
      callOuts.set(caller, { team: e.team, at: local(e.t), arrives: local(e.arrives) });
      continue;
    }
    if (!('plan' in e) || e.plan !== plan || e.component !== component || e.incident !== incident)
      continue;
    if (e.type === 'step-waiting') {
      ready.set(e.step, e.t);
      waited.set(e.step, e.team);
      lastWaiting = e.step;
    } else if (e.type === 'step-started') {
      if (!ready.has(e.step)) ready.set(e.step, e.t);
      start.set(e.step, e.t);
    } else if (e.type === 'step-finished') finish.set(e.step, e.t);
    else if (e.type === 'plan-completed' && completed === null) completed = e.t;
    if (completed !== null) break;
  }
  const steps = (scenario.plans.find((p) => p.id === plan)?.steps ?? []).flatMap((s) => {
    const begun = start.get(s.id);
    if (begun === undefined) return [];
    return [
      {
        step: s.id,
        readyMinutes: minutes(ready.get(s.id) ?? begun),
        startMinutes: minutes(begun),
        finishMinutes: minutes(finish.get(s.id) ?? begun),
        waitedFor: waited.get(s.id) ?? null,
        callOut: callOuts.get(s.id) ?? null,
      },
    ];
  });
  return {
    bound,
    detectedMinutes: started === null ? 0 : minutes(started),
    recoveryMinutes: completed === null ? null : minutes(completed),
    steps,
    criticalPath: chainOf(steps, scenario.plans.find((p) => p.id === plan)?.steps ?? []),
  };
}

/**
 * The chain that set the plan's end: from the step that finished last, back through the
 * prerequisite that finished last (the one it waited on), to a step with none.
 */
function chainOf(
  runs: readonly StepRun[],
  steps: readonly { readonly id: string; readonly after: readonly string[] }[],
): string[] {
  const byId = new Map(runs.map((r) => [r.step, r]));
  const after = new Map(steps.map((s) => [s.id, s.after]));
  let last: StepRun | null = null;
  for (const r of runs) if (last === null || r.finishMinutes > last.finishMinutes) last = r;
  const chain: string[] = [];
  for (let r = last; r !== null;) {
    chain.unshift(r.step);
    let before: StepRun | null = null;
    for (const p of after.get(r.step) ?? []) {
      const q = byId.get(p);
      if (q && (before === null || q.finishMinutes > before.finishMinutes)) before = q;
    }
    r = before;
  }
  return chain;
}
