/**
 * One run's view of a compiled service topology: `evaluate` and `distributeLoad` of
 * core/topology.ts kept current as components change, with no closures, maps or allocation.
 * A change re-evaluates only the changed leaves' ancestors (children first) and re-spreads
 * load only below the nodes whose load or whose members' capacities changed. Each value is
 * computed by the same operations in the same order as the full functions, so the results
 * are the same numbers (the differential test compares whole traces). Nodes are kept
 * evaluated even below an unsatisfied series, where `evaluate` stops: nothing reads them.
 * A standby group's node offers what its serving member offers and passes it all the load;
 * a change of the serving member marks the node stale like a changed leaf.
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
  /** Load reaching each node per unit of demand (-1: none, it is not reached). */
  readonly load: Float64Array;
  /** Load share of each slot's component per unit of demand, and whether it has one. */
  readonly share: Float64Array;
  readonly reached: Uint8Array;
  /** Nodes to re-evaluate, and nodes whose children's loads to recompute. */
  readonly #stale: Uint8Array;
  readonly #respread: Uint8Array;
  /** The slots whose share was recomputed by the last refresh (the first `touchedCount`). */
  readonly touched: Int32Array;
  touchedCount = 0;
  readonly #slotListed: Uint8Array;
  /** The stale nodes, as marked (the first `#staleCount`); all of them when `#staleAll`. */
  readonly #staleList: Int32Array;
  #staleCount = 0;
  #staleAll = false;
  /** Bounds of the nodes to re-spread. */
  #respreadLow: number;
  #respreadHigh = -1;

  /** Whether loads are spread at all (not when nothing reads them: see the constructor). */
  readonly #spread: boolean;

  /**
   * `spread` false: only satisfaction and capacity are kept; `load`, `share` and `reached` stay
   * as they start (for a service whose components all have unbounded capacity, whose loads
   * can never overload anything: saves the re-spreading after every change).
   */
  constructor(topology: CompiledTopology, alloc: Allocator = fresh, spread = true) {
    this.topology = topology;
    this.#spread = spread;
    const n = topology.kind.length;
    const slots = topology.components.length;
    this.satisfied = alloc.u8(n);
    this.capacity = alloc.f64(n);
    this.load = alloc.f64(n).fill(-1);
    this.share = alloc.f64(slots);
    this.reached = alloc.u8(slots);
    this.#stale = alloc.u8(n);
    this.#staleList = alloc.i32(n);
    this.#respread = alloc.u8(n);
    this.touched = alloc.i32(slots);
    this.#slotListed = alloc.u8(slots);
    this.#respreadLow = n;
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
    let any = false;
    for (let k = 0; k < groups.changedCount; k++) {
      const list = standbyNodes[groups.changed[k]!];
      if (list === undefined) continue;
      for (let j = 0; j < list.length; j++) {
        any = true;
        for (let node = list[j]!; node >= 0 && this.#stale[node] === 0; node = parent[node]!) {
          this.#stale[node] = 1;
          this.#staleList[this.#staleCount++] = node;
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
        for (let node = list[j]!; node >= 0 && this.#stale[node] === 0; node = parent[node]!) {
          this.#stale[node] = 1;
          this.#staleList[this.#staleCount++] = node;
        }
    }
    if (any) this.#update(capacities, false);
    return any;
  }

  /** Evaluates everything (first) or the stale nodes, then re-spreads the load. */
  refreshAll(capacities: Float64Array, groups: GroupServing = NO_GROUPS): void {
    this.#groups = groups;
    this.#stale.fill(1);
    this.#staleAll = true;
    this.#update(capacities, true);
  }

  #update(capacities: Float64Array, all: boolean): void {
    const { kind, value, parent, firstChild, childCount, children, leaves } = this.topology;
    const { satisfied, capacity, load, share, reached } = this;
    const stale = this.#stale;
    this.touchedCount = 0;
    const respread = this.#respread;
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
      if (k === COMPONENT) {
        const index = value[node]!;
        c = index < 0 || index >= capacities.length ? 0 : capacities[index]!;
        ok = c > 0 ? 1 : 0;
        c = c > 0 ? c : 0;
      } else {
        const from = firstChild[node]!;
        const to = from + childCount[node]!;
        if (k === SERIES) {
          c = Infinity;
          ok = 1;
          for (let j = from; j < to && ok === 1; j++) {
            const part = children[j]!;
            if (satisfied[part] === 0) ok = 0;
            else c = Math.min(c, capacity[part]!);
          }
          if (ok === 0) c = 0;
        } else if (k === STANDBY) {
          const serving = this.#groups.serving[value[node]!] ?? -1;
          ok = 0;
          if (serving >= 0) {
            const member = children[from + serving]!;
            ok = satisfied[member]!;
            c = ok === 1 ? capacity[member]! : 0;
          }
          // Which member carries the load may change with the same capacity.
          if (this.#spread) this.#respreadAt(node);
        } else {
          let working = 0;
          for (let j = from; j < to; j++) {
            const member = children[j]!;
            if (satisfied[member] === 1) {
              working++;
              c += capacity[member]!;
            }
          }
          ok = working >= value[node]! ? 1 : 0;
          if (ok === 0) c = 0;
        }
      }
      if (!all && ok === satisfied[node] && Object.is(c, capacity[node])) continue;
      satisfied[node] = ok;
      capacity[node] = c;
      if (!this.#spread) continue;
      const up = parent[node]!;
      if (up < 0) {
        const l = ok === 1 ? 1 : -1;
        if (all || load[0] !== l) this.#setLoad(0, l);
      } else if (kind[up] === GROUP || kind[up] === STANDBY) this.#respreadAt(up);
    }
    this.#staleCount = 0;
    this.#staleAll = false;
    for (let node = this.#respreadLow; node <= this.#respreadHigh; node++) {
      if (respread[node] === 0) continue;
      respread[node] = 0;
      const from = firstChild[node]!;
      const to = from + childCount[node]!;
      const l = load[node]!;
      let total = 0;
      let unbounded = 0;
      if (l !== -1 && kind[node] === GROUP)
        for (let j = from; j < to; j++) {
          const m = children[j]!;
          if (satisfied[m] === 0) continue;
          total += capacity[m]!;
          if (!Number.isFinite(capacity[m]!)) unbounded++;
        }
      const serving = kind[node] === STANDBY ? (this.#groups.serving[value[node]!] ?? -1) : -1;
      for (let j = from; j < to; j++) {
        const m = children[j]!;
        let part = l;
        if (kind[node] === STANDBY)
          part = l !== -1 && j - from === serving && satisfied[m] === 1 ? l : -1;
        else if (l !== -1 && kind[node] === GROUP) {
          const c = capacity[m]!;
          const s = Number.isFinite(total) ? c / total : Number.isFinite(c) ? 0 : 1 / unbounded;
          part = satisfied[m] === 1 ? l * s : -1;
        }
        if (all || !Object.is(part, load[m])) this.#setLoad(m, part);
      }
    }
    this.#respreadLow = kind.length;
    this.#respreadHigh = -1;
    for (let k = 0; k < this.touchedCount; k++) {
      const s = this.touched[k]!;
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
      this.#slotListed[s] = 0;
    }
  }

  /** A node's load changed: its children's loads (or its slot's share) follow. */
  #setLoad(node: number, l: number): void {
    this.load[node] = l;
    const { kind, slot } = this.topology;
    if (kind[node] !== COMPONENT) return this.#respreadAt(node);
    const s = slot[node]!;
    if (s < 0 || this.#slotListed[s] === 1) return;
    this.#slotListed[s] = 1;
    this.touched[this.touchedCount++] = s;
  }

  #respreadAt(node: number): void {
    this.#respread[node] = 1;
    if (node < this.#respreadLow) this.#respreadLow = node;
    if (node > this.#respreadHigh) this.#respreadHigh = node;
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
