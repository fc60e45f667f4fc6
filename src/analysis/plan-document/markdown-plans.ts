/** One recovery plan in the continuity plan's Markdown: procedure, critical path, simulated fit, review. */
import { prose, table } from './markdown-parts.ts';
import type { RecoveryRun } from './recovery-run.ts';
import { reviewFlags } from './review.ts';
import { dateText, minutesText, periodText } from './text.ts';
import type { PlanDocument, PlanFitRun, PlanSection } from './types.ts';

const FIT_WORDS = {
  fits: 'fits the RTO',
  'at-risk': 'at risk: only its most likely recovery is within the RTO',
  'does-not-fit': 'does not fit the RTO',
} as const;

const when = (local: string): string => `${dateText(local.slice(0, 10))} ${local.slice(11, 16)}`;

const recovery = (r: RecoveryRun): string =>
  r.recoveryMinutes === null ? 'not finished within the run' : minutesText(r.recoveryMinutes);

/** What waiting for teams did in a run, in words: "Rebuild waited 40 min for DBAs: called out at 02:10, at work 02:50". */
export function waitsText(
  run: RecoveryRun,
  plan: PlanSection,
  teamName: (id: string) => string,
): string[] {
  return run.steps.flatMap((s) => {
    const waited = s.startMinutes - s.readyMinutes;
    if (s.waitedFor === null || waited <= 0) return [];
    const name = plan.steps.find((x) => x.id === s.step)?.name ?? s.step;
    const call = s.callOut
      ? `: called out at ${s.callOut.at.slice(11, 16)}, at work ${s.callOut.arrives.slice(11, 16)}`
      : '';
    return [`${name} waited ${minutesText(waited)} for ${teamName(s.waitedFor)}${call}`];
  });
}

function fitText(doc: PlanDocument, plan: PlanSection, f: PlanFitRun): string {
  const teamName = (id: string) => doc.teams.find((t) => t.id === id)?.name ?? id;
  const steps = new Map(plan.steps.map((s) => [s.id, s.name]));
  const waits = waitsText(f.likely, plan, teamName);
  return [
    `**${prose(f.serviceName)}** (RTO ${minutesText(f.rtoMinutes)}): simulated with ${prose(f.componentName)} failing at ${when(f.at)}, the peak of the service's agreed hours. Detected after ${minutesText(f.likely.detectedMinutes)}; the plan completes ${recovery(f.likely)} after the failure with every step at its most likely duration, ${recovery(f.high)} at its longest: **${FIT_WORDS[f.fit]}**.`,
    ...(f.serviceOutageMinutes !== null
      ? [
          `The service itself is down ${minutesText(f.serviceOutageMinutes)} (RTO ${f.serviceRto}), from the business impact analysis.`,
        ]
      : f.serviceRto !== null
        ? ['The service itself does not go down: it has a stand-in.']
        : []),
    `Critical path as simulated: ${f.likely.criticalPath.map((id) => prose(steps.get(id) ?? id)).join(' → ') || '—'}.`,
    ...(waits.length ? [`Waiting for teams: ${waits.map(prose).join('; ')}.`] : []),
  ].join(' ');
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
