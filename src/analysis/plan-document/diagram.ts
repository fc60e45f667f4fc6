/**
 * A service's dependency diagram as data: what its topology requires (in series, k of n,
 * standby pairs) and what the components depend on (`dependsOn`), with names. diagram-text.ts
 * writes it as a Mermaid flowchart and as a plain list.
 */
import { involvedComponents } from '../../core/involved.ts';
import type { Scenario, Service, Topology } from '../../core/model.ts';
import { formatDurationRange } from '../../scenario/duration-range-text.ts';

export type DiagramPart =
  | { readonly kind: 'component'; readonly id: string; readonly name: string }
  | { readonly kind: 'series'; readonly of: readonly DiagramPart[] }
  | { readonly kind: 'group'; readonly atLeast: number; readonly of: readonly DiagramPart[] }
  | {
      readonly kind: 'standby';
      readonly active: DiagramPart;
      readonly standby: DiagramPart;
      /** As the file writes it: `5m-15m`. */
      readonly switchover: string;
      readonly failback: 'stay' | 'return';
    };

export interface DependencyDiagram {
  readonly service: { readonly id: string; readonly name: string };
  readonly requires: DiagramPart;
  /** Each involved component with what it depends on, in the scenario's order; names. */
  readonly dependsOn: readonly {
    readonly id: string;
    readonly name: string;
    readonly on: readonly { readonly id: string; readonly name: string }[];
  }[];
}

export function dependencyDiagram(scenario: Scenario, service: Service): DependencyDiagram {
  const byId = new Map(scenario.components.map((c) => [c.id, c]));
  const named = (id: string) => ({ id, name: byId.get(id)?.name ?? id });
  const part = (t: Topology): DiagramPart => {
    switch (t.type) {
      case 'component':
        return { kind: 'component', ...named(t.id) };
      case 'series':
        return { kind: 'series', of: t.of.map(part) };
      case 'group':
        return { kind: 'group', atLeast: t.atLeast, of: t.of.map(part) };
      case 'standby':
        return {
          kind: 'standby',
          active: part(t.of[0]),
          standby: part(t.of[1]),
          switchover: formatDurationRange(t.switchover),
          failback: t.failback,
        };
    }
  };
  const involved = new Set(involvedComponents(scenario, service));
  return {
    service: { id: service.id, name: service.name },
    requires: part(service.requires),
    dependsOn: scenario.components
      .filter((c) => involved.has(c.id) && c.dependsOn.length > 0)
      .map((c) => ({ id: c.id, name: c.name, on: c.dependsOn.map(named) })),
  };
}
