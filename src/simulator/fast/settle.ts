/**
 * What a fast run does after each engine instant (simulate-fast.ts): settle. Capacities and
 * the topologies of the services a change reaches are refreshed, every service is updated
 * (its state and interval at the new demand), and a component whose load passes its capacity
 * is told OVERLOAD, one back under it LOAD_NORMAL; repeated while something changed (at most
 * 16 passes), as the actor path's settle loop does.
 *
 * And the walk over demand breakpoints where a capacity binds (`walk`): where a lowered
 * capacity binds every business day, most breakpoints of the working hours are engine events
 * that settle alone handles (a degraded interval, a load signal). The walk settles them one
 * after the other without the engine loop, and with the loads of only the components that can
 * be overloaded (`#watch`: their loads per unit of demand do not change until a capacity does).
 * Each breakpoint is settled exactly as the engine would settle it; the quiet stretches in
 * between are passed over by quiet-demand.ts as the engine passes them. In a walk, an OVERLOAD
 * is deferred (#deferOverload): most are undone by a LOAD_NORMAL a few hours later, before the
 * overload limit, and the pair then changes nothing but the component's `cause`; only an
 * overload still on when the walk ends is signalled, as of the time it began.
 */
import type { TraceEvent } from '../../core/trace.ts';
import type { TeamDesk } from '../team-desk.ts';
import type { Allocator } from './arena.ts';
import type { CapacityState } from './capacity-state.ts';
import type { Components } from './components.ts';
import { DirectEvent } from './direct-event.ts';
import type { QuietDemand } from './quiet-demand.ts';
import type { ServiceRun } from './service-run.ts';
import type { FastStandbyGroups } from './standby-groups.ts';
import type { TimerQueue } from './timer-queue.ts';
import { componentTable as table } from './transition-table.ts';

const OPERATIONAL = table.states.indexOf('operational');
const DEGRADED = table.states.indexOf('degraded');
const OVERLOADED = table.states.indexOf('overloaded');
const OVERLOAD_EVENT = { type: 'OVERLOAD' } as const;
/** settle()'s load signals, sent thousands of times a run where a capacity binds (direct-event.ts). */
const OVERLOAD = new DirectEvent(table, OVERLOAD_EVENT);
const LOAD_NORMAL_EVENT = { type: 'LOAD_NORMAL' } as const;
const LOAD_NORMAL = new DirectEvent(table, LOAD_NORMAL_EVENT);
/** Per state: whether OVERLOAD changes nothing there (no transition: the signal is a no-op). */
const IGNORES_OVERLOAD = table.states.map((_, s) => table.row(s, OVERLOAD.code) === undefined);
/** settle()'s passes at most. */
const PASSES = 16;
/** Settler's `#watchState`. */
const NONE = 0;
const MAKE = 1;
const READY = 2;

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

/** What the run tells settle, and settle the run. */
export interface SettleHooks {
  /** The simulated time now. */
  t: number;
  /** Something changed since the last settle. */
  dirty: boolean;
  /** Some component's capacity changed since the last settle. */
  componentsChanged: boolean;
}

export class Settler {
  readonly #services: readonly ServiceRun[];
  readonly #components: Components;
  readonly #caps: CapacityState;
  readonly #capacities: Float64Array;
  readonly #groups: FastStandbyGroups | null;
  readonly #teams: TeamDesk | null;
  readonly #hooks: SettleHooks;
  readonly #record: ((e: TraceEvent) => void) | null;
  readonly #servicesOf: readonly Int32Array[];
  readonly #state: Uint8Array;
  readonly #inState: Int32Array;
  readonly #loads: Float64Array;
  /** Which services a change reaches (refreshInvolved). */
  readonly #reached: Uint8Array;
  /** Whether every topology has been evaluated once. */
  #refreshed = false;
  /**
   * The walk's components that can be overloaded (a finite capacity above 0, reached by some
   * service's load), in index order (`#watchCount` of them), the load threshold of each, and
   * per component its terms: from `#termFrom[w]` to `#termFrom[w + 1]`, the service and its
   * load per unit of demand on the component, in service order.
   */
  readonly #watch: Int32Array;
  readonly #limit: Float64Array;
  readonly #termFrom: Int32Array;
  readonly #termService: Int32Array;
  readonly #termShare: Float64Array;
  #watchCount = 0;
  /**
   * The walk's deferred OVERLOADs: per component, when it was signalled (-1: not deferred) and
   * when the first timer it starts would fire; the components in the order they were signalled.
   */
  readonly #deferredSince: Float64Array;
  readonly #deferredTimer: Float64Array;
  readonly #deferred: Int32Array;
  #deferredCount = 0;
  /**
   * NONE: signals from every load (outside a walk, or once a capacity changed in it); MAKE:
   * in a walk, `#watch` to be made when first needed; READY: `#watch` is current.
   */
  #watchState = NONE;

  constructor(
    services: readonly ServiceRun[],
    components: Components,
    caps: CapacityState,
    groups: FastStandbyGroups | null,
    hooks: SettleHooks,
    record: ((e: TraceEvent) => void) | null,
    servicesOf: readonly Int32Array[],
    alloc: Allocator,
  ) {
    const n = components.state.length;
    this.#services = services;
    this.#components = components;
    this.#caps = caps;
    this.#capacities = caps.capacities;
    this.#groups = groups;
    this.#teams = components.teams;
    this.#hooks = hooks;
    this.#record = record;
    this.#servicesOf = servicesOf;
    this.#state = components.state;
    this.#inState = components.inState;
    this.#loads = alloc.f64(n);
    this.#reached = alloc.u8(services.length);
    this.#watch = alloc.i32(n);
    this.#limit = alloc.f64(n);
    this.#termFrom = alloc.i32(n + 1);
    this.#termService = alloc.i32(n * services.length);
    this.#termShare = alloc.f64(n * services.length);
    this.#deferredSince = alloc.f64(n).fill(-1);
    this.#deferredTimer = alloc.f64(n);
    this.#deferred = alloc.i32(n);
  }

  /** Settles the run at `now` while something changed. */
  settle(now: number): void {
    const hooks = this.#hooks;
    const services = this.#services;
    const record = this.#record;
    const capacities = this.#capacities;
    const groups = this.#groups;
    for (let pass = 0; hooks.dirty && pass < PASSES; pass++) {
      hooks.dirty = false;
      if (hooks.componentsChanged) {
        hooks.componentsChanged = false;
        this.#watchState = NONE;
        const changed = this.#caps.refresh();
        if (groups !== null) groups.refresh(capacities);
        const count = this.#refreshed ? changed : -1;
        if (count < 0 || (groups !== null && groups.changedCount > 0))
          for (const s of services)
            s.refreshTopology(capacities, this.#caps.changed, count, groups);
        else if (count > 0) this.#refreshInvolved(count);
        groups?.clearChanged();
        this.#refreshed = true;
      }
      let ratio = 0;
      for (const s of services) {
        s.update(now, record, capacities);
        ratio += s.demand > 0 ? s.demand * s.ratio : 0;
      }
      // Far below every capacity and nothing overloaded: no component needs a signal.
      if (ratio < 1 - 1e-6 && this.#inState[OVERLOADED] === 0 && this.#deferredCount === 0)
        continue;
      if (this.#watchState === NONE) this.#signalAll();
      else {
        if (this.#watchState === MAKE) this.#makeWatch();
        this.#signalWatched();
      }
    }
    const teams = this.#teams;
    if (teams?.pending) teams.flush();
  }

  /** Which services a change reaches: only those involving a changed component are refreshed. */
  #refreshInvolved(count: number): void {
    const services = this.#services;
    const servicesOf = this.#servicesOf;
    const reached = this.#reached;
    const changed = this.#caps.changed;
    for (let k = 0; k < count; k++) {
      const of = servicesOf[changed[k]!]!;
      for (let j = 0; j < of.length; j++) reached[of[j]!] = 1;
    }
    // In service order, as refreshing every service would.
    for (let j = 0; j < services.length; j++)
      if (reached[j] === 1) {
        reached[j] = 0;
        services[j]!.refreshTopology(this.#capacities, changed, count, this.#groups);
      }
  }

  /** The load signals, from every service's load on every component. */
  #signalAll(): void {
    const loads = this.#loads;
    const capacities = this.#capacities;
    const state = this.#state;
    const components = this.#components;
    loads.fill(0);
    for (const s of this.#services) s.addLoads(loads);
    for (let i = 0; i < loads.length; i++) {
      const capacity = capacities[i]!;
      const overloaded =
        Number.isFinite(capacity) && capacity > 0 && loads[i]! > capacity * (1 + 1e-9);
      const st = state[i]!;
      if (overloaded && (st === OPERATIONAL || st === DEGRADED))
        components.signal(i, OVERLOAD, OVERLOAD_EVENT);
      else if (!overloaded && st === OVERLOADED)
        components.signal(i, LOAD_NORMAL, LOAD_NORMAL_EVENT);
    }
  }

  /**
   * #signalAll() for the watched components: the same loads (the same products summed in the
   * same order from 0) and thresholds. The others get no signal there either: their load is 0
   * or their capacity unbounded or 0, so they are not overloaded, and none is `overloaded` (the
   * last settle found each `overloaded` component over its capacity, hence watched). A deferred
   * OVERLOAD counts as signalled.
   */
  #signalWatched(): void {
    const services = this.#services;
    const watch = this.#watch;
    const limit = this.#limit;
    const termFrom = this.#termFrom;
    const termService = this.#termService;
    const termShare = this.#termShare;
    const state = this.#state;
    const since = this.#deferredSince;
    const components = this.#components;
    for (let w = 0; w < this.#watchCount; w++) {
      let load = 0;
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
          this.#signalDeferred();
          components.signal(i, OVERLOAD, OVERLOAD_EVENT);
        }
      } else if (!overloaded && st === OVERLOADED) {
        if (deferred && this.#undoOverload(i)) continue;
        this.#signalDeferred();
        components.signal(i, LOAD_NORMAL, LOAD_NORMAL_EVENT);
      }
    }
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
  #signalDeferred(): void {
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
  #firstDeferredTimer(): number {
    let first = Infinity;
    for (let k = 0; k < this.#deferredCount; k++) {
      const at = this.#deferredTimer[this.#deferred[k]!]!;
      if (at < first) first = at;
    }
    return first;
  }

  /** Makes `#watch` from the services' loads per unit of demand (spread now if not yet). */
  #makeWatch(): void {
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
    this.#watchState = READY;
  }

  /**
   * Settles the demand breakpoints from index `b` on that come before the queue's next time
   * (and the horizon), each instant as the engine would (its breakpoints, then a settle),
   * passing quiet stretches over with `quiet` as the engine does; `budget`: the engine events
   * the run may still process. Stops after a settle that changed a capacity or a serving
   * member, or did not finish, and at the first instant not before the queue's next time
   * (which a load signal may bring forward: an overload limit's timer). Returns the index of
   * the first breakpoint not passed (past `b + budget` only if a quiet stretch went past the
   * budget: the run is then over its ceiling); the caller counts the engine events and reads
   * the queue again. Call with nothing waiting to settle, and without a trace.
   */
  walk(
    breakpoints: Float64Array,
    b: number,
    queued: number,
    horizon: number,
    budget: number,
    queue: TimerQueue,
    quiet: QuietDemand,
  ): number {
    const hooks = this.#hooks;
    const nb = breakpoints.length;
    const start = b;
    // The queue's next time (or the horizon), and the first timer of a deferred OVERLOAD.
    let next = queued < horizon ? queued : horizon;
    let until = next;
    this.#watchState = MAKE;
    while (b < nb) {
      if (this.#inState[OVERLOADED] === 0 && this.#deferredCount === 0 && quiet.quiet()) {
        b = quiet.skip(b, until);
        if (b - start > budget) break;
      }
      const t = b < nb ? breakpoints[b]! : Infinity;
      if (!(t < until)) break;
      // This instant's breakpoints, each an engine event.
      let end = b + 1;
      while (end < nb && breakpoints[end] === t) end++;
      if (end - start > budget) break;
      b = end;
      hooks.t = t;
      hooks.dirty = true;
      const version = queue.version;
      this.settle(t);
      if (hooks.dirty || this.#watchState === NONE) break;
      if (queue.version !== version) {
        const at = queue.peekTime();
        next = at < horizon ? at : horizon;
      }
      const timer = this.#firstDeferredTimer();
      until = timer < next ? timer : next;
    }
    this.#signalDeferred();
    this.#watchState = NONE;
    return b;
  }
}
