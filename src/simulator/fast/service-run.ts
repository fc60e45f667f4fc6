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
  /** The capacity as the trace writes it. */
  #cap: number | null = null;
  /** Whether some component of the topology has a finite capacity (else `ratio` stays 0). */
  readonly #bounded: boolean;
  /** Whether the topology changed since the last update. */
  #changed = true;
  /** Demand as of the last update. */
  demand = 0;
  /**
   * At least (to rounding) the largest load-to-capacity ratio one unit of demand puts on a
   * capacity-bound component: while the demands times these ratios sum well below 1, nothing
   * can be overloaded (settle() and quiet-demand.ts leave a margin of 1e-6 far above rounding;
   * where it is not met, the overload check itself runs on the spread loads).
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
    this.#bounded = bounded;
    this.sink = sink;
    this.intervals = keepIntervals ? [] : null;
  }

  /**
   * Recomputes capacity and the load ratio's bound after components changed (as ServiceTracker does):
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
    const satisfied = top.satisfied[0] === 1;
    // The root's bound (topology-state.ts): no capacity-bound slot, no ratio.
    this.ratio = this.#bounded && satisfied ? top.bound[0]! : 0;
    // The root offers what it offered (a change below it that the rest made up for): the
    // service's state and interval stay as they are (saves the update and keeps it quiet).
    if (count >= 0 && satisfied === this.#satisfied && Object.is(top.capacity[0], this.#capacity))
      return;
    this.#changed = true;
    this.#satisfied = satisfied;
    this.#capacity = top.capacity[0]!;
    this.#cap = jsonCapacity(this.#capacity);
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
    // Spread only now: settle() asks only when something could be overloaded.
    top.spreadLoads();
    const { components } = top.topology;
    for (let s = 0; s < components.length; s++)
      if (top.reached[s] === 1) loads[components[s]!]! += demand * top.share[s]!;
  }

  /** How many components the topology names (each in one slot). */
  get slots(): number {
    return this.#topology.topology.components.length;
  }

  /**
   * The load one unit of demand puts on component `i` (null: none reaches it), as addLoads()
   * adds it: a topology names each component in one slot at most.
   */
  loadShare(i: number): number | null {
    const top = this.#topology;
    top.spreadLoads();
    const { slotOf } = top.topology;
    const slot = i < slotOf.length ? slotOf[i]! : -1;
    return slot >= 0 && top.reached[slot] === 1 ? top.share[slot]! : null;
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
