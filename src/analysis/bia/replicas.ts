/**
 * Where a corruption spreads: replication copies it. A component's replicas are the other
 * components that hold replicated data (a replication lag) and stand in for it in one
 * redundancy group of some service (another member of the group). Each is corrupted its own
 * replication lag after the corruption, as the bank's exercise scripts it ("Database 2, the
 * replica one minute behind, now reports the same integrity errors").
 */
import type { Component, Scenario, Topology } from '../../core/model.ts';
import { componentsOf } from '../../core/topology.ts';

/** Every component that shares a redundancy group with `id` (in another member of it). */
function mates(t: Topology, id: string, out: Set<string>): Set<string> {
  if (t.type === 'component') return out;
  if (t.type !== 'series') {
    const members = t.of.map((m) => componentsOf(m));
    if (members.some((m) => m.includes(id)))
      for (const m of members) if (!m.includes(id)) for (const c of m) out.add(c);
  }
  for (const part of t.of) mates(part, id, out);
  return out;
}

export interface Replica {
  readonly component: Component;
  /** How long after the corruption it reaches this replica. */
  readonly lag: number;
}

/** The replicas a corruption of `id` reaches, in scenario order. */
export function replicasOf(scenario: Scenario, id: string): Replica[] {
  const near = new Set<string>();
  for (const s of scenario.services) mates(s.requires, id, near);
  return scenario.components.flatMap((c) =>
    near.has(c.id) && c.id !== id && c.data?.replicationLag != null
      ? [{ component: c, lag: c.data.replicationLag }]
      : [],
  );
}
