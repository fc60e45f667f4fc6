/** Findings about the shape of the topology: single points of failure, redundancy on one dependency. */
import type { Topology } from '../../core/model.ts';
import { componentsOf } from '../../core/topology.ts';
import { list, nameOf, tpm, type AdvisorContext } from './context.ts';
import type { Finding } from './types.ts';

export function spofFindings(ctx: AdvisorContext): Finding[] {
  return ctx.bia.spofs.map((s) => {
    const name = nameOf(ctx, s.component);
    const viaDependency = s.reason === 'shared-dependency';
    return {
      id: `spof:${s.service}:${s.component}`,
      rule: 'spof',
      severity: 'critical',
      title: `${name} is a single point of failure for ${s.service}`,
      explanation: viaDependency
        ? `${name} is not part of the service itself, but ${list(s.takesDown.map((c) => nameOf(ctx, c)))} cannot work without it. If it fails, the service stops, however much redundancy sits above it.`
        : s.reason === 'below-mbco'
          ? `Losing ${name} alone leaves only ${tpm(s.capacityLeft ?? Infinity)} of ${tpm(s.fullCapacity ?? Infinity)}, below the minimum the business can live with (MBCO): the service counts as down.`
          : `The service needs ${name} and nothing else can stand in for it. If it fails, the service stops until it is recovered.`,
      evidence: {
        reason: s.reason,
        capacityLeft: s.capacityLeft,
        fullCapacity: s.fullCapacity,
        takesDown: s.takesDown.join(', '),
      },
      subject: [s.component, s.service],
      suggestion: viaDependency
        ? {
            text: `Spread what depends on ${name} over two independent ${ctx.component(s.component)?.kind ?? 'component'}s, or make ${name} itself redundant.`,
            edit: null,
          }
        : {
            text: `Add a standby for ${name} so that one of the two is enough.`,
            edit: { kind: 'add-redundant-member', component: s.component },
          },
    };
  });
}

/** Every redundancy group in a topology. */
function groups(t: Topology, out: Extract<Topology, { type: 'group' }>[] = []) {
  if (t.type === 'component') return out;
  if (t.type === 'group') out.push(t);
  for (const p of t.of) groups(p, out);
  return out;
}

export function sharedDependencyFindings(ctx: AdvisorContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const depsOf = (id: string, acc = new Set<string>()): Set<string> => {
    for (const d of ctx.component(id)?.dependsOn ?? []) if (!acc.has(d)) depsOf(d, acc.add(d));
    return acc;
  };
  for (const service of ctx.scenario.services)
    for (const g of groups(service.requires)) {
      const members = g.of.map((m) => componentsOf(m));
      const deps = members.map((ids) => {
        const all = new Set<string>();
        for (const id of ids) for (const d of depsOf(id)) all.add(d);
        return all;
      });
      for (const dep of deps[0] ?? []) {
        if (!deps.every((d) => d.has(dep)) || members.length < 2) continue;
        const ids = members.flat();
        const id = `shared-dependency:${ids.join('+')}:${dep}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const last = members[members.length - 1]![0]!;
        out.push({
          id,
          rule: 'shared-dependency',
          severity: 'warning',
          title: `${list(ids.map((i) => nameOf(ctx, i)))} all depend on ${nameOf(ctx, dep)}`,
          explanation: `These components back each other up, but all of them need ${nameOf(ctx, dep)}. One failure of ${nameOf(ctx, dep)} takes all of them at once, like two databases in one data centre: the redundancy does not protect against it.`,
          evidence: { group: ids.join(', '), atLeast: g.atLeast, dependency: dep },
          subject: [...ids, dep, service.id],
          suggestion: {
            text: `Move ${nameOf(ctx, last)} to a second, independent ${ctx.component(dep)?.kind ?? 'dependency'}.`,
            edit: { kind: 'split-dependency', component: last, dependency: dep },
          },
        });
      }
    }
  return out;
}
