/**
 * The recovery teams of one run, as both paths run them: the actor path gives each team an
 * XState actor (team-runtime.ts), the fast path the machine's pure functions (fast/teams.ts);
 * this desk does the rest the same way for both, so their traces agree byte for byte.
 *
 * A plan step that needs a team asks (`request`): it starts at once, or it waits (`step-waiting`)
 * and, when the team is not at work and no call-out is under way, the team is called out (the
 * delay drawn from the team's own stream, `seed:team:call-out`; `call-out` recorded right after
 * the step's `step-waiting`; the arrival scheduled by the caller). People given to steps are
 * handed over in `flush`, which the run calls at the end of every engine event: first the people
 * who finished a step during the event take the best waiting steps (team order), then every
 * grant of the event reaches its plan, in the order it was made (plan-run TEAM_GRANTED).
 */
import type { Uniform } from '../core/random.ts';
import { sampleDuration } from '../core/sampling.ts';
import type { TraceEvent } from '../core/trace.ts';
import { arrivalOf, needsCallOut, type TeamContext } from '../machines/team.machine.ts';
import { TeamHours, type TeamsOfScenario } from './team-common.ts';

/**
 * One team's machine, an event per method: an actor, or its rules on a context
 * (fast/teams.ts). The keys of the steps given a person are added to `granted`, in order.
 */
export interface TeamCore {
  readonly context: TeamContext;
  /** REQUEST of the request with these fields: true when the step waits. */
  request(
    key: number,
    rank: number,
    order: number,
    seq: number,
    inHours: boolean,
    arrives: number | null,
    granted: number[],
  ): boolean;
  release(inHours: boolean): void;
  withdraw(key: number, inHours: boolean): void;
  dispatch(inHours: boolean, granted: number[]): void;
  arrive(inHours: boolean, granted: number[]): void;
}

/** What a waiting step's trace event names. */
export interface StepLabel {
  readonly plan: string;
  readonly component: string;
  readonly incident: number;
  readonly step: string;
}

export interface DeskHooks {
  readonly now: () => number;
  readonly record: ((e: TraceEvent) => void) | null;
  /** Names the step of a request key (for its trace event). */
  readonly label: (key: number) => StepLabel;
  /** Schedules team `k`'s call-out arrival (then the caller calls `arrive(k)`). */
  readonly scheduleArrival: (k: number, at: number) => void;
  /** The step of `key` gets a person: its plan starts it. */
  readonly grant: (key: number) => void;
}

/** Where the desk's arrays come from (zeroed): new ones, or a fast run's arena (fast/arena.ts). */
export interface DeskArrays {
  u8(length: number): Uint8Array;
  f64(length: number): Float64Array;
}

const NEW_ARRAYS: DeskArrays = {
  u8: (length) => new Uint8Array(length),
  f64: (length) => new Float64Array(length),
};

export class TeamDesk {
  readonly #teams: TeamsOfScenario;
  readonly #cores: readonly TeamCore[];
  readonly #draws: readonly Uniform[];
  readonly #hours: readonly TeamHours[];
  #h: DeskHooks;
  /** Grants made during the current event, handed over in `flush`. */
  readonly #grants: number[] = [];
  readonly #held: Uint8Array;
  #anyHeld = false;
  #seq = 0;
  /** Each component's plan start order (the run's plans counted from 0). */
  readonly #planOrder: Float64Array;
  #plans = 0;

  constructor(
    teams: TeamsOfScenario,
    cores: readonly TeamCore[],
    draws: readonly Uniform[],
    hooks: DeskHooks,
    alloc: DeskArrays = NEW_ARRAYS,
  ) {
    this.#teams = teams;
    this.#cores = cores;
    this.#draws = draws;
    this.#hours = teams.hours.map((h) => new TeamHours(h));
    this.#h = hooks;
    this.#held = alloc.u8(cores.length);
    this.#planOrder = alloc.f64(teams.ranks.length);
  }

  /**
   * Starts afresh for a new run with these hooks (the fast path keeps one desk per compiled
   * scenario): nothing granted, held or counted yet. The cores are reset by their owner; the
   * working hours only remember where the last search ended, which any time may follow.
   */
  restart(hooks: DeskHooks): void {
    this.#h = hooks;
    this.#grants.length = 0;
    this.#held.fill(0);
    this.#anyHeld = false;
    this.#seq = 0;
    this.#planOrder.fill(0);
    this.#plans = 0;
  }

  /** Component `component`'s plan started: its steps queue behind those of plans started before. */
  planStarted(component: number): void {
    this.#planOrder[component] = this.#plans++;
  }

  #inHours(k: number): boolean {
    return this.#hours[k]!.contains(this.#h.now());
  }

  /** Step `key` of component `i`'s plan asks team `k` for a person. */
  request(k: number, key: number, component: number): void {
    const core = this.#cores[k]!;
    const t = this.#h.now();
    const inHours = this.#inHours(k);
    let arrives: number | null = null;
    if (needsCallOut(core.context, inHours)) {
      const delay = sampleDuration(this.#teams.teams[k]!.callOut, this.#draws[k]!);
      arrives = arrivalOf(t, delay, this.#hours[k]!.nextStart(t));
    }
    const rank = this.#teams.ranks[component]!;
    const order = this.#planOrder[component]!;
    const waiting = core.request(key, rank, order, this.#seq++, inHours, arrives, this.#grants);
    if (!waiting) return;
    const team = this.#teams.teams[k]!.id;
    this.#h.record?.({ t, type: 'step-waiting', ...this.#h.label(key), team });
    if (arrives === null) return;
    this.#h.record?.({ t, type: 'call-out', team, arrives });
    this.#h.scheduleArrival(k, arrives);
  }

  /** A step team `k` ran finished: its person takes the next one in `flush`. */
  release(k: number): void {
    this.#cores[k]!.release(this.#inHours(k));
    this.#held[k] = 1;
    this.#anyHeld = true;
  }

  /**
   * The plan of step `key` was aborted while the step waited for team `k`: it leaves the queue,
   * or, if it had been given a person not yet handed over, the person is freed.
   */
  withdraw(k: number, key: number): void {
    const core = this.#cores[k]!;
    if (core.context.queue.some((r) => r.key === key)) {
      core.withdraw(key, this.#inHours(k));
      return;
    }
    const g = this.#grants.indexOf(key);
    if (g >= 0) this.#grants.splice(g, 1);
    this.release(k);
  }

  /** Team `k`'s call-out arrived. */
  arrive(k: number): void {
    this.#cores[k]!.arrive(this.#inHours(k), this.#grants);
  }

  /** Whether anything waits for `flush`. */
  get pending(): boolean {
    return this.#anyHeld || this.#grants.length > 0;
  }

  /** The end of an engine event: held people take waiting steps, then grants reach their plans. */
  flush(): void {
    if (this.#anyHeld) {
      this.#anyHeld = false;
      const held = this.#held;
      for (let k = 0; k < held.length; k++) {
        if (held[k] === 0) continue;
        held[k] = 0;
        this.#cores[k]!.dispatch(this.#inHours(k), this.#grants);
      }
    }
    const grants = this.#grants;
    for (let g = 0; g < grants.length; g++) this.#h.grant(grants[g]!);
    // Emptied by pops: setting length is a runtime call, a pop a few instructions.
    while (grants.length > 0) grants.pop();
  }
}
