/**
 * One service during a run: its demand, its state from topology, capacity and MBCO, and the
 * demand-versus-capacity intervals of the trace.
 *
 * - down: the topology is not satisfied, or what it serves (capacity up to the demand) is
 *   below the MBCO: a share of the demand at that moment, or an absolute rate (all of the
 *   demand when less is asked for);
 * - degraded: some demand goes unserved (capacity below demand) but the MBCO holds;
 * - up otherwise: every transaction asked for is served, whatever capacity is left over.
 *
 * The MBCO is judged against demand, never against installed capacity, so adding capacity
 * can never make the service look worse.
 *
 * Capacity and the way load spreads over components change only when a component changes,
 * so they are recomputed then (`refreshTopology`); a demand change costs a multiplication.
 */
import { DemandProfile } from '../core/demand.ts';
import type { Inject, Mbco, Scenario, Service } from '../core/model.ts';
import { involvedComponents } from '../core/involved.ts';
import { mbcoFloor } from '../core/mbco.ts';
import { distributeLoad, evaluate, type ServingOf } from '../core/topology.ts';
import type { ServiceInterval, ServiceState, TraceEvent } from '../core/trace.ts';
import type { Capacities } from './capacities.ts';
import { IntervalRecorder } from './interval-recorder.ts';

const jsonCapacity = (c: number): number | null => (Number.isFinite(c) ? c : null);

export function serviceState(
  satisfied: boolean,
  capacity: number,
  demand: number,
  mbco: Mbco,
): ServiceState {
  if (!satisfied) return 'down';
  if (capacity >= demand) return 'up';
  return capacity < mbcoFloor(mbco, demand) ? 'down' : 'degraded';
}

export class ServiceTracker {
  readonly service: Service;
  readonly demand: DemandProfile;
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
    const state = serviceState(this.#satisfied, capacity, demand, this.service.objectives.mbco);
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
