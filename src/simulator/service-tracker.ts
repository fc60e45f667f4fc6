/**
 * One service during a run: its demand, its state from topology, capacity and MBCO, and the
 * demand-versus-capacity intervals of the trace.
 *
 * - down: the topology is not satisfied, or capacity is below the MBCO share of full capacity;
 * - degraded: capacity below demand, or below full capacity;
 * - up otherwise.
 */
import { DemandProfile } from '../core/demand.ts';
import type { Inject, Scenario, Service } from '../core/model.ts';
import { componentsOf, distributeLoad, evaluate } from '../core/topology.ts';
import type { ServiceInterval, ServiceState, TraceEvent } from '../core/trace.ts';
import { Capacities } from './capacities.ts';

const jsonCapacity = (c: number): number | null => (Number.isFinite(c) ? c : null);

export function serviceState(satisfied: boolean, capacity: number, demand: number, full: number, mbco: number): ServiceState {
  if (!satisfied || capacity < mbco * full) return 'down';
  if (capacity < demand || capacity < full) return 'degraded';
  return 'up';
}

export class ServiceTracker {
  readonly service: Service;
  readonly demand: DemandProfile;
  readonly fullCapacity: number;
  readonly #capacities: Capacities;
  /** The service's components and everything they depend on. */
  readonly #involved: ReadonlySet<string>;
  readonly #intervals: ServiceInterval[] = [];
  #open: { start: number; state: ServiceState; demand: number; capacity: number | null } | null = null;

  constructor(scenario: Scenario, service: Service, injects: readonly Inject[], capacities: Capacities) {
    this.service = service;
    this.demand = new DemandProfile(scenario, service, injects);
    this.fullCapacity = evaluate(service.requires, Capacities.full(scenario.components)).capacity;
    this.#capacities = capacities;
    const byId = new Map(scenario.components.map((c) => [c.id, c]));
    const involved = new Set<string>();
    const add = (id: string): void => {
      if (involved.has(id)) return;
      involved.add(id);
      for (const d of byId.get(id)?.dependsOn ?? []) add(d);
    };
    componentsOf(service.requires).forEach(add);
    this.#involved = involved;
  }

  involves(componentId: string): boolean {
    return this.#involved.has(componentId);
  }

  /** Re-evaluates the service at `t`; records a state change; adds the load it puts on its components. */
  update(t: number, record: (e: TraceEvent) => void, loads: Map<string, number>): void {
    const capacityOf = this.#capacities.capacityOf;
    const demand = this.demand.rateAt(t);
    const { satisfied, capacity } = evaluate(this.service.requires, capacityOf);
    const state = serviceState(satisfied, capacity, demand, this.fullCapacity, this.service.objectives.mbco);
    const open = this.#open;
    const cap = jsonCapacity(capacity);
    const previous = open?.state ?? 'up';
    if (previous !== state) {
      record({
        t,
        type: 'service',
        service: this.service.id,
        from: previous,
        to: state,
        capacity: cap,
        demand,
        unavailable: [...this.#involved].filter((id) => capacityOf(id) === 0),
      });
    }
    if (!open || open.state !== state || open.demand !== demand || open.capacity !== cap) {
      this.#closeAt(t);
      this.#open = { start: t, state, demand, capacity: cap };
    }
    if (satisfied && demand > 0)
      distributeLoad(this.service.requires, demand, capacityOf, (id, load) => loads.set(id, (loads.get(id) ?? 0) + load));
  }

  close(horizon: number): ServiceInterval[] {
    this.#closeAt(horizon);
    this.#open = null;
    return this.#intervals;
  }

  #closeAt(t: number): void {
    const open = this.#open;
    if (open && t > open.start) this.#intervals.push({ ...open, end: t });
  }
}
