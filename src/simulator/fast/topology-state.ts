/**
 * One run's view of a compiled service topology: `evaluate` and `distributeLoad` of
 * core/topology.ts kept current as components change, with no closures, maps or allocation.
 * A change re-evaluates only the changed leaves' ancestors (children first). Loads are spread
 * only when asked for (spreadLoads: settle() asks only when some component could be
 * overloaded): meanwhile each node keeps `bound`, an upper bound of the load-to-capacity
 * ratio its load puts on any component below it, which is all that the overload checks read
 * until then. Each value is computed by the same operations in the same order as the full
 * functions, so the results are the same numbers (the differential test compares whole
 * traces). Nodes are kept evaluated even below an unsatisfied series, where `evaluate` stops:
 * nothing reads them. A standby group's node offers what its serving member offers and passes
 * it all the load; a change of the serving member marks the node stale like a changed leaf.
 */
import { fresh, type Allocator } from './arena.ts';
import type { CompiledTopology } from './compiled-topology.ts';
import * as kinds from './compiled-topology.ts';

// Read once: tsx's CommonJS output reads an imported binding through a getter at every use.
const { COMPONENT, GROUP, SERIES, STANDBY } = kinds;

/** A run's standby groups as a topology reads them (fast/standby-groups.ts). */
export interface GroupServing {
  /** Member serving per group index: 0, 1, or -1 (switching over, or down). */
  readonly serving: Int8Array;
  /** The groups whose serving member changed since the last refresh (the first `changedCount`). */
  readonly changed: Int32Array;
  readonly changedCount: number;
}

const NO_GROUPS: GroupServing = {
  serving: new Int8Array(0),
  changed: new Int32Array(0),
  changedCount: 0,
};

export class TopologyState {
  readonly topology: CompiledTopology;
  readonly satisfied: Uint8Array;
  readonly capacity: Float64Array;
  /**
   * Per node: an upper bound (to rounding) of the load-to-capacity ratio that one unit of the
   * node's load puts on any component below it with a finite capacity (Infinity: unknown; a NaN
   * on the way counts as unknown). 0 for an unsatisfied node, which is given no load.
   * The service's ratio is its root's: kept up by every refresh, where spreading the loads
   * would cost a walk over the changed nodes' children and slots after every change.
   */
  readonly bound: Float64Array;
  /** Load reaching each node per unit of demand (-1: none), as of the last spreadLoads(). */
  readonly load: Float64Array;
  /** Load share of each slot's component per unit of demand, and whether it has one (idem). */
  readonly share: Float64Array;
  readonly reached: Uint8Array;
  /** Nodes to re-evaluate. */
  readonly #stale: Uint8Array;
  /** The stale nodes, as marked (the first `#staleCount`); all of them when `#staleAll`. */
  readonly #staleList: Int32Array;
  #staleCount = 0;
  #staleAll = false;
  /** Whether something changed since the loads were last spread. */
  #loadsStale = true;
  /** How many leaves each slot's component has (its share is the sum of their loads). */
  readonly #leafCount: Float64Array;

  /** Whether loads are spread at all (not when nothing reads them: see the constructor). */
  readonly #spread: boolean;

  /**
   * `spread` false: only satisfaction and capacity are kept; `load`, `share`, `reached` and
   * `bound` stay as they start (for a service whose components all have unbounded capacity,
   * whose loads can never overload anything).
   */
  constructor(topology: CompiledTopology, alloc: Allocator = fresh, spread = true) {
    this.topology = topology;
    this.#spread = spread;
    const n = topology.kind.length;
    const slots = topology.components.length;
    this.satisfied = alloc.u8(n);
    this.capacity = alloc.f64(n);
    this.bound = alloc.f64(n);
    this.load = alloc.f64(n).fill(-1);
    this.share = alloc.f64(slots);
    this.reached = alloc.u8(slots);
    this.#stale = alloc.u8(n);
    this.#staleList = alloc.i32(n);
    this.#leafCount = alloc.f64(slots);
    for (let s = 0; s < slots; s++) this.#leafCount[s] = topology.leaves[s]!.length;
  }

  #groups: GroupServing = NO_GROUPS;

  /**
   * Takes in the new capacities of `count` changed components (listed first in `changed`)
   * and the standby groups whose serving member changed.
   */
  refresh(
    capacities: Float64Array,
    changed: Int32Array,
    count: number,
    groups: GroupServing = NO_GROUPS,
  ): boolean {
    const { slotOf, leaves, parent, standbyNodes } = this.topology;
    this.#groups = groups;
    const stale = this.#stale;
    const staleList = this.#staleList;
    let staleCount = this.#staleCount;
    let any = false;
    for (let k = 0; k < groups.changedCount; k++) {
      const list = standbyNodes[groups.changed[k]!];
      if (list === undefined) continue;
      for (let j = 0; j < list.length; j++) {
        any = true;
        for (let node = list[j]!; node >= 0 && stale[node] === 0; node = parent[node]!) {
          stale[node] = 1;
          staleList[staleCount++] = node;
        }
      }
    }
    for (let k = 0; k < count; k++) {
      const index = changed[k]!;
      const slot = index < slotOf.length ? slotOf[index]! : -1;
      if (slot < 0) continue;
      any = true;
      const list = leaves[slot]!;
      for (let j = 0; j < list.length; j++)
        for (let node = list[j]!; node >= 0 && stale[node] === 0; node = parent[node]!) {
          stale[node] = 1;
          staleList[staleCount++] = node;
        }
    }
    this.#staleCount = staleCount;
    if (any) this.#update(capacities);
    return any;
  }

  /** Evaluates everything (the run's first refresh). */
  refreshAll(capacities: Float64Array, groups: GroupServing = NO_GROUPS): void {
    this.#groups = groups;
    this.#stale.fill(1);
    this.#staleAll = true;
    this.#update(capacities);
  }

  #update(capacities: Float64Array): void {
    const { kind, value, firstChild, childCount, children, slot } = this.topology;
    const { satisfied, capacity, bound } = this;
    const stale = this.#stale;
    const spread = this.#spread;
    // Children before parents: nodes are numbered parents first, so from the highest down.
    const list = this.#staleList;
    const count = this.#staleAll ? kind.length : this.#staleCount;
    if (!this.#staleAll) sortDescending(list, count);
    for (let at = 0; at < count; at++) {
      const node = this.#staleAll ? kind.length - 1 - at : list[at]!;
      stale[node] = 0;
      const k = kind[node]!;
      let ok: number;
      let c = 0;
      // The node's bound (see `bound`), from its children's, which are current.
      let r = 0;
      if (k === COMPONENT) {
        const index = value[node]!;
        c = index < 0 || index >= capacities.length ? 0 : capacities[index]!;
        ok = c > 0 ? 1 : 0;
        c = c > 0 ? c : 0;
        // Its component's share sums the loads of all its leaves: each at most this one's.
        if (spread && ok === 1 && c !== Infinity) r = this.#leafCount[slot[node]!]! / c;
      } else {
        const from = firstChild[node]!;
        const to = from + childCount[node]!;
        if (k === SERIES) {
          c = Infinity;
          ok = 1;
          for (let j = from; j < to && ok === 1; j++) {
            const part = children[j]!;
            if (satisfied[part] === 0) ok = 0;
            else {
              c = Math.min(c, capacity[part]!);
              // Every part carries the whole load.
              const b = bound[part]!;
              if (b > r) r = b;
              else if (b !== b) r = Infinity;
            }
          }
          if (ok === 0) c = r = 0;
        } else if (k === STANDBY) {
          const serving = this.#groups.serving[value[node]!] ?? -1;
          ok = 0;
          if (serving >= 0) {
            const member = children[from + serving]!;
            ok = satisfied[member]!;
            c = ok === 1 ? capacity[member]! : 0;
            // The serving member carries the whole load.
            r = bound[member]!;
          }
        } else {
          let working = 0;
          for (let j = from; j < to; j++) {
            const member = children[j]!;
            if (satisfied[member] === 1) {
              working++;
              c += capacity[member]!;
            }
          }
          // A working member carries (its capacity / the total) of the load; with an unbounded
          // total, an unbounded member at most all of it and the others none.
          ok = working >= value[node]! ? 1 : 0;
          if (ok === 0) c = 0;
          else if (spread)
            for (let j = from; j < to; j++) {
              const member = children[j]!;
              if (satisfied[member] === 0) continue;
              const m = capacity[member]!;
              let b = bound[member]!;
              if (c === Infinity) b = m === Infinity ? b : 0;
              else b = c > 0 ? (m / c) * b : Infinity;
              if (b > r) r = b;
              else if (b !== b) r = Infinity;
            }
        }
      }
      bound[node] = r;
      satisfied[node] = ok;
      capacity[node] = c;
    }
    this.#staleCount = 0;
    this.#staleAll = false;
    this.#loadsStale = true;
  }

  /**
   * Spreads one unit of demand from the root as `distributeLoad` does (`load`, `share` and
   * `reached`), unless nothing changed since the last time.
   */
  spreadLoads(): void {
    if (!this.#spread || !this.#loadsStale) return;
    this.#loadsStale = false;
    const { kind, value, firstChild, childCount, children, leaves } = this.topology;
    const { satisfied, capacity, load, share, reached } = this;
    load[0] = satisfied[0] === 1 ? 1 : -1;
    // Parents before children: nodes are numbered parents first.
    for (let node = 0; node < kind.length; node++) {
      const k = kind[node]!;
      if (k === COMPONENT) continue;
      const from = firstChild[node]!;
      const to = from + childCount[node]!;
      const l = load[node]!;
      let total = 0;
      let unbounded = 0;
      if (l !== -1 && k === GROUP)
        for (let j = from; j < to; j++) {
          const m = children[j]!;
          if (satisfied[m] === 0) continue;
          total += capacity[m]!;
          if (!Number.isFinite(capacity[m]!)) unbounded++;
        }
      const serving = k === STANDBY ? (this.#groups.serving[value[node]!] ?? -1) : -1;
      for (let j = from; j < to; j++) {
        const m = children[j]!;
        let part = l;
        if (k === STANDBY) part = l !== -1 && j - from === serving && satisfied[m] === 1 ? l : -1;
        else if (l !== -1 && k === GROUP) {
          const c = capacity[m]!;
          const s = Number.isFinite(total) ? c / total : Number.isFinite(c) ? 0 : 1 / unbounded;
          part = satisfied[m] === 1 ? l * s : -1;
        }
        load[m] = part;
      }
    }
    for (let s = 0; s < share.length; s++) {
      let sum = 0;
      let any = 0;
      const list = leaves[s]!;
      for (let j = 0; j < list.length; j++) {
        const l = load[list[j]!]!;
        if (l !== -1) {
          sum += l;
          any = 1;
        }
      }
      share[s] = sum;
      reached[s] = any;
    }
  }
}

/** Sorts the first `count` entries of `list` from the highest down (a few, usually in order). */
function sortDescending(list: Int32Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const x = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! < x) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = x;
  }
}
