/**
 * What a recovery plan did in one simulated run, read from its trace: when each step was
 * ready, how long it waited for its team (the part spent on the team's call-out, then the part
 * spent waiting for a free person) and when it ran. Its critical path is the chain of what the
 * plan's last step waited for, back to the plan's start: steps' work, and the waits that held
 * them, so that a night failure can be dominated by "call-out of Database administrators".
 *
 * A step that waits records `step-waiting` (it was ready then) and later `step-started`; a
 * `call-out` of its team under way when it became ready (called out at or before that moment,
 * not yet arrived) accounts for its wait until the team arrives. Pure: no simulation here.
 */
import type { TraceEvent } from '../core/trace.ts';
import { MS_PER_MINUTE } from '../core/time.ts';

export interface StepRun {
  readonly step: string;
  /** When its prerequisites were done (it was ready), simulated time. */
  readonly ready: number;
  /** The declared team it waited for; null when it started the moment it was ready. */
  readonly team: string | null;
  /** The part of its wait spent until its team, called out, arrived; null = none. */
  readonly callOut: { readonly from: number; readonly to: number } | null;
  /** When a person of its team took it on. */
  readonly start: number;
  /** When it finished; null when the run ended (or the plan was aborted) first. */
  readonly end: number | null;
}

export interface RecoveryRun {
  readonly plan: string;
  readonly component: string;
  readonly incident: number;
  readonly started: number;
  /** When the plan completed; null when it did not within the run. */
  readonly completed: number | null;
  /** Steps in the order they became ready. */
  readonly steps: readonly StepRun[];
}

export type PathSegment =
  | { readonly kind: 'work'; readonly step: string; readonly from: number; readonly to: number }
  | {
      /** The step waited for its team's call-out (the team was off duty). */
      readonly kind: 'call-out';
      readonly step: string;
      readonly team: string;
      readonly from: number;
      readonly to: number;
    }
  | {
      /** The step waited for a free person of its team (all busy on other steps). */
      readonly kind: 'waiting';
      readonly step: string;
      readonly team: string;
      readonly from: number;
      readonly to: number;
    };

export interface RunPath {
  /** First to last, each from its start to its end (simulated time), none of zero length. */
  readonly segments: readonly PathSegment[];
  /** From the plan's start to its last step's end, ms. */
  readonly length: number;
  /** The longest segment and its share of `length`; null for an empty path. */
  readonly dominant: (PathSegment & { readonly share: number }) | null;
}

type PlanKey = `${string}|${string}|${number}`;
const keyOf = (plan: string, component: string, incident: number): PlanKey =>
  `${plan}|${component}|${incident}`;

/** Every plan run of a trace, in the order the plans started. */
export function recoveryRuns(events: readonly TraceEvent[]): RecoveryRun[] {
  interface Open {
    plan: string;
    component: string;
    incident: number;
    started: number;
    completed: number | null;
    steps: Map<
      string,
      { ready: number; team: string | null; start: number | null; end: number | null }
    >;
  }
  const runs = new Map<PlanKey, Open>();
  const callOuts = new Map<string, { t: number; arrives: number }[]>();
  for (const e of events) {
    switch (e.type) {
      case 'plan-started':
        runs.set(keyOf(e.plan, e.component, e.incident), {
          plan: e.plan,
          component: e.component,
          incident: e.incident,
          started: e.t,
          completed: null,
          steps: new Map(),
        });
        break;
      case 'plan-completed': {
        const run = runs.get(keyOf(e.plan, e.component, e.incident));
        if (run) run.completed = e.t;
        break;
      }
      case 'step-waiting': {
        const run = runs.get(keyOf(e.plan, e.component, e.incident));
        run?.steps.set(e.step, { ready: e.t, team: e.team, start: null, end: null });
        break;
      }
      case 'call-out':
        callOuts.set(e.team, [...(callOuts.get(e.team) ?? []), { t: e.t, arrives: e.arrives }]);
        break;
      case 'step-started': {
        const run = runs.get(keyOf(e.plan, e.component, e.incident));
        if (!run) break;
        const waited = run.steps.get(e.step);
        if (waited && waited.start === null) waited.start = e.t;
        else run.steps.set(e.step, { ready: e.t, team: null, start: e.t, end: null });
        break;
      }
      case 'step-finished': {
        const step = runs.get(keyOf(e.plan, e.component, e.incident))?.steps.get(e.step);
        if (step) step.end = e.t;
        break;
      }
      default:
        break;
    }
  }
  const callOutAt = (team: string, t: number) =>
    (callOuts.get(team) ?? []).findLast((c) => c.t <= t && t < c.arrives) ?? null;
  return [...runs.values()].map((run) => ({
    plan: run.plan,
    component: run.component,
    incident: run.incident,
    started: run.started,
    completed: run.completed,
    steps: [...run.steps]
      .filter(([, s]) => s.start !== null)
      .map(([step, s]) => {
        const call = s.team === null ? null : callOutAt(s.team, s.ready);
        const start = s.start!;
        return {
          step,
          ready: s.ready,
          team: s.team,
          callOut: call ? { from: s.ready, to: Math.min(call.arrives, start) } : null,
          start,
          end: s.end,
        };
      }),
  }));
}

/**
 * The run's critical path: from the step that finished last (the first of those, in the order
 * they became ready), back through the prerequisite that finished last before it was ready,
 * to a step without prerequisites; each step's wait (call-out, then waiting for a person)
 * before its work. `after` gives a step's prerequisites (the plan's definition).
 */
export function runPath(run: RecoveryRun, after: (step: string) => readonly string[]): RunPath {
  const byId = new Map(run.steps.map((s) => [s.step, s]));
  let last: StepRun | null = null;
  for (const s of run.steps) if (s.end !== null && (last === null || s.end > last.end!)) last = s;
  const segments: PathSegment[] = [];
  const seen = new Set<string>();
  for (let s = last; s !== null && !seen.has(s.step);) {
    seen.add(s.step);
    const here: PathSegment[] = [];
    const waitFrom = s.callOut ? s.callOut.to : s.ready;
    if (s.callOut && s.callOut.to > s.callOut.from)
      here.push({ kind: 'call-out', step: s.step, team: s.team!, ...s.callOut });
    if (s.team !== null && s.start > waitFrom)
      here.push({ kind: 'waiting', step: s.step, team: s.team, from: waitFrom, to: s.start });
    here.push({ kind: 'work', step: s.step, from: s.start, to: s.end ?? s.start });
    segments.unshift(...here);
    let before: StepRun | null = null;
    for (const p of after(s.step)) {
      const ps = byId.get(p);
      if (ps?.end != null && ps.end <= s.ready && (before === null || ps.end > before.end!))
        before = ps;
    }
    s = before;
  }
  const kept = segments.filter((g) => g.to > g.from);
  const length = last?.end != null ? last.end - run.started : 0;
  let dominant: RunPath['dominant'] = null;
  for (const g of kept)
    if (dominant === null || g.to - g.from > dominant.to - dominant.from)
      dominant = { ...g, share: length > 0 ? (g.to - g.from) / length : 0 };
  return { segments: kept, length, dominant };
}

/** Names for the words of a path: steps of the plan and teams, by id. */
export interface PathNames {
  readonly step: (id: string) => string;
  readonly team: (id: string) => string;
}

/** `call-out of Database administrators`, `waiting for Database administrators`, or the step's name. */
export function segmentText(g: PathSegment, names: PathNames): string {
  switch (g.kind) {
    case 'call-out':
      return `call-out of ${names.team(g.team)}`;
    case 'waiting':
      return `waiting for ${names.team(g.team)}`;
    case 'work':
      return names.step(g.step);
  }
}

/** Minutes of a segment, rounded to the thousandth as the BIA's figures are. */
export const segmentMinutes = (g: { from: number; to: number }): number =>
  Math.round(((g.to - g.from) / MS_PER_MINUTE) * 1000) / 1000;

/** Total minutes the run's steps waited for `team` (call-out and a free person), by kind. */
export function waitedFor(run: RecoveryRun, team: string): { callOut: number; person: number } {
  let callOut = 0;
  let person = 0;
  for (const s of run.steps) {
    if (s.team !== team) continue;
    const c = s.callOut ? s.callOut.to - s.callOut.from : 0;
    callOut += c;
    person += s.start - s.ready - c;
  }
  return { callOut, person };
}
