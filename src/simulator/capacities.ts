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
  /** Components in dependency order: every component after all it depends on. */
  readonly #ordered: readonly Component[];
  readonly #sources: ReadonlyMap<string, CapacitySource>;
  readonly #current = new Map<string, number>();

  constructor(components: readonly Component[], sources: ReadonlyMap<string, CapacitySource>) {
    this.#ordered = dependencyOrder(components);
    this.#sources = sources;
    this.refresh();
  }

  refresh(): void {
    for (const c of this.#ordered) {
      const share = this.#sources.get(c.id)?.capacityShare ?? 0;
      const depsWork = c.dependsOn.every((d) => (this.#current.get(d) ?? 0) > 0);
      this.#current.set(c.id, share > 0 && depsWork ? (c.capacity === null ? Infinity : c.capacity * share) : 0);
    }
  }

  /** Capacity of a component (tpm) as of the last refresh. */
  of(id: string): number {
    return this.#current.get(id) ?? 0;
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
