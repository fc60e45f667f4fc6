/**
 * The services of a plain run (plain-model.ts): what ServiceRun, TopologyState and the
 * IntervalRecorder do for them, fed to the same MetricsSink. In a plain model every capacity is
 * unbounded or 0, so a topology node is satisfied or not and its capacity follows (unbounded
 * when satisfied, as a series of unbounded parts and a group with a working member are; else
 * 0): each inner node keeps how many of its children are satisfied, and a leaf that changes
 * walks up only while its ancestors' satisfaction flips. A service is looked at again only when
 * its root flipped or its demand moved on; what it records is what ServiceRun records: the same
 * state (serviceState), demand and capacity, the same `wentDown` lists, in the same order.
 */
import type { Mbco } from '../../../core/model.ts';
import type { ServiceState } from '../../../core/trace.ts';
import { serviceState } from '../../service-tracker.ts';
import type { CompiledService } from '../compiled.ts';
import * as kinds from '../compiled-topology.ts';
import { MetricsSink } from '../metrics-sink.ts';
import type { PlainModel } from './plain-model.ts';

// Read once: tsx's CommonJS output reads an imported binding through a getter at every use.
const { COMPONENT, SERIES } = kinds;

export class PlainServices {
  readonly count: number;
  /** Each node (of every service, side by side): satisfied, and satisfied children; its parent. */
  readonly #sat: Uint8Array;
  readonly #satAtStart: Uint8Array;
  readonly #cnt: Int32Array;
  readonly #cntAtStart: Int32Array;
  readonly #need: Int32Array;
  readonly #parent: Int32Array;
  /** The service of each node, and each service's root node. */
  readonly #serviceOf: Int32Array;
  readonly #root: Int32Array;
  /** Each component's leaves, over every service (`leafFrom[i]` to `leafFrom[i + 1]`). */
  readonly #leafFrom: Int32Array;
  readonly #leaves: Int32Array;
  /** Services whose root flipped since the last update (the first `#touchedCount`). */
  readonly #touched: Int32Array;
  readonly #isTouched: Uint8Array;
  #touchedCount = 0;
  readonly #compiled: readonly CompiledService[];
  readonly #mbco: readonly Mbco[];
  /** Per service: demand cursor, and the open interval (start < 0: none) as IntervalRecorder keeps it. */
  readonly #cursor: Int32Array;
  readonly #start: Float64Array;
  readonly #state: ServiceState[];
  readonly #demand: Float64Array;
  readonly #cap: (number | null)[];
  /** The sinks, one per service, restarted at each run. */
  readonly sinks: readonly MetricsSink[];

  constructor(model: PlainModel) {
    const { c, layout } = model;
    const tops = layout.topologies;
    const n = c.components.length;
    this.count = tops.length;
    let nodes = 0;
    for (const t of tops) nodes += t.kind.length;
    this.#sat = new Uint8Array(nodes);
    this.#cnt = new Int32Array(nodes);
    this.#need = new Int32Array(nodes);
    this.#parent = new Int32Array(nodes);
    this.#serviceOf = new Int32Array(nodes);
    this.#root = new Int32Array(tops.length);
    const leavesOf: number[][] = Array.from({ length: n }, () => []);
    let base = 0;
    tops.forEach((t, k) => {
      this.#root[k] = base;
      for (let node = 0; node < t.kind.length; node++) {
        const g = base + node;
        this.#serviceOf[g] = k;
        this.#parent[g] = t.parent[node]! < 0 ? -1 : base + t.parent[node]!;
        const kind = t.kind[node]!;
        // A series needs all its children, a group `atLeast`, a leaf its component working.
        this.#need[g] =
          kind === SERIES ? t.childCount[node]! : kind === COMPONENT ? 1 : t.value[node]!;
        if (kind === COMPONENT && t.value[node]! >= 0) leavesOf[t.value[node]!]!.push(g);
      }
      base += t.kind.length;
    });
    this.#leafFrom = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.#leafFrom[i + 1] = this.#leafFrom[i]! + leavesOf[i]!.length;
    this.#leaves = Int32Array.from(leavesOf.flat());
    // Every component working (a run's start): leaves of known components satisfied, counted up.
    for (let i = 0; i < n; i++) for (const g of leavesOf[i]!) this.#cnt[g] = 1;
    for (let g = nodes - 1; g >= 0; g--) {
      // Children come after their parents (depth-first numbering): counts are final here.
      this.#sat[g] = this.#cnt[g]! >= this.#need[g]! ? 1 : 0;
      if (this.#sat[g] === 1 && this.#parent[g]! >= 0) this.#cnt[this.#parent[g]!]!++;
    }
    this.#satAtStart = this.#sat.slice();
    this.#cntAtStart = this.#cnt.slice();
    this.#touched = new Int32Array(tops.length);
    this.#isTouched = new Uint8Array(tops.length);
    this.#compiled = c.services;
    this.#mbco = c.services.map((s) => s.service.objectives.mbco);
    this.#cursor = new Int32Array(tops.length);
    this.#start = new Float64Array(tops.length);
    this.#state = c.services.map(() => 'up');
    this.#demand = new Float64Array(tops.length);
    this.#cap = c.services.map(() => null);
    this.sinks = c.services.map((s) => new MetricsSink(s));
  }

  /**
   * A run for a study only (reset(true)): the sinks count outages instead of making them
   * (MetricsSink.restart), so what was unavailable when a service went down is not listed.
   */
  #lean = false;

  /** A new run: every component working, no interval open, the sinks restarted (`lean`: for a study). */
  reset(lean = false): void {
    this.#lean = lean;
    this.#sat.set(this.#satAtStart);
    this.#cnt.set(this.#cntAtStart);
    this.#cursor.fill(0);
    this.#start.fill(-1);
    for (let k = 0; k < this.count; k++) {
      this.#state[k] = 'up';
      this.#cap[k] = null;
      this.sinks[k]!.restart(lean);
    }
  }

  /** Component `i` is working (`up` 1) or not now: its leaves, and what flips above them. */
  setComponent(i: number, up: number): void {
    const sat = this.#sat;
    const cnt = this.#cnt;
    const need = this.#need;
    const parent = this.#parent;
    const to = this.#leafFrom[i + 1]!;
    for (let j = this.#leafFrom[i]!; j < to; j++) {
      let node = this.#leaves[j]!;
      if (sat[node] === up) continue;
      sat[node] = up;
      let d = up === 1 ? 1 : -1;
      let p = parent[node]!;
      // Up while the parent's satisfaction flips (a count crossing its need).
      for (; p >= 0; p = parent[p]!) {
        const was = cnt[p]! >= need[p]! ? 1 : 0;
        cnt[p]! += d;
        const is = cnt[p]! >= need[p]! ? 1 : 0;
        if (was === is) break;
        sat[p] = is;
        d = is === 1 ? 1 : -1;
        node = p;
      }
      if (p < 0) this.#touch(this.#serviceOf[node]!);
    }
  }

  #touch(k: number): void {
    if (this.#isTouched[k] === 1) return;
    this.#isTouched[k] = 1;
    this.#touched[this.#touchedCount++] = k;
  }

  /**
   * The instant of the next update(), set by the runner rather than passed: neither update nor
   * #update is always inlined, and a number passed to a call not inlined is boxed (a heap
   * number per call: times in ms are past the small-integer range).
   */
  now = -1.5;

  /** Updates, at `now`, every service (demand may have moved on) or only those whose root flipped. */
  update(all: boolean, capacities: Float64Array): void {
    if (all) {
      for (let k = 0; k < this.count; k++) this.#update(k, capacities, this.#isTouched[k] === 1);
      for (let j = 0; j < this.#touchedCount; j++) this.#isTouched[this.#touched[j]!] = 0;
    } else
      // In service order, as every service would be looked at (each has its own sink: any order does).
      for (let j = 0; j < this.#touchedCount; j++) {
        const k = this.#touched[j]!;
        this.#isTouched[k] = 0;
        this.#update(k, capacities, true);
      }
    this.#touchedCount = 0;
  }

  /** ServiceRun.update: the service at `t`, a change of state recorded (`changed`: its root flipped). */
  #update(k: number, capacities: Float64Array, changed: boolean): void {
    const t = this.now;
    const { times, rates, involved, involvedIndex } = this.#compiled[k]!;
    let at = this.#cursor[k]!;
    while (at < times.length && times[at]! <= t) at++;
    const open = this.#start[k]! >= 0;
    if (at === this.#cursor[k] && !changed && open) return;
    this.#cursor[k] = at;
    const demand = rates[at]!;
    const satisfied = this.#sat[this.#root[k]!] === 1;
    const capacity = satisfied ? Infinity : 0;
    // serviceState's first two answers, asked here (its numbers would be boxed for the call).
    const state = !satisfied
      ? 'down'
      : capacity >= demand
        ? 'up'
        : serviceState(satisfied, capacity, demand, this.#mbco[k]!);
    const cap = satisfied ? null : 0;
    if (state !== this.#state[k] && state === 'down' && !this.#lean) {
      // Counted first, then made at its size: a list grown by push starts with 17 slots.
      let count = 0;
      for (let i = 0; i < involved.length; i++)
        if ((capacities[involvedIndex[i]!] ?? 0) === 0) count++;
      const unavailable = new Array<string>(count);
      for (let i = 0, j = 0; j < count; i++)
        if ((capacities[involvedIndex[i]!] ?? 0) === 0) unavailable[j++] = involved[i]!;
      this.sinks[k]!.wentDown(t, unavailable);
    }
    // IntervalRecorder.record: the same state, demand and capacity keep the interval open.
    if (open && state === this.#state[k] && demand === this.#demand[k] && cap === this.#cap[k])
      return;
    if (open && t > this.#start[k]!) {
      const sink = this.sinks[k]!;
      const was = this.#state[k]!;
      const wasCap = this.#cap[k]!;
      // An `up` interval with its demand served adds nothing and, with no outage open, closes
      // none (MetricsSink.interval's first test): not called (a service's demand moves on at
      // each window boundary, ~2,600 such intervals a reference run, each call boxing numbers).
      if (was !== 'up' || !(this.#demand[k]! - (wasCap ?? Infinity) <= 0) || sink.outageOpen)
        sink.interval(this.#start[k]!, t, was, this.#demand[k]!, wasCap);
    }
    this.#start[k] = t;
    this.#state[k] = state;
    this.#demand[k] = demand;
    this.#cap[k] = cap;
  }

  /** Closes every open interval at the horizon (IntervalRecorder.close). */
  close(horizon: number): void {
    for (let k = 0; k < this.count; k++) {
      const start = this.#start[k]!;
      if (start >= 0 && horizon > start)
        this.sinks[k]!.interval(start, horizon, this.#state[k]!, this.#demand[k]!, this.#cap[k]!);
      this.#start[k] = -1;
    }
  }
}
