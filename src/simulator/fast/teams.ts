/**
 * The recovery teams of a fast run: the team machine's own pure functions on each team's
 * context (no actor), the call-out arrivals on the run's queue, and the desk both paths share
 * (simulator/team-desk.ts), so that the trace is the one the actor path records.
 */
import {
  arriveInPlace,
  dispatchInPlace,
  initialTeamContext,
  mutableTeamContext,
  releaseInPlace,
  requestFieldsInPlace,
  withdrawInPlace,
  type MutableTeamContext,
} from '../../machines/team.machine.ts';
import { TeamDesk, type StepLabel, type TeamCore } from '../team-desk.ts';
import type { TraceEvent } from '../../core/trace.ts';
import type { CompiledScenario } from './compiled.ts';
import type { Layout } from './layout.ts';
import type { TimerQueue } from './timer-queue.ts';

/** Queue kind of a team's call-out arrival (its arg: the team's index). */
export const CALL_OUT = 6;
const TIMER = 1;

/**
 * A team as the machine's context, changed in place by the machine's own rules
 * (team-rules.ts): nothing is allocated per event (the bank's study makes ~140 team events a
 * run).
 */
class TeamState implements TeamCore {
  readonly context: MutableTeamContext;

  constructor(size: number) {
    this.context = mutableTeamContext(initialTeamContext(size));
  }

  /** Back to initialTeamContext(size), in place (for the next run). */
  reset(): void {
    const c = this.context;
    c.running = 0;
    c.held = 0;
    c.queue.length = 0;
    c.arrives = null;
    c.inHours = false;
  }

  request(
    key: number,
    rank: number,
    order: number,
    seq: number,
    inHours: boolean,
    arrives: number | null,
    granted: number[],
  ): boolean {
    return requestFieldsInPlace(this.context, key, rank, order, seq, inHours, arrives, granted);
  }

  release(inHours: boolean): void {
    releaseInPlace(this.context, inHours);
  }

  withdraw(key: number, inHours: boolean): void {
    withdrawInPlace(this.context, key, inHours);
  }

  dispatch(inHours: boolean, granted: number[]): void {
    dispatchInPlace(this.context, inHours, granted);
  }

  arrive(inHours: boolean, granted: number[]): void {
    arriveInPlace(this.context, inHours, granted);
  }
}

export interface FastTeamHooks {
  readonly now: () => number;
  readonly record: ((e: TraceEvent) => void) | null;
  readonly label: (key: number) => StepLabel;
  readonly grant: (key: number) => void;
}

/**
 * Each compiled scenario's desk and teams, made once and restarted by every run (runs are
 * synchronous, so one at a time uses them; saves ~2 kB of objects a bank run).
 */
const kept = new WeakMap<CompiledScenario, { desk: TeamDesk; states: readonly TeamState[] }>();

/** The desk of a fast run (null when no plan step needs a declared team). */
export function fastTeams(
  c: CompiledScenario,
  layout: Layout,
  queue: TimerQueue,
  hooks: FastTeamHooks,
): TeamDesk | null {
  const teams = c.teams;
  if (teams === null) return null;
  const deskHooks = {
    ...hooks,
    scheduleArrival: (k: number, at: number) => void queue.push(at, TIMER, CALL_OUT, k),
  };
  const mine = kept.get(c);
  if (mine === undefined) {
    const states = teams.teams.map((t) => new TeamState(t.size));
    const desk = new TeamDesk(teams, states, layout.callOutDraws, deskHooks);
    kept.set(c, { desk, states });
    return desk;
  }
  for (const state of mine.states) state.reset();
  mine.desk.restart(deskHooks);
  return mine.desk;
}
