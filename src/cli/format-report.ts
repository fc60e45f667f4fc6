/** The human-readable run report for the terminal: targets against results, then outages. */
import { rtoVerdict } from '../core/outage.ts';
import type { OutageReport, RunReport, ServiceReport } from '../core/report.ts';
import { mins, money, table, when } from './text.ts';

const pct = (x: number | null, digits = 3): string =>
  x === null ? 'n/a' : `${(x * 100).toFixed(digits)} %`;
const num = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 0 });
const verdict = (ok: boolean): string => (ok ? 'met' : 'BREACHED');

/** An outage's RTO column: met, +overrun when breached, or slower outside agreed hours. */
function rtoCell(o: OutageReport): string {
  switch (rtoVerdict(o)) {
    case 'breached':
      return `+${mins(o.rtoExceededByMinutes)}`;
    case 'slower-outside-hours':
      return `slower +${mins(o.rtoExceededByMinutes)}, outside agreed h`;
    case 'open':
      return 'running';
    case 'met':
      return 'met';
  }
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function serviceBlock(s: ServiceReport): string[] {
  const rtoBreached = s.rtoBreaches > 0;
  const lines = [
    `Service ${s.name} (${s.service})`,
    ...table([
      ['', 'objective', 'result', ''],
      [
        'Availability in agreed hours',
        pct(s.target),
        pct(s.availabilityInAgreedHours),
        verdict(s.targetMet),
      ],
      ['Downtime in agreed hours', '', mins(s.downtimeInAgreedHoursMinutes), ''],
      ['Degraded in agreed hours', '', mins(s.degradedInAgreedHoursMinutes), ''],
      ['Outages', '', String(s.outages.length), ''],
      [
        'Recovery time (RTO)',
        s.objectives.rto,
        plural(s.rtoBreaches, 'breach', 'breaches') +
          (s.rtoOverrunsOutsideAgreedHours > 0
            ? ` (${plural(s.rtoOverrunsOutsideAgreedHours, 'plan', 'plans')} slower than the RTO outside agreed hours, no business impact)`
            : ''),
        verdict(!rtoBreached),
      ],
      [
        'Max tolerable disruption (MTPD)',
        s.objectives.mtpd,
        `${s.mtpdBreaches} breach${s.mtpdBreaches === 1 ? '' : 'es'}`,
        verdict(s.mtpdBreaches === 0),
      ],
      [
        'Data loss (RPO)',
        s.objectives.rpo,
        s.worstDataLossMinutes === null ? 'none' : mins(s.worstDataLossMinutes),
        verdict(s.rpoMet),
      ],
      ...(s.dataLostMinutes > 0
        ? [
            [
              'Data lost in all',
              '',
              `${mins(s.dataLostMinutes)}${s.dataLossCost > 0 ? `, ${money(s.dataLossCost, s.currency)}` : ''}`,
              '',
            ],
          ]
        : []),
      ['Unserved transactions (agreed hours)', '', num(s.unservedTransactions), ''],
      [
        s.dataLossCost > 0 ? 'Cost (agreed hours and data lost)' : 'Cost (agreed hours)',
        '',
        money(s.cost, s.currency),
        '',
      ],
      [
        'Outside agreed hours: down / degraded',
        '',
        `${mins(s.outsideAgreedHours.downtimeMinutes)} / ${mins(s.outsideAgreedHours.degradedMinutes)}`,
        '',
      ],
    ]).map((l) => `  ${l}`),
  ];
  if (s.outages.length) {
    lines.push('', '  Outages');
    const rows = [['#', 'start', 'end', 'duration', 'in agreed h', 'RTO', 'MTPD', 'down']];
    s.outages.forEach((o, i) =>
      rows.push([
        String(i + 1),
        when(o.start),
        when(o.end) + (o.ongoing ? ' (ongoing)' : ''),
        mins(o.durationMinutes),
        mins(o.minutesInAgreedHours),
        rtoCell(o),
        o.mtpdBreached ? 'BREACHED' : o.mtpdExceeded ? 'over, outside agreed h' : 'ok',
        o.unavailable.join(', '),
      ]),
    );
    lines.push(...table(rows).map((l) => `  ${l}`));
  }
  return lines;
}

export function formatReport(r: RunReport): string {
  return [
    `${r.scenario}: seed ${r.seed}, ${when(r.start)} for ${r.horizon} (to ${when(r.end)}), ${num(r.events)} events`,
    '',
    ...r.services.flatMap((s) => [...serviceBlock(s), '']),
  ].join('\n');
}
