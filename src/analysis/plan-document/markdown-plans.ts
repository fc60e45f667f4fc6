/** One recovery plan in the continuity plan's Markdown: procedure, critical path, simulated fit, review. */
import { prose, table } from './markdown-parts.ts';
import { fitParts } from './fit-text.ts';
import { reviewFlags } from './review.ts';
import { dateText, minutesText, periodText } from './text.ts';
import type { PlanDocument, PlanFitRun, PlanSection } from './types.ts';

function fitText(doc: PlanDocument, plan: PlanSection, f: PlanFitRun): string {
  return fitParts(doc, plan, f)
    .map((p) => (p.strong ? `**${prose(p.text)}**` : prose(p.text)))
    .join('');
}

export function planMarkdown(doc: PlanDocument, plan: PlanSection, index: number): string {
  const critical = plan.steps.filter((s) => s.critical).map((s) => `${s.number}. ${s.name}`);
  const r = plan.review;
  const flags = r ? reviewFlags(r) : [];
  return [
    `### 7.${index} ${prose(plan.name)}`,
    '',
    `Restores: ${prose(plan.restores.join(', ') || 'nothing (no component names this plan)')}.`,
    ...(r
      ? [
          '',
          `Review: ${prose(r.owner)}, every ${periodText(r.every)}; last reviewed ${r.last === null ? 'never' : dateText(r.last)}${r.due ? `, next due ${dateText(r.due)}` : ''}.${flags.length ? ` **${flags.map((f) => f[0]!.toUpperCase() + f.slice(1)).join('. ')}.**` : ''}`,
        ]
      : []),
    '',
    table(
      ['#', 'Step', 'Owner', 'Duration', 'After steps', 'Critical path'],
      plan.steps.map((s) => [
        String(s.number),
        s.name,
        s.owner ?? '—',
        s.duration,
        s.after.length ? s.after.map(String).join(', ') : 'start',
        s.critical ? 'yes' : '',
      ]),
      [0],
    ),
    '',
    `Critical path at the most likely durations: ${prose(critical.join(' → ') || '—')}, ${minutesText(plan.summedMinutes.likely)} (${minutesText(plan.summedMinutes.low)} at the shortest, ${minutesText(plan.summedMinutes.high)} at the longest), before detection and any waiting for a team.`,
    '',
    ...(plan.fits.length
      ? plan.fits
          .map((f) => fitText(doc, plan, f))
          .join('\n\n')
          .split('\n')
      : ['No service in this document needs what it restores.']),
  ].join('\n');
}
