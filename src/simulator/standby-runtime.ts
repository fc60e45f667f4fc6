/**
 * One standby group in a run: its XState actor on the engine's clock, its switch-over draws
 * (one stream per group, `seed:groupId:switchover`, so adding a group reshuffles nothing
 * else) and its trace events. `refresh` tells the machine whether each member works now.
 */
import { createActor, type Actor } from 'xstate';
import type { Engine } from '../core/engine.ts';
import type { StandbyGroup } from '../core/model.ts';
import type { RandomStreams, Uniform } from '../core/random.ts';
import { sampleDuration } from '../core/sampling.ts';
import type { TraceEvent } from '../core/trace.ts';
import {
  servingMember,
  standbyGroupMachine,
  type StandbyContext,
  type StandbyState,
} from '../machines/standby-group.machine.ts';
import { memberLabels, switchoverEvent } from './standby-common.ts';

export interface StandbyHooks {
  readonly record: (event: TraceEvent) => void;
  /** The group changed which member serves outside a refresh (its switch-over ended). */
  readonly changed: () => void;
}

export class StandbyRuntime {
  readonly group: StandbyGroup;
  readonly #engine: Engine;
  readonly #hooks: StandbyHooks;
  readonly #services: readonly string[];
  readonly #labels: readonly [string, string];
  readonly #draws: Uniform;
  readonly #actor: Actor<typeof standbyGroupMachine>;
  #state: StandbyState = 'active';
  #context: StandbyContext;
  /** The switch-over time the next switch takes, drawn when first needed. */
  #next: number | null = null;
  #refreshing = false;

  constructor(
    group: StandbyGroup,
    services: readonly string[],
    engine: Engine,
    streams: RandomStreams,
    hooks: StandbyHooks,
  ) {
    this.group = group;
    this.#engine = engine;
    this.#hooks = hooks;
    this.#services = services;
    this.#labels = memberLabels(group);
    this.#draws = streams.get(group.id, 'switchover');
    this.#actor = createActor(standbyGroupMachine, {
      clock: engine.clock,
      input: { failback: group.failback },
    });
    this.#context = this.#actor.getSnapshot().context;
    this.#actor.subscribe((s) => this.#onSnapshot(s.value, s.context));
    this.#actor.start();
  }

  /** The member serving now (0 or 1), or -1 while switching over or down. */
  get serving(): number {
    return servingMember(this.#state, this.#context);
  }

  /** Tells the machine whether each member works, again until it settles (at most 3 times). */
  refresh(first: boolean, second: boolean): void {
    this.#refreshing = true;
    for (let i = 0; i < 3; i++) {
      const before = this.#state;
      const current = this.#context.current;
      this.#next ??= sampleDuration(this.group.switchover, this.#draws);
      this.#actor.send({ type: 'MEMBERS', first, second, switchover: this.#next });
      if (this.#state === before && this.#context.current === current) break;
    }
    this.#refreshing = false;
  }

  #onSnapshot(state: StandbyState, context: StandbyContext): void {
    const from = this.#state;
    this.#state = state;
    this.#context = context;
    if (state === from) return;
    const event = switchoverEvent(
      from,
      state,
      context,
      this.#labels,
      this.group.id,
      this.#services,
    );
    if (event !== null) this.#hooks.record({ t: this.#engine.now, ...event });
    if (state === 'switching') this.#next = null;
    if (!this.#refreshing) this.#hooks.changed();
  }
}
