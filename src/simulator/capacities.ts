/**
 * What each component offers right now, dependencies included: a component works only
 * while it and everything it depends on works; its capacity is its nominal capacity times
 * its capacity share (Infinity when it is no capacity constraint), 0 when it does not work.
 */
import type { Component } from '../core/model.ts';

export interface CapacitySource {
  readonly capacityShare: number;
}

export class Capacities {
  /** Components in dependency order (every one after all it depends on), by index. */
  readonly #ordered: readonly { index: number; component: Component; deps: number[] }[];
  readonly #sources: ReadonlyMap<string, CapacitySource>;
  readonly #index: ReadonlyMap<string, number>;
  /** Capacity by component index (the scenario's order), as of the last refresh. */
  readonly current: Float64Array;

  constructor(components: readonly Component[], sources: ReadonlyMap<string, CapacitySource>) {
    this.#sources = sources;
    this.#index = new Map(components.map((c, i) => [c.id, i]));
    this.#ordered = dependencyOrder(components).map((component) => ({
      index: this.indexOf(component.id),
      component,
      deps: component.dependsOn.map((d) => this.indexOf(d)),
    }));
    this.current = new Float64Array(components.length);
    this.refresh();
  }

  refresh(): void {
    const current = this.current;
    for (const { index, component: c, deps } of this.#ordered) {
      const share = this.#sources.get(c.id)?.capacityShare ?? 0;
      const depsWork = deps.every((d) => (current[d] ?? 0) > 0);
      current[index] =
        share > 0 && depsWork ? (c.capacity === null ? Infinity : c.capacity * share) : 0;
    }
  }

  /** Index of a component in the scenario's order (-1 when unknown). */
  indexOf(id: string): number {
    return this.#index.get(id) ?? -1;
  }

  /** Capacity of a component (tpm) as of the last refresh. */
  of(id: string): number {
    return this.current[this.indexOf(id)] ?? 0;
  }

  readonly capacityOf = (id: string): number => this.of(id);

  /** Capacity with every component working at full share. */
  static full(components: readonly Component[]): (id: string) => number {
    const byId = new Map(components.map((c) => [c.id, c]));
    return (id) => {
      const c = byId.get(id);
      return c === undefined ? 0 : (c.capacity ?? Infinity);
    };
  }
}

/** Depth-first topological order over `dependsOn` (the scenario validator rejects cycles). */
export function dependencyOrder(components: readonly Component[]): Component[] {
  const byId = new Map(components.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const out: Component[] = [];
  const visit = (c: Component): void => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    for (const d of c.dependsOn) {
      const dep = byId.get(d);
      if (dep) visit(dep);
    }
    out.push(c);
  };
  components.forEach(visit);
  return out;
}
