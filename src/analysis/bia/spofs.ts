/**
 * Single points of failure, from topology and capacities alone: every component (or shared
 * dependency, through `dependsOn`) whose loss by itself leaves the topology unsatisfied or
 * the service below its MBCO.
 */
import type { Scenario } from '../../core/model.ts';
import { componentsOf } from '../../core/topology.ts';
import { involvedComponents } from '../../core/involved.ts';
import { jsonNumber, normalPeakDemand, StaticTopology } from './static-impact.ts';
import type { Spof } from './types.ts';

export function findSpofs(scenario: Scenario, topology = new StaticTopology(scenario)): Spof[] {
  const out: Spof[] = [];
  for (const service of scenario.services) {
    const inTopology = new Set(componentsOf(service.requires));
    const full = topology.fullCapacity(service);
    for (const id of involvedComponents(scenario, service)) {
      const e = topology.evaluateWithout(service, [id]);
      if (!topology.isDownWithout(service, [id])) continue;
      const lost = topology.lostWith([id]);
      out.push({
        service: service.id,
        component: id,
        reason: !e.satisfied
          ? inTopology.has(id)
            ? 'in-series'
            : 'shared-dependency'
          : 'below-mbco',
        capacityLeft: e.satisfied ? jsonNumber(e.capacity) : 0,
        fullCapacity: jsonNumber(full),
        peakDemand: normalPeakDemand(service),
        takesDown: [...inTopology].filter((c) => lost.has(c)),
      });
    }
  }
  return out;
}
