/**
 * What a plan matters to, from the last valid scenario: the components it restores, the
 * services they serve (directly in the service's topology, or as something a component there
 * depends on) and the Gantt's inputs: the first service's RTO, the first component's
 * detection time and the declared teams' names (the steps' owners by name).
 */
import type { GanttData } from '../../../charts/gantt.ts';
import type { Component, Scenario, Service } from '../../../core/model.ts';
import { MS_PER_MINUTE } from '../../../core/time.ts';
import { componentsOf } from '../../../core/topology.ts';

/** The services that need any of `ids`, directly or through `dependsOn`. */
export function servicesServed(scenario: Scenario, ids: readonly string[]): Service[] {
  const byId = new Map(scenario.components.map((c) => [c.id, c]));
  const needs = (id: string, seen = new Set<string>()): string[] => {
    if (seen.has(id)) return [];
    seen.add(id);
    return [id, ...(byId.get(id)?.dependsOn ?? []).flatMap((d) => needs(d, seen))];
  };
  return scenario.services.filter((s) =>
    componentsOf(s.requires).some((c) => needs(c).some((n) => ids.includes(n))),
  );
}

export interface PlanContext {
  readonly restores: readonly Component[];
  readonly services: readonly Service[];
  /** The Gantt of the plan as the scenario has it; null when the scenario has no such plan. */
  readonly gantt: GanttData | null;
}

export function planContext(scenario: Scenario, planId: string): PlanContext {
  const restores = scenario.components.filter((c) => c.recovery === planId);
  const services = servicesServed(
    scenario,
    restores.map((c) => c.id),
  );
  const plan = scenario.plans.find((p) => p.id === planId);
  const rto = services[0]?.objectives.rto;
  const detection = restores[0]?.detection;
  const teams = scenario.teams ?? [];
  return {
    restores,
    services,
    gantt: plan
      ? {
          plan,
          rtoMinutes: rto === undefined ? null : rto / MS_PER_MINUTE,
          ...(detection === undefined ? {} : { detectionMinutes: detection / MS_PER_MINUTE }),
          ...(teams.length ? { teamNames: new Map(teams.map((t) => [t.id, t.name])) } : {}),
        }
      : null,
  };
}
