/** The human-readable BIA report for the terminal: SPOFs, top disruptions, plans, findings. */
import type { Finding } from '../analysis/advisor/index.ts';
import { evidenceText } from '../analysis/advisor/evidence-text.ts';
import type { BiaResult, ImpactFigures } from '../analysis/bia/index.ts';
import { dominantText, partNames, pathText } from '../analysis/bia/path-text.ts';
import { dataLostText } from '../analysis/bia/verdict-text.ts';
import { proseWhen } from '../analysis/prose-time.ts';
import { rtoVerdict } from '../core/outage.ts';
import type { Scenario } from '../core/model.ts';
import { mins, money, table, when } from './text.ts';

const indent = (lines: string[]): string[] => lines.map((l) => `  ${l}`);

function rto(f: ImpactFigures): string {
  if (f.outageMinutes === null) return '-';
  switch (rtoVerdict(f)) {
    case 'breached':
      return `+${mins(f.rtoExceededByMinutes)}`;
    case 'slower-outside-hours':
      return `slower +${mins(f.rtoExceededByMinutes)}, outside agreed h`;
    case 'open':
      return 'running';
    case 'met':
      return 'met';
  }
}

export function formatBia(
  bia: BiaResult,
  findings: readonly Finding[],
  currency: string,
  top = 15,
  scenario?: Pick<Scenario, 'components' | 'plans'>,
): string {
  const lines: string[] = [
    `Business impact analysis: ${bia.scenario} (${bia.runs} simulations)`,
    '',
  ];
  for (const p of bia.placements)
    lines.push(
      `Placements for ${p.service}: worst moment ${when(p.worst.at)} (${Math.round(p.worst.demand)} tpm), opening ${when(p.opening.at)} (${Math.round(p.opening.demand)} tpm)`,
    );
  lines.push('', 'Single points of failure');
  if (bia.spofs.length === 0) lines.push('  none');
  else
    lines.push(
      ...indent(
        table([
          ['service', 'component', 'why', 'takes down'],
          ...bia.spofs.map((s) => [s.service, s.component, s.reason, s.takesDown.join(', ')]),
        ]),
      ),
    );
  lines.push(
    '',
    `Top ${Math.min(top, bia.disruptions.length)} of ${bia.disruptions.length} disruptions at the worst moment, most-likely durations`,
    '  (down, degraded, data and cost: what the disruption adds to the same run without it; degraded below zero where it turned degraded time into downtime)',
  );
  const rows = [
    [
      '#',
      'disruption',
      'service',
      'state',
      'restore',
      'down',
      'degraded',
      'RTO',
      'MTPD',
      'data lost',
      'data cost',
      'cost',
      '1h',
      '4h',
      '24h',
      '72h',
    ],
  ];
  bia.disruptions.slice(0, top).forEach((d, i) => {
    for (const impact of d.impacts.filter((x) => x.placement === 'worst')) {
      const f = impact.bounds.likely;
      if (!f) continue;
      rows.push([
        String(i + 1),
        d.label,
        impact.service,
        f.worstState,
        f.timeToRestoreMinutes === null ? 'not in window' : mins(f.timeToRestoreMinutes),
        mins(f.downMinutes),
        mins(f.degradedMinutes),
        rto(f),
        f.mtpdBreached ? 'BREACHED' : 'ok',
        dataLostText(f, mins).replace(' > RPO', ' (RPO!)').replace('—', '-'),
        money(f.dataLossCost, ''),
        money(f.cost, currency),
        money(f.costAfter.h1, ''),
        money(f.costAfter.h4, ''),
        money(f.costAfter.h24, ''),
        money(f.costAfter.h72, ''),
      ]);
    }
  });
  lines.push(...indent(table(rows)));
  lines.push('', 'Recovery plans: critical path low / likely / high, dominant step (likely)');
  lines.push(
    ...indent(
      table([
        ['plan', 'low', 'likely', 'high', 'critical path', 'dominant'],
        ...bia.plans.map((p) => [
          p.plan,
          mins(p.paths.low.lengthMinutes),
          mins(p.paths.likely.lengthMinutes),
          mins(p.paths.high.lengthMinutes),
          p.paths.likely.steps.join(' > '),
          p.paths.likely.dominant
            ? `${p.paths.likely.dominant.step} (${Math.round(p.paths.likely.dominant.share * 100)} %)`
            : '-',
        ]),
      ]),
    ),
  );
  const runs = bia.plans.flatMap((p) => (p.withTeams ?? []).map((w) => ({ p, w })));
  if (runs.length > 0) {
    lines.push(
      '',
      'Recovery plans with their teams: its first component fails alone (most likely)',
    );
    lines.push(
      ...indent(
        table([
          ['plan', 'failure at', 'plan takes', 'critical path', 'dominant'],
          ...runs.map(({ p, w }) => {
            const names = partNames(scenario ?? { plans: [] }, p.plan);
            return [
              p.plan,
              `${proseWhen(w.at)}${w.when === 'night' ? ' (night)' : ''}`,
              w.recovery.lengthMinutes === null ? 'not done' : mins(w.recovery.lengthMinutes),
              pathText(w.recovery, names),
              dominantText(w.recovery, names),
            ];
          }),
        ]),
      ),
    );
  }
  lines.push('', `Findings (${findings.length})`);
  for (const f of findings) {
    lines.push(`  [${f.severity.toUpperCase()}] ${f.title}`);
    lines.push(`    ${f.explanation}`);
    const evidence = evidenceText(f, scenario)
      .map((e) => `${e.label}: ${e.value}`)
      .join('; ');
    if (evidence) lines.push(`    Evidence: ${evidence}`);
    const run = f.simulated;
    if (run)
      lines.push(
        `    Simulated: ${run.disruption ?? 'no disruption'} at ${when(run.at)}, ${run.bound} step durations`,
      );
    lines.push(
      `    Suggestion: ${f.suggestion.text}${f.suggestion.edit ? ` [edit: ${f.suggestion.edit.kind}]` : ''}`,
    );
  }
  return lines.join('\n');
}
