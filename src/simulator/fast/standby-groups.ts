/**
 * A fast run's standby groups: StandbyGroups and StandbyRuntime (simulator/standby-*.ts)
 * without actors. Each group's state is an index into the table derived from the standby
 * group machine, its context the machine's context; the switch-over timer goes on the run's
 * TimerQueue at the moment the actor would schedule it, so ties resolve alike. Members are
 * judged by core `evaluate`, as the actor path judges them.
 */
import type { Uniform } from '../../core/random.ts';
import { sampleDuration } from '../../core/sampling.ts';
import {
  componentsOf,
  standbyGroupsOf,
  type CapacityOf,
  type ServingOf,
} from '../../core/topology.ts';
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

/**
 * What a run's groups work in, made once per compiled scenario and reset by each run (one run
 * at a time uses it, as layout.ts's streams; a new typed array costs ~0.5 µs, arena.ts): the
 * arrays of their states, and what each group's members read when judged (`membersWork`): the
 * components of its members (by index, in flat runs `from[g]` to `from[g + 1]`) and the groups
 * nested in them, with their values as of the group's last MEMBERS event (`capacity`,
 * `innerServing`).
 */
interface Space {
  readonly labels: readonly (readonly [string, string])[];
  readonly state: Uint8Array;
  readonly context: MutableStandbyContext[];
  readonly serving: Int8Array;
  readonly changed: Int32Array;
  readonly listed: Uint8Array;
  readonly timer: Int32Array;
  readonly next: Float64Array;
  readonly settled: Uint8Array;
  readonly from: Int32Array;
  readonly components: Int32Array;
  readonly capacity: Float64Array;
  readonly groupsFrom: Int32Array;
  readonly groups: Int32Array;
  readonly innerServing: Int8Array;
}
const spaces = new WeakMap<CompiledScenario, Space>();
const ACTIVE = table.states.indexOf('active');

/** The space of a compiled scenario's groups, as a run starts: as new arrays would be. */
function spaceOf(c: CompiledScenario): Space {
  let space = spaces.get(c);
  if (space) {
    space.state.fill(ACTIVE);
    c.groups.forEach(({ group }, g) => {
      const context = space!.context[g]!;
      context.failback = group.failback;
      context.current = 0;
      context.switchover = 0;
    });
    space.serving.fill(0);
    space.changed.fill(0);
    space.listed.fill(0);
    space.timer.fill(-1);
    space.next.fill(NaN);
    space.settled.fill(0);
    return space;
  }
  const n = c.groups.length;
  const components: number[] = [];
  const groups: number[] = [];
  const from = [0];
  const groupsFrom = [0];
  for (const { group } of c.groups) {
    for (const member of group.of) {
      for (const id of componentsOf(member)) {
        const i = c.index.get(id);
        // An unknown id reads 0 whatever happens: nothing to watch.
        if (i !== undefined && !components.includes(i, from[from.length - 1])) components.push(i);
      }
      for (const inner of standbyGroupsOf(member)) groups.push(c.groupIndex.get(inner.id) ?? -1);
    }
    from.push(components.length);
    groupsFrom.push(groups.length);
  }
  space = {
    labels: c.groups.map(({ group }) => memberLabels(group)),
    state: new Uint8Array(n).fill(ACTIVE),
    context: c.groups.map(({ group }) => ({ failback: group.failback, current: 0, switchover: 0 })),
    serving: new Int8Array(n),
    changed: new Int32Array(n),
    listed: new Uint8Array(n),
    timer: new Int32Array(n).fill(-1),
    next: new Float64Array(n).fill(NaN),
    settled: new Uint8Array(n),
    from: Int32Array.from(from),
    components: Int32Array.from(components),
    capacity: new Float64Array(components.length),
    groupsFrom: Int32Array.from(groupsFrom),
    groups: Int32Array.from(groups),
    innerServing: new Int8Array(groups.length),
  };
  spaces.set(c, space);
  return space;
}

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
  /**
   * 1 while a group is settled on what its members read (its last MEMBERS event changed
   * nothing, and nothing changed it since): the same reads would change nothing again.
   */
  readonly #settled: Uint8Array;
  readonly #space: Space;
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
    this.#c = c;
    this.#q = queue;
    this.#h = hooks;
    this.#draws = layout.switchoverDraws;
    const space = spaceOf(c);
    this.#space = space;
    this.#labels = space.labels;
    this.#state = space.state;
    this.#context = space.context;
    this.serving = space.serving;
    this.changed = space.changed;
    this.#listed = space.listed;
    this.#timer = space.timer;
    this.#next = space.next;
    this.#settled = space.settled;
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
      // Settled and reading the same values: judging it again would change nothing. (A draw
      // it skips is made at its next MEMBERS event, from its own stream: the same number.)
      if (!this.#readsChanged(g, capacities) && this.#settled[g] === 1) continue;
      const [first, second] = membersWork(groups[g]!.group, this.#capacityOf, this.#servingOf);
      for (let i = 0; i < 3; i++) {
        const before = this.#state[g]!;
        const current = this.#context[g]!.current;
        let next = this.#next[g]!;
        if (Number.isNaN(next)) this.#next[g] = next = this.#draw(g);
        const event: StandbyEvent = { type: 'MEMBERS', first, second, switchover: next };
        this.#send(g, MEMBERS, event);
        if (this.#state[g] === before && this.#context[g]!.current === current) {
          this.#settled[g] = 1;
          break;
        }
      }
    }
    this.#refreshing = false;
  }

  /** Whether group `g`'s members read other values than at its last check (and keeps them). */
  #readsChanged(g: number, capacities: Float64Array): boolean {
    const r = this.#space;
    let changed = false;
    for (let k = r.from[g]!; k < r.from[g + 1]!; k++) {
      const capacity = capacities[r.components[k]!]!;
      if (!Object.is(capacity, r.capacity[k])) {
        r.capacity[k] = capacity;
        changed = true;
      }
    }
    for (let k = r.groupsFrom[g]!; k < r.groupsFrom[g + 1]!; k++) {
      const inner = r.groups[k]!;
      const serving = inner < 0 ? -1 : this.serving[inner]!;
      if (serving !== r.innerServing[k]) {
        r.innerServing[k] = serving;
        changed = true;
      }
    }
    return changed;
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
    this.#settled[g] = 0;
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
