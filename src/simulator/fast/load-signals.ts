/**
 * The load signals of a walk over binding breakpoints (settle.ts): the loads of only the
 * components that can be overloaded, and OVERLOADs deferred until something else happens.
 * Where a lowered capacity binds every business day, a run sends thousands of OVERLOADs and
 * LOAD_NORMALs (two of each a day per component, at ~1,000 demand breakpoints a year).
 *
 * The watched components are those with a finite capacity above 0 that some service's load
 * reaches; while no capacity changes, the load of each per unit of each service's demand is
 * fixed, so their loads are a few products, not a spread over every service's topology. An
 * OVERLOAD from `operational` is deferred: most are undone by a LOAD_NORMAL a few hours later,
 * before the overload limit, and the pair then changes nothing but the component's `cause`
 * (no timer started and cancelled, no second settle pass). One still on when anything else is
 * signalled, or when the walk ends, is signalled then as of the time it began, so the timers
 * it starts are queued at the same times and in the same order as the engine's.
 */
import type { Allocator } from './arena.ts';
import type { Components } from './components.ts';
import { DirectEvent } from './direct-event.ts';
import type { ServiceRun } from './service-run.ts';
import { componentTable as table } from './transition-table.ts';

export const OPERATIONAL = table.states.indexOf('operational');
export const DEGRADED = table.states.indexOf('degraded');
export const OVERLOADED = table.states.indexOf('overloaded');
export const OVERLOAD_EVENT = { type: 'OVERLOAD' } as const;
/** settle()'s load signals, sent thousands of times a run where a capacity binds (direct-event.ts). */
export const OVERLOAD = new DirectEvent(table, OVERLOAD_EVENT);
export const LOAD_NORMAL_EVENT = { type: 'LOAD_NORMAL' } as const;
export const LOAD_NORMAL = new DirectEvent(table, LOAD_NORMAL_EVENT);
/** Per state: whether OVERLOAD changes nothing there (no transition: the signal is a no-op). */
const IGNORES_OVERLOAD = table.states.map((_, s) => table.row(s, OVERLOAD.code) === undefined);

/**
 * Whether an OVERLOAD that LOAD_NORMAL undoes back to `operational` can be left out (the
 * machine as the table has it): from `operational`, OVERLOAD only writes constants other than
 * the capacity share and enters `overloaded`; `operational` starts no timer (so leaving and
 * entering it cancels and starts nothing); LOAD_NORMAL from `overloaded` writes nothing.
 */
const DEFERRABLE = ((): boolean => {
  const over = table.row(OPERATIONAL, OVERLOAD.code);
  const normal = table.row(OVERLOADED, LOAD_NORMAL.code);
  const only = over?.length === 1 ? over[0]! : null;
  return (
    table.timers[OPERATIONAL]!.length === 0 &&
    only !== null &&
    only.guard === null &&
    only.target === OVERLOADED &&
    only.constants !== null &&
    only.constants.every(([key]) => key !== 'capacityShare') &&
    normal !== undefined &&
    normal.every((c) => c.updates.length === 0)
  );
})();

/** What the walk tells the signals: the time now, and whether settle must pass again. */
export interface SignalHooks {
  t: number;
  dirty: boolean;
}

export class WatchedLoads {
  readonly #services: readonly ServiceRun[];
  readonly #components: Components;
  readonly #capacities: Float64Array;
  readonly #hooks: SignalHooks;
  readonly #state: Uint8Array;
  /**
   * The components that can be overloaded, in index order (`#watchCount` of them), the load
   * threshold of each, and per component its terms: from `#termFrom[w]` to `#termFrom[w + 1]`,
   * the service and its load per unit of demand on the component, in service order.
   */
  readonly #watch: Int32Array;
  readonly #limit: Float64Array;
  readonly #termFrom: Int32Array;
  readonly #termService: Int32Array;
  readonly #termShare: Float64Array;
  #watchCount = 0;
  /**
   * The deferred OVERLOADs: per component, when it was signalled (-1: not deferred) and when
   * the first timer it starts would fire; the components in the order they were signalled.
   */
  readonly #deferredSince: Float64Array;
  readonly #deferredTimer: Float64Array;
  readonly #deferred: Int32Array;
  #deferredCount = 0;

  constructor(
    services: readonly ServiceRun[],
    components: Components,
    capacities: Float64Array,
    hooks: SignalHooks,
    alloc: Allocator,
  ) {
    const n = components.state.length;
    this.#services = services;
    this.#components = components;
    this.#capacities = capacities;
    this.#hooks = hooks;
    this.#state = components.state;
    this.#watch = alloc.i32(n);
    this.#limit = alloc.f64(n);
    this.#termFrom = alloc.i32(n + 1);
    // A term per slot of a service's topology at most.
    let slots = 0;
    for (const s of services) slots += s.slots;
    this.#termService = alloc.i32(slots);
    this.#termShare = alloc.f64(slots);
    this.#deferredSince = alloc.f64(n).fill(-1);
    this.#deferredTimer = alloc.f64(n);
    this.#deferred = alloc.i32(n);
  }

  /** How many OVERLOADs wait to be signalled. */
  get deferredCount(): number {
    return this.#deferredCount;
  }

  /**
   * Makes the watch list from the services' loads per unit of demand (spread now if not yet):
   * call with the topologies settled, nothing deferred, and every `overloaded` component over
   * its capacity (as a settle leaves them).
   */
  make(): void {
    const services = this.#services;
    const capacities = this.#capacities;
    const n = capacities.length;
    let count = 0;
    let terms = 0;
    for (let i = 0; i < n; i++) {
      const capacity = capacities[i]!;
      if (!(Number.isFinite(capacity) && capacity > 0)) continue;
      const first = terms;
      for (let j = 0; j < services.length; j++) {
        const share = services[j]!.loadShare(i);
        if (share === null) continue;
        this.#termService[terms] = j;
        this.#termShare[terms++] = share;
      }
      if (terms === first) continue;
      this.#watch[count] = i;
      this.#limit[count] = capacity * (1 + 1e-9);
      this.#termFrom[count++] = first;
    }
    this.#termFrom[count] = terms;
    this.#watchCount = count;
  }

  /**
   * settle()'s load signals (its #signalAll) for the watched components: the same loads (the same products summed in the
   * same order from 0) and thresholds. The others get no signal there either: their load is 0
   * or their capacity unbounded or 0, so they are not overloaded, and none is `overloaded` (the
   * last settle found each `overloaded` component over its capacity, hence watched). A deferred
   * OVERLOAD counts as signalled.
   */
  signal(): void {
    const services = this.#services;
    const watch = this.#watch;
    const limit = this.#limit;
    const termFrom = this.#termFrom;
    const termService = this.#termService;
    const termShare = this.#termShare;
    const state = this.#state;
    const since = this.#deferredSince;
    const components = this.#components;
    // One service: each component's one term (0 + x is x).
    const one = services.length === 1 ? services[0]!.demand : NaN;
    for (let w = 0; w < this.#watchCount; w++) {
      let load = 0;
      if (one === one) load = one > 0 ? one * termShare[w]! : 0;
      else
        for (let j = termFrom[w]!; j < termFrom[w + 1]!; j++) {
          const demand = services[termService[j]!]!.demand;
          if (demand > 0) load += demand * termShare[j]!;
        }
      const i = watch[w]!;
      const overloaded = load > limit[w]!;
      const deferred = since[i]! >= 0;
      const st = deferred ? OVERLOADED : state[i]!;
      if (overloaded && (st === OPERATIONAL || st === DEGRADED)) {
        // A signal that would change nothing need not signal the deferred ones first.
        if (IGNORES_OVERLOAD[st]) continue;
        if (DEFERRABLE && st === OPERATIONAL && components.hasPendingFailure(i))
          this.#deferOverload(i);
        else {
          this.signalDeferred();
          components.signal(i, OVERLOAD, OVERLOAD_EVENT);
        }
      } else if (!overloaded && st === OVERLOADED) {
        if (deferred && this.#undoOverload(i)) continue;
        this.signalDeferred();
        components.signal(i, LOAD_NORMAL, LOAD_NORMAL_EVENT);
      }
    }
  }

  /**
   * Whether the one service's `demand` overloads no watched component (signal()'s loads and
   * thresholds, with one service): call with one service, none `overloaded` or deferred.
   */
  fitsOne(demand: number): boolean {
    if (!(demand > 0)) return true;
    const limit = this.#limit;
    const termShare = this.#termShare;
    for (let w = 0; w < this.#watchCount; w++) if (demand * termShare[w]! > limit[w]!) return false;
    return true;
  }

  /**
   * OVERLOAD for component `i`, `operational` with a failure scheduled, deferred: its constants
   * are written now (nothing else reads them before the component changes again), and the
   * walk ends before the first timer that `overloaded` starts would fire.
   */
  #deferOverload(i: number): void {
    const t = this.#hooks.t;
    OVERLOAD.transition(OPERATIONAL, this.#components.context[i]!);
    this.#deferredSince[i] = t;
    this.#deferredTimer[i] = this.#components.firstTimer(i, OVERLOADED, t);
    this.#deferred[this.#deferredCount++] = i;
  }

  /**
   * LOAD_NORMAL for component `i`, whose OVERLOAD was deferred: when it goes back to
   * `operational` (LOAD_NORMAL writes nothing), the pair is left out, as it changes nothing
   * else (the timer `overloaded` started would be cancelled before it fired; the component has
   * a failure scheduled, so none is drawn). Else false: nothing done.
   */
  #undoOverload(i: number): boolean {
    if (LOAD_NORMAL.transition(OVERLOADED, this.#components.context[i]!) !== OPERATIONAL)
      return false;
    this.#deferredSince[i] = -1;
    const deferred = this.#deferred;
    let k = 0;
    while (deferred[k] !== i) k++;
    for (; k < this.#deferredCount - 1; k++) deferred[k] = deferred[k + 1]!;
    this.#deferredCount--;
    return true;
  }

  /**
   * Signals the deferred OVERLOADs, each as of the time it was deferred, in the order they
   * were (so their timers are queued in the order the engine would queue them): before any
   * other signal of a walk, and when it ends. Their load changes were settled when deferred.
   */
  signalDeferred(): void {
    const count = this.#deferredCount;
    if (count === 0) return;
    const hooks = this.#hooks;
    const { t, dirty } = hooks;
    const deferred = this.#deferred;
    for (let k = 0; k < count; k++) {
      const i = deferred[k]!;
      hooks.t = this.#deferredSince[i]!;
      this.#deferredSince[i] = -1;
      this.#components.signal(i, OVERLOAD, OVERLOAD_EVENT);
    }
    this.#deferredCount = 0;
    hooks.t = t;
    hooks.dirty = dirty;
  }

  /** The first timer a deferred OVERLOAD would have started (Infinity: none). */
  firstDeferredTimer(): number {
    let first = Infinity;
    for (let k = 0; k < this.#deferredCount; k++) {
      const at = this.#deferredTimer[this.#deferred[k]!]!;
      if (at < first) first = at;
    }
    return first;
  }
}
