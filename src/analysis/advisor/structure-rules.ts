/** Findings about the shape of the topology: single points of failure, redundancy on one dependency. */
import type { Topology } from '../../core/model.ts';
import { componentsOf } from '../../core/topology.ts';
import type { Spof } from '../bia/types.ts';
import { list, nameOf, tpm, type AdvisorContext } from './context.ts';
import { mbcoFix } from './mbco-fix.ts';
import { suggest, type Finding, type ScenarioEdit, type Suggestion } from './types.ts';

function spofSuggestion(ctx: AdvisorContext, s: Spof): Suggestion {
  const name = nameOf(ctx, s.component);
  const service = ctx.scenario.services.find((x) => x.id === s.service)!;
  if (s.reason === 'below-mbco') {
    const fix = mbcoFix(ctx.scenario, service, s.component);
    if (!fix) return suggest(`Raise the capacity of what stands in for ${name} to the MBCO.`);
    const raised = (edits: readonly ScenarioEdit[]) =>
      list(
        edits.map((e) =>
          e.kind === 'set-capacity' ? `${nameOf(ctx, e.component)} to ${tpm(e.capacity)}` : '',
        ),
      );
    const then =
      fix.exposed === null
        ? ''
        : ` ${nameOf(ctx, fix.exposed)} alone is then under the MBCO in turn${fix.all ? `: raising ${raised(fix.all)} covers the loss of any one` : ''}.`;
    return suggest(
      `Raise ${raised(fix.others)}, so that without ${name} what is left still reaches the MBCO (adding a standby would raise the full capacity, and the MBCO share with it).${then}`,
      fix.others,
    );
  }
  const dependants = [...ctx.topology.lostWith([s.component])].filter(
    (id) => id !== s.component && ctx.involved(service).includes(id),
  );
  if (dependants.length > 0)
    return suggest(
      `Add a standby ${ctx.component(s.component)?.kind ?? 'component'} for ${name} with its own copy of ${list(dependants.map((id) => nameOf(ctx, id)))}, so that losing ${name} leaves the copies running.`,
      [{ kind: 'add-redundant-member', component: s.component, withDependents: true }],
    );
  return suggest(`Add a standby for ${name} so that one of the two is enough.`, [
    { kind: 'add-redundant-member', component: s.component },
  ]);
}

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
          ? `Losing ${name} alone leaves only ${tpm(s.capacityLeft ?? Infinity)} for the ${tpm(s.peakDemand)} asked at the peak, below the minimum the business can live with (MBCO): the service counts as down.`
          : `The service needs ${name} and nothing else can stand in for it. If it fails, the service stops until it is recovered.`,
      evidence: {
        reason: s.reason,
        capacityLeft: s.capacityLeft,
        fullCapacity: s.fullCapacity,
        takesDown: s.takesDown.join(', '),
      },
      subject: [s.component, s.service],
      suggestion: spofSuggestion(ctx, s),
    };
  });
}

/** Every redundancy group (k of n) and standby group (1 of 2, one at a time) in a topology. */
function groups(
  t: Topology,
  out: { atLeast: number; of: readonly Topology[]; standby: boolean }[] = [],
) {
  if (t.type === 'component') return out;
  if (t.type === 'group') out.push({ atLeast: t.atLeast, of: t.of, standby: false });
  if (t.type === 'standby') out.push({ atLeast: 1, of: t.of, standby: true });
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
      const tolerated = members.length - g.atLeast;
      const all = new Set(deps.flatMap((d) => [...d]));
      for (const dep of all) {
        const sharing = members.filter((_, i) => deps[i]!.has(dep));
        if (sharing.length < 2 || sharing.length <= tolerated) continue;
        const ids = members.flat();
        const id = `shared-dependency:${ids.join('+')}:${dep}`;
        if (seen.has(id)) continue;
        seen.add(id);
        // Each moved member gets its own copy of the dependency: at most `tolerated` may stay.
        const edits = sharing
          .slice(tolerated)
          .flatMap((m) => m.filter((c) => ctx.component(c)?.dependsOn.includes(dep)).slice(0, 1))
          .map((c) => ({ kind: 'split-dependency' as const, component: c, dependency: dep }));
        const kind = ctx.component(dep)?.kind ?? 'dependency';
        const movedNames = list(edits.map((e) => nameOf(ctx, e.component)));
        out.push({
          id,
          rule: 'shared-dependency',
          severity: 'warning',
          title: `${list(sharing.flat().map((i) => nameOf(ctx, i)))} all depend on ${nameOf(ctx, dep)}`,
          explanation: `These components back each other up (${g.standby ? 'one active, one standby' : `${g.atLeast} of ${members.length} needed`}), but ${sharing.length} of them need ${nameOf(ctx, dep)}. One failure of ${nameOf(ctx, dep)} takes them all at once, like two databases in one data centre: the redundancy does not protect against it.`,
          evidence: {
            group: ids.join(', '),
            atLeast: g.atLeast,
            sharing: sharing.length,
            dependency: dep,
          },
          subject: [...ids, dep, service.id],
          suggestion: suggest(
            edits.length > 1
              ? `Move ${movedNames} each to its own independent ${kind}: the group survives the loss of only ${tolerated} member${tolerated === 1 ? '' : 's'}, so no more than ${tolerated} of them may depend on the same ${kind}.`
              : `Move ${movedNames} to a second, independent ${kind}.`,
            edits,
          ),
        });
      }
    }
  return out;
}
