/**
 * The recovery teams of an actor-path run: each team an XState actor of the team machine
 * (machines/team.machine.ts), its call-out arrivals timers on the engine's clock, and the
 * desk (team-desk.ts) that the component runtimes relay their plans' requests to.
 */
import { createActor, type Actor } from 'xstate';
import { Priority, type Engine } from '../core/engine.ts';
import type { RandomStreams } from '../core/random.ts';
import type { TraceEvent } from '../core/trace.ts';
import {
  teamMachine,
  type TeamContext,
  type TeamEvent,
  type TeamRequest,
} from '../machines/team.machine.ts';
import type { TeamsOfScenario } from './team-common.ts';
import { TeamDesk, type StepLabel, type TeamCore } from './team-desk.ts';

/** A team's actor, answering each event with what it granted and whether the step waits. */
class TeamActor implements TeamCore {
  readonly #actor: Actor<typeof teamMachine>;
  #granted: number[] = [];
  #waiting = false;

  constructor(size: number) {
    this.#actor = createActor(teamMachine, { input: { size } });
    this.#actor.on('step.granted', (e) => this.#granted.push(e.key));
    this.#actor.on('step.waiting', () => (this.#waiting = true));
    this.#actor.start();
  }

  get context(): TeamContext {
    return this.#actor.getSnapshot().context;
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
    const request: TeamRequest = { key, rank, order, seq };
    return this.#send({ type: 'REQUEST', request, inHours, arrives }, granted);
  }

  release(inHours: boolean): void {
    this.#send({ type: 'RELEASE', inHours }, []);
  }

  withdraw(key: number, inHours: boolean): void {
    this.#send({ type: 'WITHDRAW', key, inHours }, []);
  }

  dispatch(inHours: boolean, granted: number[]): void {
    this.#send({ type: 'DISPATCH', inHours }, granted);
  }

  arrive(inHours: boolean, granted: number[]): void {
    this.#send({ type: 'ARRIVED', inHours }, granted);
  }

  /** Sends an event; the keys granted go to `granted`; true when a requested step waits. */
  #send(event: TeamEvent, granted: number[]): boolean {
    this.#granted = granted;
    this.#waiting = false;
    this.#actor.send(event);
    return this.#waiting;
  }
}

export interface TeamRuntimeHooks {
  readonly record: (e: TraceEvent) => void;
  readonly label: (key: number) => StepLabel;
  readonly grant: (key: number) => void;
}

/** The desk of an actor-path run, its teams as actors and their arrivals on the engine. */
export function teamRuntime(
  teams: TeamsOfScenario,
  engine: Engine,
  streams: RandomStreams,
  hooks: TeamRuntimeHooks,
): TeamDesk {
  const desk: TeamDesk = new TeamDesk(
    teams,
    teams.teams.map((t) => new TeamActor(t.size)),
    teams.teams.map((t) => streams.get(t.id, 'call-out')),
    {
      now: () => engine.now,
      record: hooks.record,
      label: hooks.label,
      grant: hooks.grant,
      scheduleArrival: (k, at) => engine.at(at, Priority.timer, () => desk.arrive(k)),
    },
  );
  return desk;
}
