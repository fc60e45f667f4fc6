/**
 * The expected ends of the plans under way when recovery teams do the work, as the team would
 * work them out at the exercise clock: every remaining step at its low, likely or high duration
 * (as plan-estimate.ts), and each declared team's people, hours and call-out (at the same bound
 * of its configured range) shared by the plans that need it, served in the simulation's order
 * (the team machine's own functions: priority, then the plan started first, then request).
 *
 * Read from the run up to `now` only: which steps are done, under way and waiting for their
 * team, and which team was called out when. Never a drawn duration or call-out delay: a
 * call-out under way arrives at the bound of its configured delay (or the team's next working
 * hours, if sooner), and not before `now`.
 */
import type { Scenario } from '../core/model.ts';
import { durationBounds } from '../core/sampling.ts';
import type { TraceEvent } from '../core/trace.ts';
import {
  arrivalOf,
  arrive,
  atWork,
  dispatch,
  enqueue,
  initialTeamContext,
  needsCallOut,
  release,
  request,
  type TeamContext,
} from '../machines/team.machine.ts';
import { TeamHours, teamsOfScenario, type TeamsOfScenario } from '../simulator/team-common.ts';
import type { Estimate } from './plan-estimate.ts';

type Bound = 'low' | 'likely' | 'high';
const BOUNDS: readonly Bound[] = ['low', 'likely', 'high'];
const WAITING = 0;
const QUEUED = 1;
const RUNNING = 2;
const DONE = 3;

/** A plan run under way at `now`, as the trace tells it (times in scenario time). */
interface RunState {
  readonly component: number;
  readonly plan: Scenario['plans'][number];
  /** Its start order among the run's plans (as the simulator queues them). */
  readonly order: number;
  readonly status: Uint8Array;
  /** Per step: when it started (running) or finished (done). */
  readonly at: Float64Array;
  /** Per step: its request order while it waits for its team (-1 otherwise). */
  readonly seq: Float64Array;
}

interface Known {
  readonly runs: readonly RunState[];
  /** Each team's last call-out, scenario time (-Infinity: none). */
  readonly calledOutAt: Float64Array;
}

/** The plans under way at `now` from the events known then (window times + `offset`). */
function knownRuns(
  scenario: Scenario,
  teams: TeamsOfScenario,
  known: readonly TraceEvent[],
  offset: number,
): Known {
  const componentIndex = new Map(scenario.components.map((c, i) => [c.id, i]));
  const teamIndex = new Map(teams.teams.map((t, k) => [t.id, k]));
  const runs = new Map<number, RunState>();
  const calledOutAt = new Float64Array(teams.teams.length).fill(-Infinity);
  let plans = 0;
  let requests = 0;
  for (const e of known) {
    if (e.type === 'call-out') {
      const k = teamIndex.get(e.team);
      if (k !== undefined) calledOutAt[k] = e.t + offset;
      continue;
    }
    if (!('component' in e) || !('plan' in e) || !('incident' in e)) continue;
    const i = componentIndex.get(e.component);
    if (i === undefined) continue;
    if (e.type === 'plan-started') {
      const plan = scenario.plans.find((p) => p.id === e.plan);
      if (plan === undefined) continue;
      const n = plan.steps.length;
      runs.set(i, {
        component: i,
        plan,
        order: plans++,
        status: new Uint8Array(n),
        at: new Float64Array(n),
        seq: new Float64Array(n).fill(-1),
      });
      continue;
    }
    if (e.type === 'plan-completed' || e.type === 'plan-aborted') {
      runs.delete(i);
      continue;
    }
    const run = runs.get(i);
    if (run === undefined || !('step' in e)) continue;
    const k = run.plan.steps.findIndex((s) => s.id === e.step);
    if (k < 0) continue;
    if (e.type === 'step-waiting') {
      run.status[k] = QUEUED;
      run.seq[k] = requests++;
    } else if (e.type === 'step-started') {
      run.status[k] = RUNNING;
      run.at[k] = e.t + offset;
    } else if (e.type === 'step-finished') {
      run.status[k] = DONE;
      run.at[k] = e.t + offset;
    }
  }
  return { runs: [...runs.values()], calledOutAt };
}

/** One bound's projection: each run's expected end, by component index. */
function project(
  teams: TeamsOfScenario,
  known: Known,
  now: number,
  bound: Bound,
): Map<number, number> {
  const hours = teams.hours.map((h) => new TeamHours(h));
  const callOut = teams.teams.map((t) => durationBounds(t.callOut)[bound]);
  const contexts: TeamContext[] = teams.teams.map((t) => initialTeamContext(t.size));
  const ends = new Map<number, number>();
  const byKey = new Map<number, { run: RunState; k: number }>();
  const KEYS = 1024;
  const keyOf = (run: RunState, k: number) => run.component * KEYS + k;
  const teamOf = (run: RunState, k: number) => teams.stepTeams[run.component]?.[k] ?? -1;
  const length = (run: RunState, k: number) =>
    Math.max(0, durationBounds(run.plan.steps[k]!.duration)[bound]);
  // Pending moments: a step's end, or a team's call-out arrival; in time, then in order made.
  const agenda: { t: number; n: number; end?: { run: RunState; k: number }; team?: number }[] = [];
  let made = 0;
  const finishAt = (run: RunState, k: number, t: number) => {
    run.status[k] = RUNNING;
    agenda.push({ t, n: made++, end: { run, k } });
  };
  const start = (key: number, t: number) => {
    const { run, k } = byKey.get(key)!;
    finishAt(run, k, t + length(run, k));
  };

  // The state at `now`: people on running steps, waiting steps in their queues, call-outs.
  let seq = 0;
  for (const run of known.runs) {
    run.plan.steps.forEach((_, k) => {
      byKey.set(keyOf(run, k), { run, k });
      const team = teamOf(run, k);
      if (run.status[k] === RUNNING) {
        finishAt(run, k, Math.max(now, run.at[k]! + length(run, k)));
        if (team >= 0)
          contexts[team] = { ...contexts[team]!, running: contexts[team]!.running + 1 };
      } else if (run.status[k] === QUEUED && team >= 0) {
        const c = contexts[team]!;
        const r = {
          key: keyOf(run, k),
          rank: teams.ranks[run.component]!,
          order: run.order,
          seq: run.seq[k]!,
        };
        contexts[team] = { ...c, queue: enqueue(c.queue, r) };
        seq = Math.max(seq, run.seq[k]! + 1);
      }
    });
  }
  contexts.forEach((c, team) => {
    if (c.queue.length === 0 || atWork(c, hours[team]!.contains(now))) return;
    const t = known.calledOutAt[team]!;
    const from = Number.isFinite(t) ? t : now;
    const arrives = Math.max(now, arrivalOf(from, callOut[team]!, hours[team]!.nextStart(from)));
    contexts[team] = { ...c, arrives };
    agenda.push({ t: arrives, n: made++, team });
  });

  /** The plan's ready steps start, or ask their team, in plan order. */
  const advance = (run: RunState, t: number) => {
    const steps = run.plan.steps;
    steps.forEach((s, k) => {
      if (run.status[k] !== WAITING) return;
      const ready = s.after.every((p) => {
        const j = steps.findIndex((x) => x.id === p);
        return j < 0 || run.status[j] === DONE;
      });
      if (!ready) return;
      const team = teamOf(run, k);
      if (team < 0) {
        finishAt(run, k, t + length(run, k));
        return;
      }
      run.status[k] = QUEUED;
      const c = contexts[team]!;
      const inHours = hours[team]!.contains(t);
      const arrives = needsCallOut(c, inHours)
        ? arrivalOf(t, callOut[team]!, hours[team]!.nextStart(t))
        : null;
      const r = { key: keyOf(run, k), rank: teams.ranks[run.component]!, order: run.order, seq };
      seq++;
      const outcome = request(c, r, inHours, arrives);
      contexts[team] = outcome.context;
      if (outcome.waiting && arrives !== null) agenda.push({ t: arrives, n: made++, team });
      for (const g of outcome.granted) start(g, t);
    });
    if (run.status.every((s) => s === DONE)) ends.set(run.component, t);
  };

  for (const run of known.runs) {
    if (run.status.every((s) => s === DONE)) ends.set(run.component, now);
  }
  while (agenda.length > 0) {
    let next = 0;
    for (let j = 1; j < agenda.length; j++) {
      const a = agenda[j]!;
      const b = agenda[next]!;
      if (a.t < b.t || (a.t === b.t && a.n < b.n)) next = j;
    }
    const { t, end, team } = agenda.splice(next, 1)[0]!;
    if (team !== undefined) {
      const outcome = arrive(contexts[team]!, hours[team]!.contains(t));
      contexts[team] = outcome.context;
      for (const g of outcome.granted) start(g, t);
      continue;
    }
    const { run, k } = end!;
    run.status[k] = DONE;
    const held = teamOf(run, k);
    if (held >= 0) contexts[held] = release(contexts[held]!, hours[held]!.contains(t));
    advance(run, t);
    if (held >= 0) {
      const outcome = dispatch(contexts[held]!, hours[held]!.contains(t));
      contexts[held] = outcome.context;
      for (const g of outcome.granted) start(g, t);
    }
  }
  return ends;
}

/**
 * The expected end (low, likely, high) of each plan under way at `now`, by component id, when
 * the scenario declares teams that its plans' steps need; null when none does (each plan's own
 * durations then say it all: plan-estimate.ts).
 */
export function teamProjection(
  scenario: Scenario,
  known: readonly TraceEvent[],
  offset: number,
  now: number,
): Map<string, Estimate> | null {
  const teams = teamsOfScenario(scenario);
  if (teams === null) return null;
  const [low, likely, high] = BOUNDS.map((bound) =>
    project(teams, knownRuns(scenario, teams, known, offset), now, bound),
  ) as [Map<number, number>, Map<number, number>, Map<number, number>];
  const out = new Map<string, Estimate>();
  for (const [i, l] of likely) {
    const lo = low.get(i);
    const hi = high.get(i);
    if (lo === undefined || hi === undefined) continue;
    out.set(scenario.components[i]!.id, { low: lo, likely: l, high: hi });
  }
  return out;
}
