/**
 * The components of a fast run: ComponentRuntime (simulator/component-runtime.ts) without
 * actors. Each component's state is an index into the machine-derived transition table and
 * its context is the machine's context; timers, random failures and recovery plans go on the
 * run's TimerQueue in the order the actor path schedules them, so ties resolve alike.
 */
import { stream, type Uniform } from '../../core/random.ts';
import { sampleDuration, sampleTimeToFailure } from '../../core/sampling.ts';
import type { ChangeCause, TraceEvent } from '../../core/trace.ts';
import type { ComponentEvent } from '../../machines/component.machine.ts';
import { dataLossOnFailure } from '../data-loss.ts';
import type { CompiledScenario } from './compiled.ts';
import { PlanRun } from './plan-run.ts';
import type { TimerQueue } from './timer-queue.ts';
import {
  componentTable as table,
  type MutableContext,
  type TableEvent,
} from './transition-table.ts';

export const Kind = { failure: 0, timer: 1, step: 2, inject: 3, injectRestore: 4 } as const;
/** Lower runs first at the same instant (core/engine.ts Priority). */
const EXTERNAL = 0;
const TIMER = 1;
/** Queue args pack a component index with a timer code or a step index. */
export const SUB = 1024;

const OPERATIONAL = table.states.indexOf('operational');
const RECOVERING = table.states.indexOf('recovering');
const RECOVERED = table.code('RECOVERED');
const FAIL = table.code('FAIL');
const RANDOM_FAIL: ComponentEvent = { type: 'FAIL', cause: 'random' };
const MAX_TIMERS = Math.max(1, ...table.timers.map((t) => t.length));

export interface ComponentHooks {
  readonly now: () => number;
  /** Null when no trace is kept: component and plan events are then not built at all. */
  readonly record: ((e: TraceEvent) => void) | null;
  readonly lostData: (component: number, lost: number) => void;
  readonly changed: (capacityChanged: boolean) => void;
}

export class Components {
  readonly state: Uint8Array;
  readonly context: MutableContext[];
  /** How many components are in each state. */
  readonly inState: Int32Array;
  readonly #c: CompiledScenario;
  readonly #q: TimerQueue;
  readonly #h: ComponentHooks;
  readonly #seed: string;
  readonly #failureDraws: Uniform[];
  readonly #planDraws: (Uniform | null)[];
  readonly #pendingFailure: Int32Array;
  readonly #timerIds: Int32Array;
  readonly #plans: (PlanRun | null)[];
  readonly #stepIds: (Int32Array | null)[];
  readonly #incidents: Int32Array;
  readonly #busy: Uint8Array;
  readonly #mailbox: { i: number; code: number; event: TableEvent }[] = [];

  constructor(c: CompiledScenario, queue: TimerQueue, seed: string, hooks: ComponentHooks) {
    const n = c.components.length;
    this.#c = c;
    this.#q = queue;
    this.#h = hooks;
    this.#seed = seed;
    this.state = new Uint8Array(n).fill(c.initialState);
    this.context = c.initialContexts.map((x) => ({ ...x }));
    this.inState = new Int32Array(table.states.length);
    this.inState[c.initialState] = n;
    this.#failureDraws = c.components.map((x) => stream(seed, x.id, 'failure'));
    this.#planDraws = new Array<Uniform | null>(n).fill(null);
    this.#pendingFailure = new Int32Array(n).fill(-1);
    this.#timerIds = new Int32Array(n * MAX_TIMERS).fill(-1);
    this.#plans = new Array<PlanRun | null>(n).fill(null);
    this.#stepIds = new Array<Int32Array | null>(n).fill(null);
    this.#incidents = new Int32Array(n);
    this.#busy = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      this.#enter(i, c.initialState);
      this.#scheduleFailure(i);
    }
  }

  /** Sends an event to a component; one sent while it is handling another waits (as in an actor's mailbox). */
  send(i: number, code: number, event: TableEvent): void {
    if (this.#busy[i] === 1) {
      this.#mailbox.push({ i, code, event });
      return;
    }
    this.#busy[i] = 1;
    this.#process(i, code, event);
    for (let m = this.#mailbox.findIndex((x) => x.i === i); m >= 0;) {
      const next = this.#mailbox.splice(m, 1)[0]!;
      this.#process(i, next.code, next.event);
      m = this.#mailbox.findIndex((x) => x.i === i);
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
      this.send(i, arg % SUB, { type: '' });
    } else this.#stepDone(Math.floor(arg / SUB), arg % SUB);
  }

  #process(i: number, code: number, event: TableEvent): void {
    const context = this.context[i]!;
    const from = this.state[i]!;
    const shareBefore = context.capacityShare;
    const to = table.transition(from, code, context, event);
    if (to < 0) return;
    if (to !== from) {
      for (let k = 0; k < MAX_TIMERS; k++) {
        this.#q.cancel(this.#timerIds[i * MAX_TIMERS + k]!);
        this.#timerIds[i * MAX_TIMERS + k] = -1;
      }
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
    if (to === RECOVERING && from !== RECOVERING) this.#startPlan(i);
    if (from === RECOVERING && to !== RECOVERING) this.#abortPlan(i);
    if (to === OPERATIONAL && this.#pendingFailure[i] === -1) this.#scheduleFailure(i);
    this.#h.changed(share !== shareBefore);
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
    this.#h.lostData(i, lost);
  }

  #scheduleFailure(i: number): void {
    const ttf = sampleTimeToFailure(this.#c.components[i]!.failure, this.#failureDraws[i]!);
    if (!Number.isFinite(ttf)) return;
    const now = this.#h.now();
    this.#pendingFailure[i] = this.#q.push(Math.max(now + ttf, now), EXTERNAL, Kind.failure, i);
  }

  #startPlan(i: number): void {
    const plan = this.#c.plans[i];
    if (!plan) return;
    const incident = ++this.#incidents[i]!;
    const draws = (this.#planDraws[i] ??= stream(
      this.#seed,
      this.#c.components[i]!.id,
      'recovery',
    ));
    const steps = plan.steps.map((s) => ({
      id: s.id,
      owner: s.owner,
      after: s.after,
      duration: sampleDuration(s.duration, draws),
    }));
    const run = new PlanRun(steps);
    this.#plans[i] = run;
    this.#stepIds[i] = new Int32Array(steps.length).fill(-1);
    this.#h.record?.({
      t: this.#h.now(),
      type: 'plan-started',
      plan: plan.id,
      component: this.#c.components[i]!.id,
      incident,
    });
    this.#advance(i, run);
  }

  /** Starts the plan's ready steps, then completes it if every step is done. */
  #advance(i: number, run: PlanRun): void {
    const plan = this.#c.plans[i]!;
    const component = this.#c.components[i]!.id;
    const incident = this.#incidents[i]!;
    const ids = this.#stepIds[i]!;
    for (const k of run.startReady()) {
      const step = run.steps[k]!;
      const now = this.#h.now();
      this.#h.record?.({
        t: now,
        type: 'step-started',
        plan: plan.id,
        component,
        incident,
        step: step.id,
        owner: step.owner,
        duration: step.duration,
      });
      if (Number.isFinite(step.duration))
        ids[k] = this.#q.push(now + Math.max(0, step.duration), TIMER, Kind.step, i * SUB + k);
    }
    if (!run.complete) return;
    this.#plans[i] = null;
    this.#h.record?.({
      t: this.#h.now(),
      type: 'plan-completed',
      plan: plan.id,
      component,
      incident,
    });
    this.send(i, RECOVERED, { type: 'RECOVERED' });
  }

  #stepDone(i: number, k: number): void {
    const run = this.#plans[i];
    if (!run) return;
    run.finish(k);
    const step = run.steps[k]!;
    this.#h.record?.({
      t: this.#h.now(),
      type: 'step-finished',
      plan: this.#c.plans[i]!.id,
      component: this.#c.components[i]!.id,
      incident: this.#incidents[i]!,
      step: step.id,
    });
    this.#advance(i, run);
  }

  #abortPlan(i: number): void {
    const run = this.#plans[i];
    if (!run) return;
    this.#plans[i] = null;
    const ids = this.#stepIds[i]!;
    for (let k = 0; k < run.steps.length; k++) if (run.isRunning(k)) this.#q.cancel(ids[k]!);
    this.#h.record?.({
      t: this.#h.now(),
      type: 'plan-aborted',
      plan: this.#c.plans[i]!.id,
      component: this.#c.components[i]!.id,
      incident: this.#incidents[i]!,
    });
  }
}
