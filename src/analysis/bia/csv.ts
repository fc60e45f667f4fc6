/** The BIA table as CSV (RFC 4180): one row per disruption x service x placement x bound. */
import { BOUNDS, type BiaResult } from './types.ts';

const HEADER = [
  'rank',
  'disruption',
  'kind',
  'label',
  'service',
  'placement',
  'at',
  'bound',
  'worst_state',
  'time_to_restore_min',
  'down_in_agreed_hours_min',
  'degraded_in_agreed_hours_min',
  'unserved_transactions',
  'cost',
  'data_loss_cost',
  'outage_min',
  'rto_met',
  'plan_slower_than_rto',
  'rto_exceeded_by_min',
  'mtpd_breached',
  'data_lost_min',
  'data_lost_in_run_min',
  'rpo_met',
  'cost_after_1h',
  'cost_after_4h',
  'cost_after_24h',
  'cost_after_72h',
];

const cell = (v: string | number | boolean | null): string => {
  const text = v === null ? '' : String(v);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function biaToCsv(result: BiaResult): string {
  const rows: (string | number | boolean | null)[][] = [HEADER];
  result.disruptions.forEach((d, i) => {
    for (const impact of d.impacts)
      for (const bound of BOUNDS) {
        const f = impact.bounds[bound];
        if (!f) continue;
        rows.push([
          i + 1,
          d.id,
          d.kind,
          d.label,
          impact.service,
          impact.placement,
          impact.at,
          bound,
          f.worstState,
          f.timeToRestoreMinutes,
          f.downMinutes,
          f.degradedMinutes,
          f.unservedTransactions,
          f.cost,
          f.dataLossCost,
          f.outageMinutes,
          f.rtoMet,
          f.planSlowerThanRto,
          f.rtoExceededByMinutes,
          f.mtpdBreached,
          f.dataLostMinutes,
          f.dataLostInRunMinutes,
          f.rpoMet,
          f.costAfter.h1,
          f.costAfter.h4,
          f.costAfter.h24,
          f.costAfter.h72,
        ]);
      }
  });
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
