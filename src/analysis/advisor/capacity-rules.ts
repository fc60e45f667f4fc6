/**
 * Findings about capacity against the peak load in agreed hours, per tier: too little headroom
 * (or none) with everything working, and too little with one member of a redundancy group lost
 * (N-1). A tier is a part of a service's top-level series (one component, or a redundancy
 * group); its load is what reaches it, summed over every service that uses its components
 * (see `load.ts`: no more than the other tiers in series pass on), over the whole horizon.
 *
 * Each claim is checked against the BIA: an overload at the peak against its undisrupted run
 * at the worst moment, an N-1 shortfall against its run of that member's loss (an outage
 * only when that run shows one); a finding whose claim the runs contradict is left out.
 */
import type { Topology } from '../../core/model.ts';
import { componentsOf, evaluate } from '../../core/topology.ts';
import { dur, list, nameOf, pct, tpm, type AdvisorContext } from './context.ts';
import { componentPeaks, demandMoments, localAt, type ComponentPeak } from './load.ts';
import {
  cite,
  citationText,
  failureOf,
  showsHarm,
  showsOutage,
  simulatedRuns,
} from './simulated.ts';
import { suggest, type Citation, type Finding, type ScenarioEdit } from './types.ts';
import { proseWhen } from '../prose-time.ts';

const HEADROOM = 0.2;
const EPSILON = 1e-9;

interface Tier {
  readonly node: Topology;
  readonly ids: readonly string[];
  readonly services: string[];
}

/** The parts of a topology's top-level series: components and groups. */
function parts(t: Topology): Topology[] {
  return t.type === 'series' ? t.of.flatMap(parts) : [t];
}

function tiers(ctx: AdvisorContext): Tier[] {
  const byKey = new Map<string, Tier>();
  for (const service of ctx.scenario.services)
    for (const node of parts(service.requires)) {
      const ids = componentsOf(node);
      const key = [...ids].sort().join('+');
      const tier = byKey.get(key) ?? { node, ids, services: [] };
      if (!tier.services.includes(service.id)) tier.services.push(service.id);
      byKey.set(key, tier);
    }
  return [...byKey.values()];
}

interface Use {
  /** Highest load / capacity over the tier's constrained components. */
  readonly utilisation: number;
  readonly busiest: string;
  readonly at: number;
}

function useOf(ctx: AdvisorContext, ids: readonly string[], peaks: Map<string, ComponentPeak>) {
  let best: Use | null = null;
  for (const id of ids) {
    const capacity = ctx.component(id)?.capacity ?? null;
    const peak = peaks.get(id);
    if (capacity === null || !peak || peak.load <= 0) continue;
    const utilisation = peak.load / capacity;
    if (best === null || utilisation > best.utilisation)
      best = { utilisation, busiest: id, at: peak.t };
  }
  return best;
}

/** Every constrained component of the tier raised by `factor` (at least 1 tpm more). */
function raise(ctx: AdvisorContext, ids: readonly string[], factor: number): ScenarioEdit[] {
  return ids.flatMap((id) => {
    const capacity = ctx.component(id)?.capacity ?? null;
    if (capacity === null) return [];
    const next = Math.max(capacity + 1, Math.ceil(capacity * factor * (1 + EPSILON)));
    return [{ kind: 'set-capacity' as const, component: id, capacity: next }];
  });
}

const names = (ctx: AdvisorContext, ids: readonly string[]) => list(ids.map((i) => nameOf(ctx, i)));

function raiseText(ctx: AdvisorContext, edits: readonly ScenarioEdit[]): string {
  return list(
    edits.map((e) =>
      e.kind === 'set-capacity' ? `${nameOf(ctx, e.component)} to ${tpm(e.capacity)}` : '',
    ),
  );
}

export function capacityFindings(ctx: AdvisorContext): Finding[] {
  const out: Finding[] = [];
  const moments = demandMoments(ctx.scenario);
  const full = componentPeaks(ctx.scenario, ctx.topology, moments);
  for (const tier of tiers(ctx)) {
    const use = useOf(ctx, tier.ids, full);
    if (!use) continue;
    const key = tier.ids.join('+');
    const who = names(ctx, tier.ids);
    const at = localAt(ctx.scenario, use.at);
    const when = proseWhen(at);
    const served = list(tier.services);
    const tierCapacity = evaluate(tier.node, ctx.topology.capacityOf(new Set())).capacity;
    if (use.utilisation > 1 - HEADROOM + EPSILON) {
      const short = use.utilisation > 1 + EPSILON;
      const shown = short ? overloadShown(ctx, tier.services) : null;
      const edits = raise(ctx, tier.ids, use.utilisation / (1 - HEADROOM));
      if (!short || shown)
        out.push({
          id: `headroom:${key}`,
          rule: 'headroom',
          severity: short ? 'critical' : 'warning',
          title: short
            ? `Peak load on ${who} exceeds its capacity (${pct(use.utilisation)} at ${when})`
            : `Only ${pct(1 - use.utilisation)} capacity headroom on ${who} at the peak`,
          explanation: `${who} serve${tier.ids.length > 1 ? '' : 's'} ${served}. At the busiest moment (${when}) their load together comes to ${tpm(use.utilisation * tierCapacity)} against a capacity of ${tpm(tierCapacity)} (${pct(use.utilisation)} of it${short ? `: ${tpm((use.utilisation - 1) * tierCapacity)} short` : ''})${shown ? `: the service is ${shown.down ? 'down' : 'degraded (slow, queued or rejected transactions)'} without any failure at all${shown.failures ? ', and components that fail under sustained overload go down' : ''}, as ${citationText(shown.citation)}.` : `. A small surge or a slow component is enough to degrade it; keep at least ${pct(HEADROOM)} spare.`}`,
          evidence: {
            at,
            busiest: use.busiest,
            peakLoadTpm: Math.round(use.utilisation * tierCapacity),
            capacityTpm: tierCapacity,
            headroom: Math.round((1 - use.utilisation) * 1000) / 1000,
            services: tier.services.join(', '),
          },
          subject: [...tier.ids, ...tier.services],
          suggestion: suggest(
            `Raise ${raiseText(ctx, edits)}, so that ${pct(HEADROOM)} stays spare at the peak.`,
            edits,
          ),
          ...(shown ? { simulated: shown.citation } : {}),
        });
    }
    if (tier.node.type !== 'group' || tier.node.of.length < 2) continue;
    let worst: { lost: string[]; use: Use } | null = null;
    for (const m of tier.node.of) {
      const lost = componentsOf(m);
      const gone = ctx.topology.lostWith(lost);
      const left = tier.ids.filter((id) => !gone.has(id));
      const after = useOf(ctx, left, componentPeaks(ctx.scenario, ctx.topology, moments, lost));
      if (after && (worst === null || after.utilisation > worst.use.utilisation))
        worst = { lost, use: after };
    }
    if (!worst || worst.use.utilisation <= 1 + EPSILON) continue;
    const lostNames = names(ctx, worst.lost);
    const busiest = worst.use.busiest;
    const left = ctx.topology.capacityOf(new Set())(busiest);
    const failAfter = Math.min(
      ...tier.ids.map((id) => ctx.component(id)?.overloadFailAfter ?? Infinity),
    );
    const runs = tier.services.flatMap((s) => simulatedRuns(ctx, s, failureOf(worst.lost)));
    const outage = runs.find((r) => showsOutage(r.figures));
    const harm = outage ?? runs.find((r) => showsHarm(r.figures));
    // At the peak, what is left may serve less than the MBCO of the demand: an outage by itself.
    const belowMbco = tier.services.some((id) => {
      const service = ctx.scenario.services.find((s) => s.id === id);
      return (
        service !== undefined &&
        ctx.topology.stateWithout(service, worst.lost, ctx.peak(service)) === 'down'
      );
    });
    // The BIA lost this member and the service lost nothing: the shortfall claim does not hold.
    if (!harm) continue;
    const shown = cite(ctx, harm);
    const edits = raise(ctx, tier.ids, worst.use.utilisation);
    out.push({
      id: `n-minus-1:${key}`,
      rule: 'n-minus-1',
      severity: outage ? 'critical' : 'warning',
      title: `Without ${lostNames}, the group ${who} cannot carry the peak load of ${served}`,
      explanation: `The group survives the loss of ${lostNames}, but at the busiest moment (${proseWhen(localAt(ctx.scenario, worst.use.at))}) that leaves ${nameOf(ctx, busiest)} with a capacity of ${tpm(left)} for ${tpm(worst.use.utilisation * left)}: ${tpm((worst.use.utilisation - 1) * left)} short. ${
        outage
          ? `${belowMbco ? 'What is left serves less than the minimum the business can live with (MBCO) at the peak, so one lost member is an outage' : 'The members left run overloaded and fail one after the other, so one lost member becomes an outage'}, as ${citationText(shown)}.`
          : `The service stays up, degraded, while it is recovered, as ${citationText(shown)}.${Number.isFinite(failAfter) ? ` The members left would fail after ${dur(failAfter)} of overload; in the BIA's runs the recovery comes first.` : ''}`
      }`,
      evidence: {
        lost: worst.lost.join(', '),
        at: localAt(ctx.scenario, worst.use.at),
        busiest,
        loadNMinus1Tpm: Math.round(worst.use.utilisation * left),
        capacityTpm: left,
        services: tier.services.join(', '),
      },
      subject: [...tier.ids, ...tier.services],
      suggestion: suggest(
        `Raise ${raiseText(ctx, edits)}, so that any one member can fail at the peak (or add members until it can).`,
        edits,
      ),
      simulated: shown,
    });
  }
  return out;
}

/**
 * The undisrupted run at the worst moment of one of `services` when it shows the overload:
 * the service not up with nothing disrupted. Null when every one of them is up then.
 */
function overloadShown(
  ctx: AdvisorContext,
  services: readonly string[],
): { citation: Citation; failures: boolean; down: boolean } | null {
  for (const service of services) {
    const p = ctx.bia.placements.find((x) => x.service === service);
    const u = p?.undisrupted.worst;
    if (!p || !u || u.state === 'up') continue;
    const first = u.overloadFailures[0];
    const failing = [...new Set(u.overloadFailures.map((f) => nameOf(ctx, f.component)))];
    return {
      down: u.state === 'down',
      failures: first !== undefined,
      citation: {
        disruption: null,
        label: 'No disruption',
        service,
        placement: 'worst',
        at: p.worst.at,
        t: p.worst.t,
        bound: 'likely',
        shows: `${u.state === 'down' ? 'down,' : `degraded, ${tpm(u.capacity ?? Infinity)} served of`} ${tpm(u.demand)} asked for${first ? `; ${list(failing)} fail${failing.length === 1 ? 's' : ''} under overload from ${proseWhen(first.at).slice(-5)}` : ''}`,
        injects: [],
      },
    };
  }
  return null;
}
