/** Which components a service involves: those its topology names, and everything they depend on. */
import type { Scenario, Service } from './model.ts';
import { componentsOf } from './topology.ts';

/** The service's components and, depth first, everything they depend on (no duplicates). */
export function involvedComponents(scenario: Scenario, service: Service): string[] {
  const byId = new Map(scenario.components.map((c) => [c.id, c]));
  const involved = new Set<string>();
  const add = (id: string): void => {
    if (involved.has(id)) return;
    involved.add(id);
    for (const d of byId.get(id)?.dependsOn ?? []) add(d);
  };
  componentsOf(service.requires).forEach(add);
  return [...involved];
}
