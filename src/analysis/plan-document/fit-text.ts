/**
 * A plan's simulated fit in words, as parts of text (some to stress), so the Markdown and the
 * printed page say the same thing: "Money transfer (RTO 2 h): simulated with Database 1
 * failing at Fri 30 Jan 2026 11:00, ... the plan completes 3 h 35 min after the failure ...:
 * does not fit the RTO."
 */
import type { RecoveryRun } from './recovery-run.ts';
import { dateText, minutesText } from './text.ts';
import type { PlanDocument, PlanFitRun, PlanSection } from './types.ts';

export interface TextPart {
  readonly text: string;
  readonly strong?: boolean;
}

export const FIT_WORDS = {
  fits: 'fits the RTO',
  'at-risk': 'at risk: only its most likely recovery is within the RTO',
  'does-not-fit': 'does not fit the RTO',
} as const;

/** At risk only because of its night run: within the RTO by day even at its longest. */
export const AT_RISK_AT_NIGHT = 'at risk: within the RTO by day, not at night';

const within = (r: RecoveryRun, rto: number): boolean =>
  r.recoveryMinutes !== null && r.recoveryMinutes <= rto;

/** The verdict in words: why a plan is at risk when its longest run by day is within the RTO. */
export const fitWords = (f: PlanFitRun): string =>
  f.fit === 'at-risk' && within(f.high, f.rtoMinutes) ? AT_RISK_AT_NIGHT : FIT_WORDS[f.fit];

/** `, within the RTO` or `, 1 h 28 min over the RTO` of a run (nothing when it did not finish). */
const againstRto = (r: RecoveryRun, rto: number): string =>
  r.recoveryMinutes === null
    ? ''
    : r.recoveryMinutes <= rto
      ? ', within the RTO'
      : `, ${minutesText(r.recoveryMinutes - rto)} over the RTO`;

/** `Fri 30 Jan 2026 11:00` of a local `YYYY-MM-DDTHH:MM`. */
export const whenText = (local: string): string =>
  `${dateText(local.slice(0, 10))} ${local.slice(11, 16)}`;

const recovery = (r: RecoveryRun): string =>
  r.recoveryMinutes === null ? 'not finished within the run' : minutesText(r.recoveryMinutes);

/** What waiting for teams did in a run: "Rebuild waited 40 min for DBAs: called out at 02:10, at work 02:50". */
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

export function fitParts(doc: PlanDocument, plan: PlanSection, f: PlanFitRun): TextPart[] {
  const teamName = (id: string) => doc.teams.find((t) => t.id === id)?.name ?? id;
  const steps = new Map(plan.steps.map((s) => [s.id, s.name]));
  const waits = waitsText(f.likely, plan, teamName);
  const night = f.night
    ? (() => {
        const w = waitsText(f.night.run, plan, teamName);
        return ` At night (${whenText(f.night.at)}), steps at their most likely durations, the plan completes ${recovery(f.night.run)} after the failure${againstRto(f.night.run, f.rtoMinutes)}${w.length ? `: ${w.join('; ')}` : ', with no waiting for a team'}.`;
      })()
    : '';
  const service =
    f.serviceOutageMinutes !== null
      ? ` The service itself is down ${minutesText(f.serviceOutageMinutes)} (RTO ${f.serviceRto}), from the business impact analysis.`
      : f.serviceRto !== null
        ? ' The service itself does not go down: it has a stand-in.'
        : '';
  return [
    { text: f.serviceName, strong: true },
    {
      text: ` (RTO ${minutesText(f.rtoMinutes)}): simulated with ${f.componentName} failing at ${whenText(f.at)}, the peak of the service's agreed hours. Detected after ${minutesText(f.likely.detectedMinutes)}; the plan completes ${recovery(f.likely)} after the failure with every step at its most likely duration, ${recovery(f.high)} at its longest: `,
    },
    { text: fitWords(f), strong: true },
    {
      text: `.${service} Critical path as simulated: ${f.likely.criticalPath.map((id) => steps.get(id) ?? id).join(' → ') || '—'}.${waits.length ? ` Waiting for teams: ${waits.join('; ')}.` : ''}${night}`,
    },
  ];
}
