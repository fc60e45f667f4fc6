/**
 * One service during a fast run: ServiceTracker's logic (simulator/service-tracker.ts) over
 * the compiled demand breakpoints and the run's capacity array. State changes are recorded
 * as trace events; closed intervals go to the trace, or only to the metrics when there is none.
 */
import { IntervalRecorder } from '../interval-recorder.ts';
import type { Mbco } from '../../core/model.ts';
import type { ServiceInterval, TraceEvent } from '../../core/trace.ts';
import { serviceState } from '../service-tracker.ts';
import type { Allocator } from './arena.ts';
import type { CompiledService } from './compiled.ts';
import type { CompiledTopology } from './compiled-topology.ts';
import { TopologyState, type GroupServing } from './topology-state.ts';
import type { MetricsSink } from './metrics-sink.ts';

const jsonCapacity = (c: number): number | null => (Number.isFinite(c) ? c : null);

export class ServiceRun {
  readonly compiled: CompiledService;
  /** Closed intervals, when a trace is kept. */
  readonly intervals: ServiceInterval[] | null;
  readonly sink: MetricsSink;
  readonly #recorder = new IntervalRecorder((start, end, state, demand, capacity) => {
    this.intervals?.push({ start, end, state, demand, capacity });
    this.sink.interval(start, end, state, demand, capacity);
  });
  #satisfied = true;
  #capacity = 0;
  /** Demand breakpoints passed so far. */
  #k = 0;
  readonly #topology: TopologyState;
  /** Demand breakpoints, and the rate from each (compiled.ts). */
  readonly times: Float64Array;
  readonly rates: Float64Array;
  readonly #mbco: Mbco;
  /** Each slot's contribution to `ratio`. */
  readonly #ratios: Float64Array;
  /** The capacity as the trace writes it. */
  #cap: number | null = null;
  /** Whether `ratio` is to be found again over every slot (refreshTopology). */
  #full = false;
  /** Whether some component of the topology has a finite capacity (else `ratio` stays 0). */
  readonly #bounded: boolean;
  /** Whether the topology changed since the last update. */
  #changed = true;
  /** Demand as of the last update. */
  demand = 0;
  /**
   * The largest load-to-capacity ratio one unit of demand puts on a capacity-bound component:
   * while the demands times these ratios sum well below 1, nothing can be overloaded.
   */
  ratio = 0;

  constructor(
    compiled: CompiledService,
    sink: MetricsSink,
    keepIntervals: boolean,
    topology: CompiledTopology,
    alloc: Allocator,
    bounded = true,
  ) {
    this.compiled = compiled;
    // Loads matter only where a capacity is finite (the load ratio, and overload in settle()).
    this.#topology = new TopologyState(topology, alloc, bounded);
    this.times = compiled.times;
    this.rates = compiled.rates;
    this.#mbco = compiled.service.objectives.mbco;
    this.#ratios = alloc.f64(topology.components.length);
    this.#bounded = bounded;
    this.sink = sink;
    this.intervals = keepIntervals ? [] : null;
  }

  /**
   * Recomputes capacity and load shares after components changed (as ServiceTracker does):
   * all of them (`count` < 0), or what the first `count` components of `changed` affect.
   */
  refreshTopology(
    capacities: Float64Array,
    changed: Int32Array,
    count: number,
    groups?: GroupServing | null,
  ): void {
    const top = this.#topology;
    if (count < 0) top.refreshAll(capacities, groups ?? undefined);
    else if (!top.refresh(capacities, changed, count, groups ?? undefined)) return;
    this.#changed = true;
    this.#satisfied = top.satisfied[0] === 1;
    this.#capacity = top.capacity[0]!;
    this.#cap = jsonCapacity(this.#capacity);
    // No capacity-bound slot: every ratio is 0, as `ratio` already is (saves the walk).
    if (!this.#bounded) return;
    const { components, slotOf } = top.topology;
    const ratios = this.#ratios;
    // The largest ratio, kept up as slots change; found again when the largest went down.
    this.#full = count < 0 || !(this.ratio >= 0);
    if (count < 0) for (let s = 0; s < components.length; s++) this.#ratioAt(s, capacities);
    else {
      for (let k = 0; k < top.touchedCount; k++) this.#ratioAt(top.touched[k]!, capacities);
      for (let k = 0; k < count; k++) {
        const index = changed[k]!;
        if (index < slotOf.length && slotOf[index]! >= 0) this.#ratioAt(slotOf[index]!, capacities);
      }
    }
    if (!this.#full) return;
    let ratio = 0;
    for (let s = 0; s < ratios.length; s++) ratio = Math.max(ratio, ratios[s]!);
    this.ratio = ratio;
  }

  /** Slot `s`'s load-to-capacity ratio per unit of demand (0 when not capacity-bound). */
  #ratioAt(s: number, capacities: Float64Array): void {
    const top = this.#topology;
    const c = capacities[top.topology.components[s]!]!;
    const bound = top.reached[s] === 1 && Number.isFinite(c) && c > 0;
    const ratio = bound ? top.share[s]! / c : 0;
    const before = this.#ratios[s]!;
    this.#ratios[s] = ratio;
    if (this.#full) return;
    if (ratio > this.ratio) this.ratio = ratio;
    else if (ratio !== ratio || (ratio < before && before === this.ratio)) this.#full = true;
  }

  /** Capacity as of the last topology refresh. */
  get capacity(): number {
    return this.#capacity;
  }

  /** Demand breakpoints passed as of the last update. */
  get cursor(): number {
    return this.#k;
  }

  /**
   * Whether a new demand alone can add nothing to the metrics: the service is `up`, its
   * topology has not changed since the last update, and it has no outage left to close.
   */
  get quiet(): boolean {
    return (
      !this.#changed &&
      this.#recorder.isOpen &&
      this.#recorder.state === 'up' &&
      !this.sink.outageOpen
    );
  }

  /**
   * Moves on to breakpoint `k` (quiet-demand.ts has checked the service stays `up` until then):
   * the open interval becomes the one breakpoint `k - 1` opens, as update() would leave it.
   */
  skipTo(k: number): void {
    if (k === this.#k) return;
    this.#k = k;
    const demand = this.rates[k]!;
    this.demand = demand;
    this.#recorder.record(this.times[k - 1]!, 'up', demand, this.#cap);
  }

  /** Adds the service's load to `loads` (by component index), as ServiceTracker.update does. */
  addLoads(loads: Float64Array): void {
    const demand = this.demand;
    if (!(demand > 0)) return;
    const top = this.#topology;
    const { components } = top.topology;
    for (let s = 0; s < components.length; s++)
      if (top.reached[s] === 1) loads[components[s]!]! += demand * top.share[s]!;
  }

  /** Re-evaluates the service at `t` and records a state change (`record` null: no trace). */
  update(t: number, record: ((e: TraceEvent) => void) | null, capacities: Float64Array): void {
    const times = this.times;
    let k = this.#k;
    while (k < times.length && times[k]! <= t) k++;
    // Same demand and same topology as at the last update: nothing to do.
    if (k === this.#k && !this.#changed && this.#recorder.isOpen) return;
    this.#changed = false;
    this.#k = k;
    const demand = this.rates[k]!;
    this.demand = demand;
    const capacity = this.#capacity;
    const { service } = this.compiled;
    const state = serviceState(this.#satisfied, capacity, demand, this.#mbco);
    const cap = this.#cap;
    const previous = this.#recorder.state;
    // What was unavailable goes into the trace and, when the service went down, the metrics.
    if (previous !== state && (record !== null || state === 'down')) {
      const unavailable: string[] = [];
      const { involved, involvedIndex } = this.compiled;
      for (let i = 0; i < involved.length; i++)
        if ((capacities[involvedIndex[i]!] ?? 0) === 0) unavailable.push(involved[i]!);
      record?.({
        t,
        type: 'service',
        service: service.id,
        from: previous,
        to: state,
        capacity: cap,
        demand,
        unavailable,
      });
      if (state === 'down') this.sink.wentDown(t, unavailable);
    }
    this.#recorder.record(t, state, demand, cap);
  }

  close(horizon: number): void {
    this.#recorder.close(horizon);
  }
}
