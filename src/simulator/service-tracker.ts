/**
 * One service during a run: its demand, its state from topology, capacity and MBCO, and the
 * demand-versus-capacity intervals of the trace.
 *
 * - down: the topology is not satisfied, or capacity is below the MBCO share of full capacity;
 * - degraded: capacity below demand, or below full capacity;
 * - up otherwise.
 *
 * Capacity and the way load spreads over components change only when a component changes,
 * so they are recomputed then (`refreshTopology`); a demand change costs a multiplication.
 */
import { DemandProfile } from '../core/demand.ts';
import type { Inject, Scenario, Service } from '../core/model.ts';
import { involvedComponents } from '../core/involved.ts';
import { distributeLoad, evaluate, type ServingOf } from '../core/topology.ts';
import type { ServiceInterval, ServiceState, TraceEvent } from '../core/trace.ts';
import { Capacities } from './capacities.ts';
import { IntervalRecorder } from './interval-recorder.ts';

const jsonCapacity = (c: number): number | null => (Number.isFinite(c) ? c : null);

export function serviceState(
  satisfied: boolean,
  capacity: number,
  demand: number,
  full: number,
  mbco: number,
): ServiceState {
  if (!satisfied || capacity < mbco * full) return 'down';
  if (capacity < demand || capacity < full) return 'degraded';
  return 'up';
}

export class ServiceTracker {
  readonly service: Service;
  readonly demand: DemandProfile;
  readonly fullCapacity: number;
  readonly #capacities: Capacities;
  readonly #servingOf: ServingOf;
  /** The service's components and everything they depend on. */
  readonly #involved: readonly string[];
  readonly #intervals: ServiceInterval[] = [];
  readonly #recorder = new IntervalRecorder((start, end, state, demand, capacity) =>
    this.#intervals.push({ start, end, state, demand, capacity }),
  );
  #satisfied = true;
  #capacity = 0;
  /** Share of the service's demand each component carries: [component index, share]. */
  #loadShares: [number, number][] = [];

  constructor(
    scenario: Scenario,
    service: Service,
    injects: readonly Inject[],
    capacities: Capacities,
    servingOf: ServingOf,
  ) {
    this.service = service;
    this.#servingOf = servingOf;
    this.demand = new DemandProfile(scenario, service, injects);
    this.fullCapacity = evaluate(service.requires, Capacities.full(scenario.components)).capacity;
    this.#capacities = capacities;
    this.#involved = involvedComponents(scenario, service);
    this.refreshTopology();
  }

  involves(componentId: string): boolean {
    return this.#involved.includes(componentId);
  }

  /** Recomputes capacity and load shares after components changed. */
  refreshTopology(): void {
    const capacityOf = this.#capacities.capacityOf;
    const servingOf = this.#servingOf;
    const { satisfied, capacity } = evaluate(this.service.requires, capacityOf, servingOf);
    this.#satisfied = satisfied;
    this.#capacity = capacity;
    const shares = new Map<number, number>();
    if (satisfied)
      distributeLoad(
        this.service.requires,
        1,
        capacityOf,
        (id, share) => {
          const index = this.#capacities.indexOf(id);
          shares.set(index, (shares.get(index) ?? 0) + share);
        },
        servingOf,
      );
    this.#loadShares = [...shares];
  }

  /** Re-evaluates the service at `t`, records a state change, and adds its load to `loads`. */
  update(t: number, record: (e: TraceEvent) => void, loads: Float64Array): void {
    const demand = this.demand.rateAt(t);
    const capacity = this.#capacity;
    const state = serviceState(
      this.#satisfied,
      capacity,
      demand,
      this.fullCapacity,
      this.service.objectives.mbco,
    );
    const cap = jsonCapacity(capacity);
    const previous = this.#recorder.state;
    if (previous !== state) {
      const capacityOf = this.#capacities.capacityOf;
      record({
        t,
        type: 'service',
        service: this.service.id,
        from: previous,
        to: state,
        capacity: cap,
        demand,
        unavailable: this.#involved.filter((id) => capacityOf(id) === 0),
      });
    }
    this.#recorder.record(t, state, demand, cap);
    if (demand > 0) for (const [index, share] of this.#loadShares) loads[index]! += demand * share;
  }

  close(horizon: number): ServiceInterval[] {
    this.#recorder.close(horizon);
    return this.#intervals;
  }
}
