/**
 * The components of a fast run: ComponentRuntime (simulator/component-runtime.ts) without
 * actors. Each component's state is an index into the machine-derived transition table and
 * its context is the machine's context; timers, random failures and recovery plans (plans.ts)
 * go on the run's TimerQueue in the order the actor path schedules them, so ties resolve alike.
 */
import type { Uniform } from '../../core/random.ts';
import * as sampling from '../../core/sampling.ts';
import type { ChangeCause, TraceEvent } from '../../core/trace.ts';
import type { ComponentEvent } from '../../machines/component.machine.ts';
import { dataLossOnFailure } from '../data-loss.ts';
import type { Allocator } from './arena.ts';
import type { DirectEvent } from './direct-event.ts';
import type { CompiledScenario } from './compiled.ts';
import type { Layout } from './layout.ts';
import * as planKinds from './plans.ts';
import { Plans } from './plans.ts';
import * as teamKinds from './teams.ts';
import type { TeamDesk } from '../team-desk.ts';
import type { TimerQueue } from './timer-queue.ts';
import {
  componentTable as table,
  type MutableContext,
  type TableEvent,
} from './transition-table.ts';

// Read once: tsx's CommonJS output reads an imported binding through a getter at every use.
const { STEP, SUB } = planKinds;
const { CALL_OUT } = teamKinds;
const { sampleTimeToFailure, sampleTimeToFirstFailure } = sampling;

export const Kind = {
  failure: 0,
  timer: 1,
  step: STEP,
  inject: 3,
  injectRestore: 4,
  /** A standby group's switch-over timer (standby-groups.ts). */
  switchover: 5,
  /** A team's call-out arrival (teams.ts). */
  callOut: CALL_OUT,
} as const;
/** Lower runs first at the same instant (core/engine.ts Priority). */
const EXTERNAL = 0;
const TIMER = 1;
/** Queue args pack a component index with a timer code (or, plans.ts, a step index). */
export { SUB };

const OPERATIONAL = table.states.indexOf('operational');
const RECOVERING = table.states.indexOf('recovering');
const RECOVERED = table.code('RECOVERED');
const FAIL = table.code('FAIL');
const RANDOM_FAIL: ComponentEvent = { type: 'FAIL', cause: 'random' };
const RECOVERED_EVENT: ComponentEvent = { type: 'RECOVERED' };
/** A timer's event: the table gives the machine's own delayed event instead. */
const TIMER_EVENT = { type: '' };
const MAX_TIMERS = Math.max(1, ...table.timers.map((t) => t.length));

export interface ComponentHooks {
  readonly now: () => number;
  /** Null when no trace is kept: component and plan events are then not built at all. */
  readonly record: ((e: TraceEvent) => void) | null;
  readonly lostData: (component: number, t: number, lost: number) => void;
  readonly changed: (component: number, capacityChanged: boolean) => void;
}

export class Components {
  readonly state: Uint8Array;
  readonly context: MutableContext[];
  /** How many components are in each state. */
  readonly inState: Int32Array;
  readonly #c: CompiledScenario;
  readonly #q: TimerQueue;
  readonly #h: ComponentHooks;
  readonly #failureDraws: readonly Uniform[];
  readonly #pendingFailure: Int32Array;
  readonly #timerIds: Int32Array;
  readonly #plans: Plans;
  readonly #busy: Uint8Array;
  readonly #mailbox: { i: number; code: number; event: TableEvent }[] = [];

  /** `layout.streams` must be seeded for this run. */
  constructor(
    c: CompiledScenario,
    layout: Layout,
    queue: TimerQueue,
    alloc: Allocator,
    hooks: ComponentHooks,
  ) {
    const n = c.components.length;
    this.#c = c;
    this.#q = queue;
    this.#h = hooks;
    this.state = alloc.u8(n).fill(c.initialState);
    const context: MutableContext[] = [];
    // A loop, not map(): one closure less per run.
    for (const x of c.initialContexts) context.push({ ...x });
    this.context = context;
    this.inState = alloc.i32(table.states.length);
    this.inState[c.initialState] = n;
    this.#failureDraws = layout.failureDraws;
    this.#pendingFailure = alloc.i32(n).fill(-1);
    this.#timerIds = alloc.i32(n * MAX_TIMERS).fill(-1);
    this.#plans = new Plans(c, layout, queue, alloc, {
      now: hooks.now,
      record: hooks.record,
      completed: (i) => this.send(i, RECOVERED, RECOVERED_EVENT),
    });
    this.#busy = alloc.u8(n);
    for (let i = 0; i < n; i++) {
      this.#enter(i, c.initialState);
      const { failure, ageAtStart } = c.components[i]!;
      this.#scheduleFailure(
        i,
        sampleTimeToFirstFailure(failure, ageAtStart, this.#failureDraws[i]!),
      );
    }
  }

  /** The run's recovery teams (null: no plan step needs a declared one). */
  get teams(): TeamDesk | null {
    return this.#plans.desk;
  }

  /** Sends an event to a component; one sent while it is handling another waits (as in an actor's mailbox). */
  send(i: number, code: number, event: TableEvent): void {
    if (this.#busy[i] === 1) {
      this.#mailbox.push({ i, code, event });
      return;
    }
    this.#busy[i] = 1;
    this.#process(i, code, event);
    this.#drain(i);
  }

  /**
   * send() of an event the run sends often (settle()'s load signals), through its own
   * DirectEvent (direct-event.ts): the same transitions, called from call sites of their own.
   */
  signal(i: number, direct: DirectEvent<MutableContext>, event: TableEvent): void {
    if (this.#busy[i] === 1 || this.#h.record !== null) return this.send(i, direct.code, event);
    const context = this.context[i]!;
    const from = this.state[i]!;
    const shareBefore = context.capacityShare;
    const to = direct.transition(from, context);
    if (to < 0) return;
    if (
      to === from ||
      context.capacityShare !== shareBefore ||
      to === RECOVERING ||
      from === RECOVERING ||
      (to === OPERATIONAL && this.#pendingFailure[i] === -1)
    ) {
      this.#busy[i] = 1;
      this.#moved(i, from, to, shareBefore);
      this.#drain(i);
      return;
    }
    // What #moved() does for a move that keeps the capacity share and touches no plan, and
    // that sends nothing (so the component need not be marked busy): the timers, and a change.
    this.#leave(i);
    this.state[i] = to;
    this.inState[from]!--;
    this.inState[to]!++;
    this.#enter(i, to);
    this.#h.changed(i, false);
  }

  /** Whether component `i` has a random failure scheduled. */
  hasPendingFailure(i: number): boolean {
    return this.#pendingFailure[i] !== -1;
  }

  /** When the first timer that entering `state` at `t` would start fires (Infinity: none), as #enter times it. */
  firstTimer(i: number, state: number, t: number): number {
    const timers = table.timers[state]!;
    let first = Infinity;
    for (let k = 0; k < timers.length; k++) {
      const delay = timers[k]!.delay(this.context[i]!);
      if (!Number.isFinite(delay)) continue;
      const at = t + Math.max(0, delay);
      if (at < first) first = at;
    }
    return first;
  }

  /** Handles what was sent to component `i` while it was busy, then frees it. */
  #drain(i: number): void {
    const mailbox = this.#mailbox;
    for (let m = mailbox.length > 0 ? mailbox.findIndex((x) => x.i === i) : -1; m >= 0;) {
      const next = mailbox.splice(m, 1)[0]!;
      this.#process(i, next.code, next.event);
      m = mailbox.findIndex((x) => x.i === i);
    }
    this.#busy[i] = 0;
  }

  /** A queue entry of kind failure, timer or step fired. */
  fire(kind: number, arg: number): void {
    if (kind === Kind.failure) {
      this.#pendingFailure[arg] = -1;
      this.send(arg, FAIL, RANDOM_FAIL);
    } else if (kind === Kind.timer) {
      const i = Math.floor(arg / SUB);
      this.send(i, arg % SUB, TIMER_EVENT);
    } else this.#plans.stepDone(arg);
  }

  #process(i: number, code: number, event: TableEvent): void {
    const context = this.context[i]!;
    const from = this.state[i]!;
    const shareBefore = context.capacityShare;
    this.#moved(i, from, table.transition(from, code, context, event), shareBefore);
  }

  /** What follows a transition of component `i` from `from` to `to` (-1: none): timers, plans, trace. */
  #moved(i: number, from: number, to: number, shareBefore: number): void {
    if (to < 0) return;
    const context = this.context[i]!;
    if (to !== from) {
      this.#leave(i);
      this.state[i] = to;
      this.inState[from]!--;
      this.inState[to]!++;
      this.#enter(i, to);
    }
    const share = context.capacityShare;
    if (to === from && share === shareBefore) return;
    const t = this.#h.now();
    const component = this.#c.components[i]!;
    this.#h.record?.({
      t,
      type: 'component',
      component: component.id,
      from: table.states[from]!,
      to: table.states[to]!,
      cause: context.cause,
      capacityShare: share,
    });
    if (share === 0 && shareBefore > 0 && context.cause !== 'corruption')
      this.recordDataLoss(i, t, context.cause);
    if (share === 0 && shareBefore > 0) {
      this.#q.cancel(this.#pendingFailure[i]!);
      this.#pendingFailure[i] = -1;
    }
    if (to === RECOVERING && from !== RECOVERING) this.#plans.start(i);
    if (from === RECOVERING && to !== RECOVERING) this.#plans.abort(i);
    if (to === OPERATIONAL && this.#pendingFailure[i] === -1) this.#scheduleFailure(i);
    this.#h.changed(i, share !== shareBefore);
  }

  /** Cancels the timers of the state component `i` leaves. */
  #leave(i: number): void {
    for (let k = i * MAX_TIMERS; k < (i + 1) * MAX_TIMERS; k++) {
      this.#q.cancel(this.#timerIds[k]!);
      this.#timerIds[k] = -1;
    }
  }

  #enter(i: number, state: number): void {
    const timers = table.timers[state]!;
    for (let k = 0; k < timers.length; k++) {
      const delay = timers[k]!.delay(this.context[i]!);
      if (!Number.isFinite(delay)) continue;
      const t = this.#h.now() + Math.max(0, delay);
      this.#timerIds[i * MAX_TIMERS + k] = this.#q.push(
        t,
        TIMER,
        Kind.timer,
        i * SUB + timers[k]!.code,
      );
    }
  }

  /** Data lost when component `i` fails (`cause`) or is corrupted, as a trace event and in the metrics. */
  recordDataLoss(i: number, t: number, cause: ChangeCause): void {
    const component = this.#c.components[i]!;
    const lost = dataLossOnFailure(component, t, cause);
    if (lost === null) return;
    this.#h.record?.({
      t,
      type: 'data-loss',
      component: component.id,
      lost,
      services: this.#c.servicesOf[i]!,
    });
    this.#h.lostData(i, t, lost);
  }

  /** Schedules component `i`'s next random failure, by default a fresh life after a repair. */
  #scheduleFailure(
    i: number,
    ttf: number = sampleTimeToFailure(this.#c.components[i]!.failure, this.#failureDraws[i]!),
  ): void {
    if (!Number.isFinite(ttf)) return;
    const now = this.#h.now();
    this.#pendingFailure[i] = this.#q.push(Math.max(now + ttf, now), EXTERNAL, Kind.failure, i);
  }
}
