/**
 * Service capacity from its topology. A component offers its capacity while it works
 * (Infinity when it is no capacity constraint); a series offers the minimum of its parts
 * and needs all of them; a k-of-n group offers the sum of its working members and needs k.
 */
import type { Topology } from './model.ts';

/** Capacity a component offers now: 0 when it does not work, Infinity when unconstrained. */
export type CapacityOf = (componentId: string) => number;

export interface Evaluation {
  readonly satisfied: boolean;
  /** Transactions per minute the structure can serve; 0 when not satisfied. */
  readonly capacity: number;
}

const DOWN: Evaluation = { satisfied: false, capacity: 0 };

export function evaluate(topology: Topology, capacityOf: CapacityOf): Evaluation {
  switch (topology.type) {
    case 'component': {
      const capacity = capacityOf(topology.id);
      return capacity > 0 ? { satisfied: true, capacity } : DOWN;
    }
    case 'series': {
      let capacity = Infinity;
      for (const part of topology.of) {
        const e = evaluate(part, capacityOf);
        if (!e.satisfied) return DOWN;
        capacity = Math.min(capacity, e.capacity);
      }
      return { satisfied: true, capacity };
    }
    case 'group': {
      let working = 0;
      let capacity = 0;
      for (const member of topology.of) {
        const e = evaluate(member, capacityOf);
        if (e.satisfied) {
          working++;
          capacity += e.capacity;
        }
      }
      return working >= topology.atLeast ? { satisfied: true, capacity } : DOWN;
    }
  }
}

/**
 * Spreads an offered load (transactions per minute) over the components of a topology:
 * every part of a series carries all of it; a group shares it among its working members in
 * proportion to their capacity (evenly when capacity is unconstrained).
 */
export function distributeLoad(
  topology: Topology,
  load: number,
  capacityOf: CapacityOf,
  add: (componentId: string, load: number) => void,
): void {
  switch (topology.type) {
    case 'component':
      add(topology.id, load);
      return;
    case 'series':
      for (const part of topology.of) distributeLoad(part, load, capacityOf, add);
      return;
    case 'group': {
      const members = topology.of
        .map((m) => ({ m, e: evaluate(m, capacityOf) }))
        .filter(({ e }) => e.satisfied);
      const total = members.reduce((sum, { e }) => sum + e.capacity, 0);
      for (const { m, e } of members) {
        const share = Number.isFinite(total)
          ? e.capacity / total
          : Number.isFinite(e.capacity)
            ? 0
            : 1 / members.filter((x) => !Number.isFinite(x.e.capacity)).length;
        distributeLoad(m, load * share, capacityOf, add);
      }
      return;
    }
  }
}

/** Every component id a topology mentions, in order of first appearance. */
export function componentsOf(topology: Topology, out: string[] = []): string[] {
  if (topology.type === 'component') {
    if (!out.includes(topology.id)) out.push(topology.id);
  } else for (const part of topology.of) componentsOf(part, out);
  return out;
}
