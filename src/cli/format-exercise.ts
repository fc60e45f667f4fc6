/** The after-action report of an exercise as plain text, for the command line. */
import type { AfterActionReport, Verdict } from '../exercise/report.ts';
import { mins, money, table, when } from './text.ts';

const verdict = (v: Verdict, by = 0): string =>
  v === 'breached' && by > 0 ? `breached by ${mins(by)}` : v;
const time = (local: string): string => local.slice(11);

export function formatAfterAction(r: AfterActionReport): string {
  const out: string[] = [
    `After-action report: ${r.exercise} (${r.scenario}, seed ${r.seed})`,
    `Exercise from ${when(r.start)} to ${when(r.scheduledEnd)}${r.ended ? `, ended ${when(r.ended)}` : ', not ended'}`,
    '',
  ];
  for (const s of r.services) {
    const by = s.outages.reduce((w, o) => Math.max(w, o.rtoExceededByMinutes), 0);
    out.push(
      `${s.name}`,
      ...table([
        ['', 'exercise', 'plan to the letter'],
        [`RTO ${s.objectives.rto}`, verdict(s.rto, by), verdict(s.plan.rto)],
        [`MTPD ${s.objectives.mtpd}`, verdict(s.mtpd), verdict(s.plan.mtpd)],
        [
          `RPO ${s.objectives.rpo}`,
          `${s.rpo}${s.worstDataLossMinutes === null ? '' : ` (${mins(s.worstDataLossMinutes)} lost)`}`,
          '',
        ],
        [
          'downtime in agreed hours',
          mins(s.downtimeInAgreedHoursMinutes),
          mins(s.plan.downtimeInAgreedHoursMinutes),
        ],
        [
          'downtime outside agreed hours',
          mins(s.downtimeOutsideAgreedHoursMinutes),
          mins(s.plan.downtimeOutsideAgreedHoursMinutes),
        ],
        ['data lost', mins(s.dataLostMinutes), mins(s.plan.dataLostMinutes)],
        [
          'cost of data lost',
          money(s.dataLossCost, s.currency),
          money(s.plan.dataLossCost, s.currency),
        ],
        ['cost (all)', money(s.cost, s.currency), money(s.plan.cost, s.currency)],
      ]).map((line) => `  ${line}`),
      '',
    );
  }
  out.push(
    'Decisions',
    ...table([
      ['asked', 'decided', 'took', 'chosen'],
      ...r.decisions.map((d) => [
        d.openedAt ? time(d.openedAt) : '-',
        d.decidedAt ? time(d.decidedAt) : '-',
        d.tookMinutes === null ? '-' : `${mins(d.tookMinutes)} of ${mins(d.timeLimitMinutes)}`,
        `${d.label ?? (d.openedAt ? 'not decided' : 'never asked')}${d.timedOut ? ' (time ran out: default)' : ''}`,
      ]),
    ]).map((line) => `  ${line}`),
    '',
    'Findings the exercise exposed',
    ...(r.findings.length === 0
      ? ['  none']
      : r.findings.map((f) => `  [${f.severity.toUpperCase()}] ${f.title}`)),
    '',
    'Timeline',
    ...table(
      r.timeline.map((e) => [time(e.at), e.kind, `${e.text}${e.projected ? ' (projected)' : ''}`]),
    ).map((line) => `  ${line}`),
    '',
    `Run fingerprint ${r.fingerprints.run} (script ${r.fingerprints.script})`,
  );
  if (r.notes) out.push('', "Facilitator's notes", ...r.notes.split('\n').map((l) => `  ${l}`));
  return out.join('\n');
}
