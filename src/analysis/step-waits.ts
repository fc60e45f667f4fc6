/**
 * The waits of plan steps for their teams, read from a trace: each `step-waiting` with the
 * team's name, the call-out that brought the team in (the one it made, or the one under way
 * when the step joined the queue; null when the team was at work and only busy) and when the
 * step got a person (its `step-started`; null when it never did: its plan was aborted, or the
 * run ended first). The timeline, the event log and the Gantt draw and name waiting from this.
 */
import type { Scenario } from '../core/model.ts';
import type { Trace } from '../core/trace.ts';

export interface CallOutSpan {
  /** When the team was called out. */
  readonly at: number;
  /** When it was at work (the call-out delay, or the start of its hours if sooner). */
  readonly arrives: number;
}

export interface StepWait {
  readonly component: string;
  readonly incident: number;
  readonly plan: string;
  readonly step: string;
  /** The step's name, as the scenario names it. */
  readonly name: string;
  readonly team: string;
  /** The team's name (its id when the scenario does not declare it). */
  readonly teamName: string;
  /** When it began to wait. */
  readonly from: number;
  /** When it got a person (its step started); null = never (aborted, or still waiting at the horizon). */
  readonly until: number | null;
  readonly callOut: CallOutSpan | null;
}

const keyOf = (e: { component: string; incident: number; step: string }): string =>
  `${e.component}#${e.incident}#${e.step}`;

export function stepWaitsOf(
  scenario: Pick<Scenario, 'teams' | 'plans'>,
  trace: Pick<Trace, 'events'>,
): StepWait[] {
  const events = trace.events;
  if (!events.some((e) => e.type === 'step-waiting')) return [];
  const names = new Map((scenario.teams ?? []).map((t) => [t.id, t.name]));
  const plans = new Map(scenario.plans.map((p) => [p.id, p]));
  const stepName = (plan: string, step: string): string =>
    plans.get(plan)?.steps.find((s) => s.id === step)?.name ?? step;
  const callOuts = new Map<string, CallOutSpan[]>();
  for (const e of events)
    if (e.type === 'call-out') {
      const list = callOuts.get(e.team) ?? [];
      callOuts.set(e.team, list);
      list.push({ at: e.t, arrives: e.arrives });
    }
  /** The team's call-out made at `t` or under way then (the latest made at or before `t`). */
  const callOutAt = (team: string, t: number): CallOutSpan | null => {
    let found: CallOutSpan | null = null;
    for (const c of callOuts.get(team) ?? []) {
      if (c.at > t) break;
      found = c.at === t || c.arrives > t ? c : null;
    }
    return found;
  };
  const out: StepWait[] = [];
  const open = new Map<string, number>();
  for (const e of events) {
    if (e.type === 'step-waiting') {
      open.set(keyOf(e), out.length);
      out.push({
        component: e.component,
        incident: e.incident,
        plan: e.plan,
        step: e.step,
        name: stepName(e.plan, e.step),
        team: e.team,
        teamName: names.get(e.team) ?? e.team,
        from: e.t,
        until: null,
        callOut: callOutAt(e.team, e.t),
      });
    } else if (e.type === 'step-started') {
      const k = open.get(keyOf(e));
      if (k === undefined) continue;
      open.delete(keyOf(e));
      out[k] = { ...out[k]!, until: e.t };
    } else if (e.type === 'plan-aborted') {
      for (const [key, k] of open)
        if (out[k]!.component === e.component && out[k]!.incident === e.incident) open.delete(key);
    }
  }
  return out;
}
