/**
 * One service during a fast run: ServiceTracker's logic (simulator/service-tracker.ts) over
 * the compiled demand breakpoints and the run's capacity array. State changes are recorded
 * as trace events; closed intervals go to the trace, or only to the metrics when there is none.
 */
import type { ServiceInterval, ServiceState, TraceEvent } from '../../core/trace.ts';
import { serviceState } from '../service-tracker.ts';
import type { CompiledService } from './compiled.ts';
import { CompiledTopology } from './compiled-topology.ts';
import type { MetricsSink } from './metrics-sink.ts';

const jsonCapacity = (c: number): number | null => (Number.isFinite(c) ? c : null);

/** A reusable interval handed to the metrics when no trace is kept. */
type Scratch = { -readonly [K in keyof ServiceInterval]: ServiceInterval[K] };

export class ServiceRun {
  readonly compiled: CompiledService;
  /** Closed intervals, when a trace is kept. */
  readonly intervals: ServiceInterval[] | null;
  readonly sink: MetricsSink;
  readonly #scratch: Scratch = { start: 0, end: 0, state: 'up', demand: 0, capacity: null };
  #openStart = -1;
  #openState: ServiceState = 'up';
  #openDemand = 0;
  #openCapacity: number | null = null;
  #satisfied = true;
  #capacity = 0;
  /** Demand breakpoints passed so far. */
  #k = 0;
  #shareIndex: number[] = [];
  #shareValue: number[] = [];
  readonly #topology: CompiledTopology;
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
    indexOf: (id: string) => number,
  ) {
    this.compiled = compiled;
    this.#topology = new CompiledTopology(compiled.service.requires, indexOf);
    this.sink = sink;
    this.intervals = keepIntervals ? [] : null;
  }

  /** Recomputes capacity and load shares after components changed (as ServiceTracker does). */
  refreshTopology(capacities: Float64Array): void {
    const { satisfied, capacity } = this.#topology.evaluate(capacities);
    this.#satisfied = satisfied;
    this.#capacity = capacity;
    const shares = new Map<number, number>();
    if (satisfied)
      this.#topology.distribute(1, (index, share) => {
        shares.set(index, (shares.get(index) ?? 0) + share);
      });
    this.#shareIndex = [...shares.keys()];
    this.#shareValue = [...shares.values()];
    let ratio = 0;
    for (const [index, share] of shares) {
      const c = capacities[index] ?? 0;
      if (Number.isFinite(c) && c > 0) ratio = Math.max(ratio, share / c);
    }
    this.ratio = ratio;
  }

  /** Adds the service's load to `loads` (by component index), as ServiceTracker.update does. */
  addLoads(loads: Float64Array): void {
    const demand = this.demand;
    if (!(demand > 0)) return;
    const index = this.#shareIndex;
    const value = this.#shareValue;
    for (let i = 0; i < index.length; i++) loads[index[i]!]! += demand * value[i]!;
  }

  /** Re-evaluates the service at `t` and records a state change. */
  update(t: number, record: (e: TraceEvent) => void, capacities: Float64Array): void {
    const { times, rates, fullCapacity, service } = this.compiled;
    let k = this.#k;
    while (k < times.length && times[k]! <= t) k++;
    this.#k = k;
    const demand = rates[k]!;
    this.demand = demand;
    const capacity = this.#capacity;
    const state = serviceState(
      this.#satisfied,
      capacity,
      demand,
      fullCapacity,
      service.objectives.mbco,
    );
    const cap = jsonCapacity(capacity);
    const previous = this.#openState;
    if (previous !== state) {
      const unavailable: string[] = [];
      const { involved, involvedIndex } = this.compiled;
      for (let i = 0; i < involved.length; i++)
        if ((capacities[involvedIndex[i]!] ?? 0) === 0) unavailable.push(involved[i]!);
      record({
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
    if (
      this.#openStart < 0 ||
      previous !== state ||
      this.#openDemand !== demand ||
      this.#openCapacity !== cap
    ) {
      this.#closeAt(t);
      this.#openStart = t;
      this.#openState = state;
      this.#openDemand = demand;
      this.#openCapacity = cap;
    }
  }

  close(horizon: number): void {
    this.#closeAt(horizon);
    this.#openStart = -1;
  }

  #closeAt(t: number): void {
    if (this.#openStart < 0 || t <= this.#openStart) return;
    if (this.intervals) {
      const iv: ServiceInterval = {
        start: this.#openStart,
        end: t,
        state: this.#openState,
        demand: this.#openDemand,
        capacity: this.#openCapacity,
      };
      this.intervals.push(iv);
      this.sink.interval(iv);
      return;
    }
    const s = this.#scratch;
    s.start = this.#openStart;
    s.end = t;
    s.state = this.#openState;
    s.demand = this.#openDemand;
    s.capacity = this.#openCapacity;
    this.sink.interval(s);
  }
}
