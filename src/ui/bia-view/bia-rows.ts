/** The BIA table's rows for one service: the worst placement, most-likely plan durations. */
import type { DisruptionResult, ImpactFigures } from '../../analysis/bia/types.ts';
import type { Inject } from '../../core/model.ts';

export interface BiaRow {
  readonly disruption: DisruptionResult;
  readonly at: string;
  /** The disruption's injects at the worst placement: its replay. */
  readonly injects: readonly Inject[];
  readonly likely: ImpactFigures;
  readonly low: ImpactFigures | null;
  readonly high: ImpactFigures | null;
}

export type SortKey =
  'label' | 'restore' | 'down' | 'cost' | 'h1' | 'h4' | 'h24' | 'h72' | 'rto' | 'data' | 'dataCost';

export function biaRows(disruptions: readonly DisruptionResult[], service: string): BiaRow[] {
  return disruptions.flatMap((d) => {
    const impact = d.impacts.find((i) => i.service === service && i.placement === 'worst');
    const likely = impact?.bounds.likely;
    if (!impact || !likely) return [];
    return [
      {
        disruption: d,
        at: impact.at,
        injects: impact.injects,
        likely,
        low: impact.bounds.low ?? null,
        high: impact.bounds.high ?? null,
      },
    ];
  });
}

const value = (row: BiaRow, key: SortKey): number | string => {
  const f = row.likely;
  switch (key) {
    case 'label':
      return row.disruption.label;
    case 'restore':
      return f.timeToRestoreMinutes ?? -1;
    case 'down':
      return f.downMinutes;
    case 'cost':
      return f.cost;
    case 'rto':
      return f.rtoMet === false ? f.rtoExceededByMinutes : -1;
    case 'data':
      return f.dataLostMinutes ?? -1;
    case 'dataCost':
      return f.dataLossCost;
    default:
      return f.costAfter[key];
  }
};

export function sortRows(rows: readonly BiaRow[], key: SortKey, descending: boolean): BiaRow[] {
  return [...rows].sort((a, b) => {
    const x = value(a, key);
    const y = value(b, key);
    const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
    return (descending ? -order : order) || a.disruption.id.localeCompare(b.disruption.id);
  });
}
