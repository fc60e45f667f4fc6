/**
 * Findings about capacity against the peak demand in agreed hours: too little headroom (or
 * none) with everything working, and too little with one member of a redundancy group lost (N-1).
 */
import type { Service, Topology } from '../../core/model.ts';
import { componentsOf, evaluate } from '../../core/topology.ts';
import { nameOf, pct, tpm, type AdvisorContext } from './context.ts';
import type { Finding, ScenarioEdit } from './types.ts';

const HEADROOM = 0.2;

type Group = Extract<Topology, { type: 'group' }>;
function groups(t: Topology, out: Group[] = []): Group[] {
  if (t.type === 'component') return out;
  if (t.type === 'group') out.push(t);
  for (const p of t.of) groups(p, out);
  return out;
}

/** The edit that raises a service's capacity where it is narrowest. */
function widen(ctx: AdvisorContext, service: Service, target: number): ScenarioEdit | null {
  const full = ctx.topology.capacityOf(new Set());
  let node: Topology = service.requires;
  while (node.type === 'series')
    node = node.of.reduce((a, b) =>
      evaluate(b, full).capacity < evaluate(a, full).capacity ? b : a,
    );
  if (node.type === 'component')
    return { kind: 'set-capacity', component: node.id, capacity: Math.ceil(target) };
  const leaf = node.of.find((m) => m.type === 'component');
  return leaf ? { kind: 'add-redundant-member', component: componentsOf(leaf)[0]! } : null;
}

export function capacityFindings(ctx: AdvisorContext): Finding[] {
  const out: Finding[] = [];
  for (const service of ctx.scenario.services) {
    const peak = ctx.peak(service);
    const full = ctx.topology.fullCapacity(service);
    if (peak <= 0 || !Number.isFinite(full)) continue;
    const headroom = (full - peak) / full;
    if (headroom < HEADROOM) {
      const short = full < peak;
      out.push({
        id: `headroom:${service.id}`,
        rule: 'headroom',
        severity: short ? 'critical' : 'warning',
        title: short
          ? `Peak demand on ${service.id} (${tpm(peak)}) exceeds its capacity (${tpm(full)})`
          : `Only ${pct(headroom)} capacity headroom for ${service.id} at the peak`,
        explanation: short
          ? `At the busiest moment of agreed hours customers ask for ${tpm(peak)} but the service can serve ${tpm(full)} with everything working: it is degraded (slow, queued or rejected transactions) without any failure at all.`
          : `At the peak the service uses ${pct(peak / full)} of its capacity. A small surge or a slow component is enough to degrade it; keep at least ${pct(HEADROOM)} spare.`,
        evidence: {
          peakTpm: peak,
          capacityTpm: full,
          headroom: Math.round(headroom * 1000) / 1000,
        },
        subject: [service.id],
        suggestion: {
          text: `Raise the capacity of the narrowest tier to at least ${tpm(peak / (1 - HEADROOM))}.`,
          edit: widen(ctx, service, peak / (1 - HEADROOM)),
        },
      });
    }
    for (const g of groups(service.requires)) {
      if (g.of.length < 2) continue;
      let worst: { member: string[]; capacity: number } | null = null;
      for (const m of g.of) {
        const ids = componentsOf(m);
        if (ctx.topology.isDownWithout(service, ids)) continue;
        const capacity = ctx.topology.evaluateWithout(service, ids).capacity;
        if (worst === null || capacity < worst.capacity) worst = { member: ids, capacity };
      }
      if (!worst || worst.capacity >= peak || worst.capacity >= full) continue;
      const names = worst.member.map((id) => nameOf(ctx, id)).join(', ');
      out.push({
        id: `n-minus-1:${service.id}:${componentsOf(g).join('+')}`,
        rule: 'n-minus-1',
        severity: 'warning',
        title: `Without ${names}, ${service.id} cannot carry its peak demand`,
        explanation: `The group ${componentsOf(g)
          .map((id) => nameOf(ctx, id))
          .join(
            ', ',
          )} survives the loss of ${names}, but what is left serves ${tpm(worst.capacity)} against a peak of ${tpm(peak)}: the service stays up, degraded, for the whole recovery if it happens at a busy time.`,
        evidence: {
          peakTpm: peak,
          capacityNMinus1Tpm: worst.capacity,
          lost: worst.member.join(', '),
        },
        subject: [...componentsOf(g), service.id],
        suggestion: {
          text: `Add one more member to the group (or raise each member's capacity) so that any one can fail at the peak.`,
          edit: { kind: 'add-redundant-member', component: worst.member[0]! },
        },
      });
    }
  }
  return out;
}
