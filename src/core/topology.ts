/**
 * Service capacity from its topology. A component offers its capacity while it works
 * (Infinity when it is no capacity constraint); a series offers the minimum of its parts
 * and needs all of them; a k-of-n group offers the sum of its working members and needs k;
 * a standby group offers what its serving member offers, and nothing while it switches over.
 */
import type { StandbyGroup, Topology } from './model.ts';

/** Capacity a component offers now: 0 when it does not work, Infinity when unconstrained. */
export type CapacityOf = (componentId: string) => number;

export interface Evaluation {
  readonly satisfied: boolean;
  /** Transactions per minute the structure can serve; 0 when not satisfied. */
  readonly capacity: number;
}

/**
 * Which member of a standby group serves now: 0 (the named active), 1 (the standby), or -1
 * (none: it is switching over, or both are down). A run knows it from each group's machine.
 */
export type ServingOf = (group: StandbyGroup) => number;

/**
 * Without a run's state, a standby group serves from its first member that works: the
 * steady state after any switch-over (what analysis without time asks about).
 */
export const FIRST_WORKING: ServingOf = () => -2;

const DOWN: Evaluation = { satisfied: false, capacity: 0 };

export function evaluate(
  topology: Topology,
  capacityOf: CapacityOf,
  servingOf: ServingOf = FIRST_WORKING,
): Evaluation {
  switch (topology.type) {
    case 'component': {
      const capacity = capacityOf(topology.id);
      return capacity > 0 ? { satisfied: true, capacity } : DOWN;
    }
    case 'series': {
      let capacity = Infinity;
      for (const part of topology.of) {
        const e = evaluate(part, capacityOf, servingOf);
        if (!e.satisfied) return DOWN;
        capacity = Math.min(capacity, e.capacity);
      }
      return { satisfied: true, capacity };
    }
    case 'group': {
      let working = 0;
      let capacity = 0;
      for (const member of topology.of) {
        const e = evaluate(member, capacityOf, servingOf);
        if (e.satisfied) {
          working++;
          capacity += e.capacity;
        }
      }
      return working >= topology.atLeast ? { satisfied: true, capacity } : DOWN;
    }
    case 'standby': {
      const member = servingMember(topology, capacityOf, servingOf);
      return member === null ? DOWN : evaluate(member, capacityOf, servingOf);
    }
  }
}

/** The member of a standby group that serves now, or null. */
function servingMember(
  group: StandbyGroup,
  capacityOf: CapacityOf,
  servingOf: ServingOf,
): Topology | null {
  const serving = servingOf(group);
  if (serving === 0 || serving === 1) return group.of[serving];
  if (serving === -1) return null;
  return group.of.find((m) => evaluate(m, capacityOf, servingOf).satisfied) ?? null;
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
  servingOf: ServingOf = FIRST_WORKING,
): void {
  switch (topology.type) {
    case 'component':
      add(topology.id, load);
      return;
    case 'series':
      for (const part of topology.of) distributeLoad(part, load, capacityOf, add, servingOf);
      return;
    case 'standby': {
      // Only the serving member carries load; the passive one waits.
      const member = servingMember(topology, capacityOf, servingOf);
      if (member !== null && evaluate(member, capacityOf, servingOf).satisfied)
        distributeLoad(member, load, capacityOf, add, servingOf);
      return;
    }
    case 'group': {
      const members = topology.of
        .map((m) => ({ m, e: evaluate(m, capacityOf, servingOf) }))
        .filter(({ e }) => e.satisfied);
      const total = members.reduce((sum, { e }) => sum + e.capacity, 0);
      for (const { m, e } of members) {
        const share = Number.isFinite(total)
          ? e.capacity / total
          : Number.isFinite(e.capacity)
            ? 0
            : 1 / members.filter((x) => !Number.isFinite(x.e.capacity)).length;
        distributeLoad(m, load * share, capacityOf, add, servingOf);
      }
      return;
    }
  }
}

/** The standby groups of a topology, inner ones before the groups that contain them. */
export function standbyGroupsOf(topology: Topology, out: StandbyGroup[] = []): StandbyGroup[] {
  if (topology.type === 'component') return out;
  for (const part of topology.of) standbyGroupsOf(part, out);
  if (topology.type === 'standby') out.push(topology);
  return out;
}

/** Every component id a topology mentions, in order of first appearance. */
export function componentsOf(topology: Topology, out: string[] = []): string[] {
  if (topology.type === 'component') {
    if (!out.includes(topology.id)) out.push(topology.id);
  } else for (const part of topology.of) componentsOf(part, out);
  return out;
}

/** A standby member's name in a default group id and in the trace: its components, `a+b`. */
export const memberLabel = (member: Topology): string => componentsOf(member).join('+');
