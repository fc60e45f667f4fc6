/**
 * The disruptions a BIA looks at, enumerated deterministically (no random failures):
 * - every single component failure;
 * - pairs that defeat redundancy: neither alone takes a service down but both together do,
 *   or both sit in different members of one redundancy group or share a dependency AND
 *   together leave less capacity than the worse of the two alone (pairs that only add up
 *   two independent losses, such as members of two different tiers on the same site, tell
 *   nothing new and are pruned: that keeps a 200-component scenario to a few hundred pairs);
 * - triples on request, pruned the same way against their pairs;
 * - demand surges (factors of the demand at the moment, so 1.5 at the peak is 150 % of the peak);
 * - corruption of every component that holds data, copied to its replicas (replicas.ts).
 */
import type { Scenario, Service, Topology } from '../../core/model.ts';
import { componentsOf } from '../../core/topology.ts';
import { involvedComponents } from '../../core/involved.ts';
import { replicasOf } from './replicas.ts';
import { StaticTopology } from './static-impact.ts';
import type { Disruption } from './types.ts';

export const DEFAULT_SURGES: readonly number[] = [1.1, 1.5, 2];

/** Pairs of components that lie in different members of one redundancy or standby group: `a|b` keys. */
function groupMates(topology: Topology, out = new Set<string>()): Set<string> {
  if (topology.type === 'component') return out;
  if (topology.type === 'group' || topology.type === 'standby') {
    const members = topology.of.map((m) => componentsOf(m));
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++)
        for (const a of members[i]!) for (const b of members[j]!) out.add(key([a, b]));
  }
  for (const part of topology.of) groupMates(part, out);
  return out;
}

const key = (ids: readonly string[]): string => [...ids].sort().join('|');

interface ServiceView {
  readonly service: Service;
  readonly involved: readonly string[];
  readonly mates: ReadonlySet<string>;
  readonly capacity: (ids: readonly string[]) => number;
  readonly down: (ids: readonly string[]) => boolean;
}

export function enumerateDisruptions(
  scenario: Scenario,
  options: { triples?: boolean; surges?: readonly number[] } = {},
  topology = new StaticTopology(scenario),
): Disruption[] {
  const name = new Map(scenario.components.map((c) => [c.id, c.name]));
  const byId = new Map(scenario.components.map((c) => [c.id, c]));
  const label = (ids: readonly string[]): string =>
    ids.map((id) => name.get(id) ?? id).join(ids.length === 2 ? ' and ' : ', ') +
    (ids.length === 1 ? ' fails' : ' fail');
  const views: ServiceView[] = scenario.services.map((service) => {
    const cache = new Map<string, { capacity: number; down: boolean }>();
    const look = (ids: readonly string[]) => {
      const k = key(ids);
      let v = cache.get(k);
      if (!v) {
        const e = topology.evaluateWithout(service, ids);
        v = { capacity: e.capacity, down: topology.isDownWithout(service, ids) };
        cache.set(k, v);
      }
      return v;
    };
    return {
      service,
      involved: involvedComponents(scenario, service),
      mates: groupMates(service.requires),
      capacity: (ids) => look(ids).capacity,
      down: (ids) => look(ids).down,
    };
  });
  const shareDependency = (ids: readonly string[]): boolean => {
    const deps = ids.map((id) => new Set(byId.get(id)?.dependsOn ?? []));
    return [...deps[0]!].some((d) => deps.every((s) => s.has(d)));
  };
  const out: Disruption[] = scenario.components.map((c) => ({
    id: `fail:${c.id}`,
    kind: 'single',
    label: label([c.id]),
    components: [c.id],
    factor: null,
    reason: 'every single component failure',
  }));

  /** Why a combination is worth simulating, or null when it tells nothing new. */
  const why = (ids: readonly string[], subsets: readonly (readonly string[])[]): string | null => {
    for (const v of views) {
      if (!ids.every((id) => v.involved.includes(id))) continue;
      if (subsets.some((s) => v.down(s))) continue;
      if (v.down(ids)) return `together they take ${v.service.id} down; no fewer of them do`;
      const mates = ids.every((a, i) => ids.slice(i + 1).every((b) => v.mates.has(key([a, b]))));
      const shared = shareDependency(ids);
      if (!mates && !shared) continue;
      const worstSubset = Math.min(...subsets.map((s) => v.capacity(s)));
      if (v.capacity(ids) < worstSubset)
        return mates
          ? `they back each other up in ${v.service.id}`
          : `they share a dependency in ${v.service.id}`;
    }
    return null;
  };

  const ids = scenario.components.map((c) => c.id);
  const pairs: string[][] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const pair = [ids[i]!, ids[j]!];
      const reason = why(pair, [[pair[0]!], [pair[1]!]]);
      if (reason === null) continue;
      pairs.push(pair);
      out.push({
        id: `fail:${pair.join('+')}`,
        kind: 'pair',
        label: label(pair),
        components: pair,
        factor: null,
        reason,
      });
    }
  if (options.triples) {
    const seen = new Set<string>();
    for (const [a, b] of pairs)
      for (const c of ids) {
        const triple = [a!, b!, c];
        const k = key(triple);
        if (triple.slice(0, 2).includes(c) || seen.has(k)) continue;
        seen.add(k);
        const reason = why(triple, [
          [a!, b!],
          [a!, c],
          [b!, c],
        ]);
        if (reason === null) continue;
        const sorted = ids.filter((id) => triple.includes(id));
        out.push({
          id: `fail:${sorted.join('+')}`,
          kind: 'triple',
          label: label(sorted),
          components: sorted,
          factor: null,
          reason,
        });
      }
  }
  for (const factor of options.surges ?? DEFAULT_SURGES)
    out.push({
      id: `surge:${Math.round(factor * 100)}`,
      kind: 'surge',
      label: `Demand surges to ${Math.round(factor * 100)} %`,
      components: [],
      factor,
      reason: 'demand above the peak',
    });
  for (const c of scenario.components)
    if (c.data !== null) {
      const replicas = replicasOf(scenario, c.id).map((r) => r.component);
      const copies = replicas.map((r) => r.name);
      out.push({
        id: `corrupt:${c.id}`,
        kind: 'corruption',
        label: `${c.name} data corrupted${copies.length ? `, copied to ${copies.join(', ')}` : ''}`,
        components: [c.id, ...replicas.map((r) => r.id)],
        factor: null,
        reason: copies.length
          ? 'data corruption against the RPO; replication copies it to the replicas, so the plan restores from backup'
          : 'data corruption against the RPO',
      });
    }
  return out;
}
