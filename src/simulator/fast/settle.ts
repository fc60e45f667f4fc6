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
 * after the other without the engine loop, each exactly as the engine would settle it, with
 * the load signals of load-signals.ts (the loads of only the components that can be
 * overloaded, OVERLOADs deferred); the quiet stretches in between are passed over by
 * quiet-demand.ts as the engine passes them.
 */
import type { TraceEvent } from '../../core/trace.ts';
import type { TeamDesk } from '../team-desk.ts';
import type { Allocator } from './arena.ts';
import type { CapacityState } from './capacity-state.ts';
import type { Components } from './components.ts';
import {
  DEGRADED,
  LOAD_NORMAL,
  LOAD_NORMAL_EVENT,
  OPERATIONAL,
  OVERLOAD,
  OVERLOAD_EVENT,
  OVERLOADED,
  WatchedLoads,
} from './load-signals.ts';
import type { QuietDemand } from './quiet-demand.ts';
import type { ServiceRun } from './service-run.ts';
import type { FastStandbyGroups } from './standby-groups.ts';
import type { TimerQueue } from './timer-queue.ts';

/** settle()'s passes at most. */
const PASSES = 16;
/** Settler's `#watchState`. */
const NONE = 0;
const MAKE = 1;
const READY = 2;

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
  /** The walk's load signals. */
  readonly #watched: WatchedLoads;
  /**
   * NONE: signals from every load (outside a walk, or once a capacity changed in it); MAKE:
   * in a walk, the watch list to be made when first needed; READY: it is current.
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
    const watched = new WatchedLoads(services, components, caps.capacities, hooks, alloc);
    this.#watched = watched;
    this.#fits =
      services.length !== 1
        ? null
        : (demand) => {
            if (this.#watchState === NONE) return false;
            if (this.#watchState === MAKE) {
              watched.make();
              this.#watchState = READY;
            }
            return watched.fitsOne(demand);
          };
  }

  /**
   * For a walk's quiet stretches with one service: whether its demand overloads no component,
   * exactly (the watch list made when first asked; see `#watchState`). Null with more services.
   */
  readonly #fits: ((demand: number) => boolean) | null;

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
      if (ratio < 1 - 1e-6 && this.#inState[OVERLOADED] === 0 && this.#watched.deferredCount === 0)
        continue;
      if (this.#watchState === NONE) this.#signalAll();
      else {
        if (this.#watchState === MAKE) {
          this.#watched.make();
          this.#watchState = READY;
        }
        this.#watched.signal();
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
      if (this.#inState[OVERLOADED] === 0 && this.#watched.deferredCount === 0 && quiet.quiet()) {
        b = quiet.skip(b, until, this.#fits);
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
      const timer = this.#watched.firstDeferredTimer();
      until = timer < next ? timer : next;
    }
    this.#watched.signalDeferred();
    this.#watchState = NONE;
    return b;
  }
}
