/**
 * runBia: every disruption x every service it touches x both placements x the plan-duration
 * bounds, each one a short deterministic simulation (evaluator.ts) compared with the same
 * day undisrupted. In scenarios of more than SMALL components, pairs and triples run at the
 * most-likely end only (they outnumber the singles); a bound whose step durations equal the
 * most-likely ones reuses that run. With `heatmap`, each service's heatmap follows (heatmap.ts).
 */
import { involvedComponents } from '../../core/involved.ts';
import type { Scenario, Service } from '../../core/model.ts';
import { analysePlans } from './critical-path.ts';
import { enumerateDisruptions } from './disruptions.ts';
import { BiaEvaluator } from './evaluator.ts';
import { biaHeatmap, heatmapDisruptions } from './heatmap.ts';
import { disruptionInjects } from './injects.ts';
import { placementsOf } from './placements.ts';
import { planRunsWithTeams } from './plan-runs.ts';
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
  type PlacementKind,
  type ServiceImpact,
} from './types.ts';

/** Up to this many components, pairs and triples run at every bound too. */
const SMALL = 50;

export function runBia(scenario: Scenario, options: BiaOptions = {}): BiaResult {
  const topology = new StaticTopology(scenario);
  const disruptions = enumerateDisruptions(scenario, options, topology);
  const placements = scenario.services.map((s) => placementsOf(scenario, s));
  const evaluator = new BiaEvaluator(scenario);
  const small = scenario.components.length <= SMALL;
  const boundsToRun = BOUNDS.filter((b) => b === 'likely' || !evaluator.sameAsLikely(b));
  const involved = new Map(
    scenario.services.map((s) => [s.id, new Set(involvedComponents(scenario, s))]),
  );
  const touches = (d: Disruption, s: Service): boolean =>
    d.kind === 'surge' || d.components.some((id) => involved.get(s.id)!.has(id));
  const tableRuns = disruptions.reduce(
    (n, d) => n + scenario.services.filter((s) => touches(d, s)).length * PLACEMENTS.length,
    0,
  );
  // The heatmap's rows are known once the table is: until then, count the most it can have.
  let total =
    tableRuns +
    (options.heatmap
      ? scenario.services.length * Math.min(options.heatmap.rows, disruptions.length) * 24
      : 0);

  let done = 0;
  const results: DisruptionResult[] = disruptions.map((d) => {
    const impacts: ServiceImpact[] = [];
    for (const service of scenario.services) {
      if (!touches(d, service)) continue;
      const place = placements.find((p) => p.service === service.id)!;
      for (const kind of PLACEMENTS) {
        const placement = place[kind];
        const injects = disruptionInjects(d, placement.t, scenario, service);
        const bounds: Partial<Record<Bound, ImpactFigures>> = {};
        const combination = d.kind === 'pair' || d.kind === 'triple';
        const wanted = combination && !small ? ['likely' as const] : boundsToRun;
        for (const bound of wanted)
          bounds[bound] = evaluator.impact(d, service, placement.t, bound, injects);
        if (!combination || small)
          for (const b of BOUNDS)
            if (!bounds[b] && evaluator.sameAsLikely(b)) bounds[b] = bounds.likely!;
        impacts.push({ service: service.id, placement: kind, at: placement.at, injects, bounds });
        options.onProgress?.(++done, total);
      }
    }
    const rankCost = impacts
      .filter((i) => i.placement === 'worst')
      .reduce((sum, i) => sum + (i.bounds.likely?.cost ?? 0), 0);
    return { ...d, impacts, rankCost: Math.round(rankCost * 100) / 100 };
  });
  results.sort((a, b) => b.rankCost - a.rankCost);
  if (options.heatmap)
    total =
      tableRuns +
      24 *
        scenario.services.reduce(
          (n, s) => n + heatmapDisruptions(results, s.id, options.heatmap!.rows).length,
          0,
        );
  const heatmaps = options.heatmap
    ? scenario.services.map((service) =>
        biaHeatmap(
          scenario,
          service,
          placements.find((p) => p.service === service.id)!.worst.t,
          results,
          evaluator,
          options.heatmap!.rows,
          () => options.onProgress?.(++done, total),
        ),
      )
    : undefined;
  return {
    scenario: scenario.name,
    placements: placements.map((p) => {
      const service = scenario.services.find((s) => s.id === p.service)!;
      const undisrupted = (kind: PlacementKind) =>
        evaluator.undisrupted(service, p[kind].t, 'likely');
      return {
        ...p,
        undisrupted: { worst: undisrupted('worst'), opening: undisrupted('opening') },
      };
    }),
    disruptions: results,
    spofs: findSpofs(scenario, topology),
    plans: analysePlans(scenario).map((p) => {
      const plan = scenario.plans.find((x) => x.id === p.plan);
      const runs =
        plan && scenario.teams?.length
          ? planRunsWithTeams(scenario, plan, results, placements, evaluator)
          : [];
      return runs.length ? { ...p, withTeams: runs } : p;
    }),
    runs: evaluator.runs,
    ...(heatmaps ? { heatmaps } : {}),
  };
}
