/**
 * The BIA heatmap of a service: its costliest disruptions (those that cost anything at the
 * worst moment), each placed at every hour of the worst moment's day, as the table's row is
 * placed at the worst moment: the same disruption, the same surge length, the same
 * conditions (most-likely step durations). A cell is one simulated disruption, and its
 * injects are its replay: the timeline that runs them under the BIA's conditions shows the
 * cell's downtime and cost (test/analysis/bia/heatmap-replay.test.ts).
 */
import { formatLocal } from '../../core/civil.ts';
import type { Scenario, Service } from '../../core/model.ts';
import { MS_PER_HOUR } from '../../core/time.ts';
import { dayStartOf } from './derive.ts';
import type { BiaEvaluator } from './evaluator.ts';
import { disruptionInjects, surgeLengthOf } from './injects.ts';
import type {
  DisruptionResult,
  HeatmapCell,
  HeatmapRow,
  ImpactFigures,
  ServiceHeatmap,
} from './types.ts';
import { localAt } from '../../core/zone.ts';

/** The disruptions a heatmap shows: by rank, those whose worst placement costs or harms anything. */
export function heatmapDisruptions(
  results: readonly DisruptionResult[],
  service: string,
  rows: number,
): { d: DisruptionResult; injects: DisruptionResult['impacts'][number]['injects'] }[] {
  return results
    .flatMap((d) => {
      const worst = d.impacts.find((i) => i.service === service && i.placement === 'worst');
      const f = worst?.bounds.likely;
      if (!worst || !f) return [];
      const harm = f.cost > 0 || f.downMinutes > 0 || f.degradedMinutes > 0;
      return harm ? [{ d, injects: worst.injects }] : [];
    })
    .slice(0, rows);
}

export function biaHeatmap(
  scenario: Scenario,
  service: Service,
  /** The worst placement's time: the heatmap shows its day. */
  worst: number,
  results: readonly DisruptionResult[],
  evaluator: BiaEvaluator,
  rows: number,
  onCell: () => void = () => {},
): ServiceHeatmap {
  const day = dayStartOf(scenario, worst);
  const out: HeatmapRow[] = heatmapDisruptions(results, service.id, rows).map(({ d, injects }) => {
    const surge = surgeLengthOf(injects) ?? undefined;
    const cells = Array.from({ length: 24 }, (_, hour): HeatmapCell | null => {
      const t = day + hour * MS_PER_HOUR;
      onCell();
      if (t < 0 || t >= scenario.horizon) return null;
      const cellInjects = disruptionInjects(d, t, scenario, service, surge);
      return {
        hour,
        at: formatLocal(localAt(scenario, t)),
        t,
        injects: cellInjects,
        // a cell keeps its figures, not its plans' paths (the table's runs and the plans'
        // night runs carry those): the heatmap stays as light as before teams
        figures: withoutRecovery(evaluator.impact(d, service, t, 'likely', cellInjects)),
      };
    });
    return { disruption: d.id, label: d.label, cells };
  });
  return {
    service: service.id,
    day: formatLocal(localAt(scenario, Math.max(0, day))).slice(0, 10),
    bound: 'likely',
    rows: out,
  };
}

function withoutRecovery(f: ImpactFigures): ImpactFigures {
  const { recovery: _recovery, ...rest } = f;
  return rest;
}
