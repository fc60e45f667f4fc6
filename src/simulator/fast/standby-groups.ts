/**
 * A fast run's standby groups: StandbyGroups and StandbyRuntime (simulator/standby-*.ts)
 * without actors. Each group's state is an index into the table derived from the standby
 * group machine, its context the machine's context; the switch-over timer goes on the run's
 * TimerQueue at the moment the actor would schedule it, so ties resolve alike. Members are
 * judged by core `evaluate`, as the actor path judges them.
 */
import type { Uniform } from '../../core/random.ts';
import { sampleDuration } from '../../core/sampling.ts';
import type { CapacityOf, ServingOf } from '../../core/topology.ts';
import type { TraceEvent } from '../../core/trace.ts';
import { servingMember, type StandbyEvent } from '../../machines/standby-group.machine.ts';
import { memberLabels, membersWork, switchoverEvent } from '../standby-common.ts';
import type { CompiledScenario } from './compiled.ts';
import { Kind } from './components.ts';
import type { Layout } from './layout.ts';
import type { TimerQueue } from './timer-queue.ts';
import type { GroupServing } from './topology-state.ts';
import {
  standbyTable as table,
  type MutableStandbyContext,
  type TableEvent,
} from './transition-table.ts';

/** Lower runs first at the same instant (core/engine.ts Priority). */
const TIMER = 1;
const MEMBERS = table.code('MEMBERS');
const TIMER_EVENT = { type: '' };

export interface StandbyHooks {
  readonly now: () => number;
  readonly record: ((e: TraceEvent) => void) | null;
  /** A group changed its serving member outside a refresh (its switch-over ended). */
  readonly changed: () => void;
}

export class FastStandbyGroups implements GroupServing {
  readonly serving: Int8Array;
  readonly changed: Int32Array;
  changedCount = 0;
  readonly #c: CompiledScenario;
  readonly #q: TimerQueue;
  readonly #h: StandbyHooks;
  readonly #draws: readonly Uniform[];
  readonly #labels: readonly (readonly [string, string])[];
  readonly #state: Uint8Array;
  readonly #context: MutableStandbyContext[];
  readonly #timer: Int32Array;
  /** The next switch-over time of each group, NaN until drawn. */
  readonly #next: Float64Array;
  readonly #listed: Uint8Array;
  #refreshing = false;
  #capacities: Float64Array | null = null;
  readonly #capacityOf: CapacityOf = (id) => {
    const i = this.#c.index.get(id);
    return i === undefined ? 0 : (this.#capacities?.[i] ?? 0);
  };
  readonly #servingOf: ServingOf = (group) =>
    this.serving[this.#c.groupIndex.get(group.id) ?? -1] ?? -1;

  /** `layout.streams` must be seeded for this run. */
  constructor(c: CompiledScenario, layout: Layout, queue: TimerQueue, hooks: StandbyHooks) {
    const n = c.groups.length;
    this.#c = c;
    this.#q = queue;
    this.#h = hooks;
    this.#draws = layout.switchoverDraws;
    this.#labels = c.groups.map(({ group }) => memberLabels(group));
    const active = table.states.indexOf('active');
    this.#state = new Uint8Array(n).fill(active);
    this.#context = c.groups.map(({ group }) => ({
      failback: group.failback,
      current: 0,
      switchover: 0,
    }));
    this.serving = new Int8Array(n);
    this.changed = new Int32Array(n);
    this.#listed = new Uint8Array(n);
    this.#timer = new Int32Array(n).fill(-1);
    this.#next = new Float64Array(n).fill(NaN);
  }

  get size(): number {
    return this.#state.length;
  }

  /** Tells every group whether its members work with these capacities, inner groups first. */
  refresh(capacities: Float64Array): void {
    this.#capacities = capacities;
    this.#refreshing = true;
    const groups = this.#c.groups;
    for (let g = 0; g < groups.length; g++) {
      const [first, second] = membersWork(groups[g]!.group, this.#capacityOf, this.#servingOf);
      for (let i = 0; i < 3; i++) {
        const before = this.#state[g]!;
        const current = this.#context[g]!.current;
        let next = this.#next[g]!;
        if (Number.isNaN(next)) this.#next[g] = next = this.#draw(g);
        const event: StandbyEvent = { type: 'MEMBERS', first, second, switchover: next };
        this.#send(g, MEMBERS, event);
        if (this.#state[g] === before && this.#context[g]!.current === current) break;
      }
    }
    this.#refreshing = false;
  }

  /** The switch-over timer of group `g` fired. */
  fire(g: number): void {
    this.#timer[g] = -1;
    this.#send(g, table.code('after:switchover'), TIMER_EVENT);
  }

  /** Forgets which groups changed (the topologies have taken them in). */
  clearChanged(): void {
    for (let k = 0; k < this.changedCount; k++) this.#listed[this.changed[k]!] = 0;
    this.changedCount = 0;
  }

  #draw(g: number): number {
    return sampleDuration(this.#c.groups[g]!.group.switchover, this.#draws[g]!);
  }

  #send(g: number, code: number, event: TableEvent | StandbyEvent): void {
    const context = this.#context[g]!;
    const from = this.#state[g]!;
    const to = table.transition(from, code, context, event);
    if (to < 0 || to === from) return;
    this.#q.cancel(this.#timer[g]!);
    this.#timer[g] = -1;
    this.#state[g] = to;
    for (const timer of table.timers[to]!) {
      const delay = timer.delay(context);
      if (!Number.isFinite(delay)) continue;
      const now = this.#h.now();
      this.#timer[g] = this.#q.push(now + Math.max(0, delay), TIMER, Kind.switchover, g);
    }
    const fromName = table.states[from]!;
    const toName = table.states[to]!;
    this.serving[g] = servingMember(toName, context);
    if (this.#listed[g] === 0) {
      this.#listed[g] = 1;
      this.changed[this.changedCount++] = g;
    }
    const record = this.#h.record;
    if (record !== null) {
      const { group, services } = this.#c.groups[g]!;
      const e = switchoverEvent(fromName, toName, context, this.#labels[g]!, group.id, services);
      if (e !== null) record({ t: this.#h.now(), ...e });
    }
    if (toName === 'switching') this.#next[g] = NaN;
    if (!this.#refreshing) this.#h.changed();
  }
}
