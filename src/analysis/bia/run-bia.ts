/**
 * runBia: every disruption x every service it touches x both placements x the plan-duration
 * bounds, each one a short deterministic simulation of a derived, reduced scenario compared
 * with the same scenario undisrupted. In scenarios of more than SMALL components, pairs and
 * triples run at the most-likely end only (they outnumber the singles); a bound whose step
 * durations equal the most-likely ones reuses that run.
 */
import { DemandProfile } from '../../core/demand.ts';
import { serviceMetrics } from '../../core/metrics.ts';
import type { Inject, RecoveryPlan, Scenario, Service } from '../../core/model.ts';
import { simulate } from '../../simulator/simulate.ts';
import { involvedComponents } from '../../core/involved.ts';
import { analysePlans } from './critical-path.ts';
import { deriveScenario, fixPlans, fixSwitchovers, type Derived } from './derive.ts';
import { enumerateDisruptions } from './disruptions.ts';
import { impactFigures, worstDataLoss, type RunSummary } from './impact.ts';
import { placementsOf } from './placements.ts';
import { reduceScenario } from './reduce.ts';
import { disruptionInjects } from './injects.ts';
import { findSpofs } from './spofs.ts';
import { StaticTopology } from './static-impact.ts';
import {
  BOUNDS,
  PLACEMENTS,
  type BiaOptions,
  type BiaResult,
  type Bound,
  type Disruption,
  type DisruptionResult,
  type ImpactFigures,
  type ServiceImpact,
} from './types.ts';

const SEED = 'bia';
/** Up to this many components, pairs and triples run at every bound too. */
const SMALL = 50;

function summarise(scenario: Scenario, service: Service, injects: readonly Inject[]): RunSummary {
  const trace = simulate(scenario, SEED, { injects });
  const own = scenario.services.find((s) => s.id === service.id) ?? service;
  return {
    metrics: serviceMetrics(scenario, own, trace),
    intervals: trace.intervals[service.id] ?? [],
  };
}

function peakDemand(scenario: Scenario, service: Service): number {
  const demand = new DemandProfile(scenario, service, []);
  let peak = 0;
  for (let t = 0; t < scenario.horizon; t = demand.nextChange(t))
    peak = Math.max(peak, demand.rateAt(t));
  return peak;
}

export function runBia(scenario: Scenario, options: BiaOptions = {}): BiaResult {
  const topology = new StaticTopology(scenario);
  const disruptions = enumerateDisruptions(scenario, options, topology);
  const placements = scenario.services.map((s) => placementsOf(scenario, s));
  const plans = Object.fromEntries(BOUNDS.map((b) => [b, fixPlans(scenario.plans, b)])) as Record<
    Bound,
    RecoveryPlan[]
  >;
  const services = Object.fromEntries(
    BOUNDS.map((b) => [b, fixSwitchovers(scenario.services, b)]),
  ) as Record<Bound, Service[]>;
  const sameAsLikely = (b: Bound): boolean =>
    JSON.stringify(plans[b]) === JSON.stringify(plans.likely) &&
    JSON.stringify(services[b]) === JSON.stringify(services.likely);
  const small = scenario.components.length <= SMALL;
  const boundsToRun = BOUNDS.filter((b) => b === 'likely' || !sameAsLikely(b));
  const involved = new Map(
    scenario.services.map((s) => [s.id, new Set(involvedComponents(scenario, s))]),
  );
  const byId = new Map(scenario.components.map((c) => [c.id, c]));
  const touches = (d: Disruption, s: Service): boolean =>
    d.kind === 'surge' || d.components.some((id) => involved.get(s.id)!.has(id));
  const total = disruptions.reduce(
    (n, d) => n + scenario.services.filter((s) => touches(d, s)).length * PLACEMENTS.length,
    0,
  );

  let runs = 0;
  const prepared = new Map<string, { derived: Derived; base: RunSummary; peak: number }>();
  const prepare = (service: Service, placement: number, kind: string, bound: Bound) => {
    const key = `${service.id}|${kind}|${bound}`;
    let p = prepared.get(key);
    if (!p) {
      const derived = deriveScenario(
        scenario,
        plans[bound],
        placement,
        service.objectives.mtpd,
        services[bound],
      );
      runs++;
      p = {
        derived,
        base: summarise(derived.scenario, service, []),
        peak: peakDemand(derived.scenario, service),
      };
      prepared.set(key, p);
    }
    return p;
  };

  let done = 0;
  const results: DisruptionResult[] = disruptions.map((d) => {
    const impacts: ServiceImpact[] = [];
    for (const service of scenario.services) {
      if (!touches(d, service)) continue;
      const mine = d.components.filter((id) => involved.get(service.id)!.has(id));
      const dataLost = worstDataLoss(
        mine.flatMap((id) => byId.get(id) ?? []),
        d.kind === 'corruption',
        scenario.horizon,
      );
      const place = placements.find((p) => p.service === service.id)!;
      for (const kind of PLACEMENTS) {
        const placement = place[kind];
        const bounds: Partial<Record<Bound, ImpactFigures>> = {};
        const combination = d.kind === 'pair' || d.kind === 'triple';
        const wanted = combination && !small ? ['likely' as const] : boundsToRun;
        for (const bound of wanted) {
          const { derived, base, peak } = prepare(service, placement.t, kind, bound);
          // The derived service: its standby switch-overs are fixed at the bound.
          const own = derived.scenario.services.find((x) => x.id === service.id) ?? service;
          const reduced = reduceScenario(derived.scenario, own, mine, peak, d.kind !== 'surge');
          runs++;
          const hit = summarise(
            reduced,
            service,
            disruptionInjects(d, derived.at, derived.scenario, service),
          );
          bounds[bound] = impactFigures(derived.scenario, service, derived.at, hit, base, dataLost);
        }
        if (!combination || small)
          for (const b of BOUNDS) if (!bounds[b] && sameAsLikely(b)) bounds[b] = bounds.likely!;
        impacts.push({ service: service.id, placement: kind, at: placement.at, bounds });
        options.onProgress?.(++done, total);
      }
    }
    const rankCost = impacts
      .filter((i) => i.placement === 'worst')
      .reduce((sum, i) => sum + (i.bounds.likely?.cost ?? 0), 0);
    return { ...d, impacts, rankCost: Math.round(rankCost * 100) / 100 };
  });
  results.sort((a, b) => b.rankCost - a.rankCost);
  return {
    scenario: scenario.name,
    placements,
    disruptions: results,
    spofs: findSpofs(scenario, topology),
    plans: analysePlans(scenario),
    runs,
  };
}
