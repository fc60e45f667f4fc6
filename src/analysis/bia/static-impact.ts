/**
 * The service without some components, from its topology and nominal capacities alone (no
 * simulation): a component is lost when it is removed or anything it depends on is lost.
 */
import type { Component, Scenario, Service } from '../../core/model.ts';
import { evaluate, type Evaluation } from '../../core/topology.ts';
import type { ServiceState } from '../../core/trace.ts';
import { dependencyOrder } from '../../simulator/capacities.ts';
import { serviceState } from '../../simulator/service-tracker.ts';

export class StaticTopology {
  readonly #ordered: readonly Component[];
  readonly #byId: ReadonlyMap<string, Component>;

  constructor(scenario: Scenario) {
    this.#ordered = dependencyOrder(scenario.components);
    this.#byId = new Map(scenario.components.map((c) => [c.id, c]));
  }

  /** The removed components and everything that depends on them, directly or not. */
  lostWith(removed: Iterable<string>): Set<string> {
    const lost = new Set(removed);
    for (const c of this.#ordered)
      if (!lost.has(c.id) && c.dependsOn.some((d) => lost.has(d))) lost.add(c.id);
    return lost;
  }

  /** Nominal capacity of a component (Infinity when unconstrained), 0 when lost. */
  capacityOf(lost: ReadonlySet<string>): (id: string) => number {
    return (id) => {
      if (lost.has(id)) return 0;
      const c = this.#byId.get(id);
      return c === undefined ? 0 : (c.capacity ?? Infinity);
    };
  }

  /** The service's topology evaluated with `removed` (and its dependants) lost. */
  evaluateWithout(service: Service, removed: Iterable<string>): Evaluation {
    return evaluate(service.requires, this.capacityOf(this.lostWith(removed)));
  }

  fullCapacity(service: Service): number {
    return evaluate(service.requires, this.capacityOf(new Set())).capacity;
  }

  /** Service state with `removed` lost, at a given demand. */
  stateWithout(service: Service, removed: Iterable<string>, demand: number): ServiceState {
    const e = this.evaluateWithout(service, removed);
    return serviceState(e.satisfied, e.capacity, demand, service.objectives.mbco);
  }

  /**
   * Whether losing `removed` takes the service down at its normal peak demand (the topology
   * unsatisfied, or what is left serves less than the MBCO of the peak's demand).
   */
  isDownWithout(service: Service, removed: Iterable<string>): boolean {
    return this.stateWithout(service, removed, normalPeakDemand(service)) === 'down';
  }
}

/**
 * The highest demand of an ordinary week (tpm): the busiest hour on the busiest weekday,
 * surges aside (the BIA studies those as disruptions of their own).
 */
export function normalPeakDemand(service: Service): number {
  const { tpm, hourly, weekdays } = service.demand;
  return tpm * Math.max(0, ...hourly) * Math.max(0, ...weekdays);
}

/** JSON has no Infinity: unconstrained capacity becomes null. */
export const jsonNumber = (x: number): number | null => (Number.isFinite(x) ? x : null);
