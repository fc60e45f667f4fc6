/** The human-readable Monte Carlo report for the terminal, and the progress line. */
import type {
  Distribution,
  Estimate,
  ServiceEstimates,
  StudyEstimates,
} from '../analysis/montecarlo/index.ts';
import { mins, table } from './text.ts';

const num = (n: number, digits = 0): string =>
  Number.isNaN(n) ? 'n/a' : n.toLocaleString('en-US', { maximumFractionDigits: digits });
const pct = (x: number, digits = 2): string =>
  Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(digits)} %`;
const ci = (e: Estimate, show: (x: number) => string): string =>
  Number.isNaN(e.value) ? 'n/a' : `${show(e.value)} [${show(e.low)}, ${show(e.high)}]`;
const minutes = (m: number): string => (Number.isNaN(m) ? 'n/a' : mins(m));

/** A text histogram: one row per bar, the bar scaled to the largest count. */
export function textHistogram(d: Distribution, label: (x: number) => string, width = 40): string[] {
  const rows: [string, number][] = [['none', d.zero]];
  for (const b of d.bars) rows.push([`${label(b.from)} - ${label(b.to)}`, b.count]);
  const most = Math.max(1, ...rows.map(([, c]) => c));
  return table(
    rows.map(([name, count]) => [
      name,
      num(count),
      `${'#'.repeat(Math.round((count / most) * width))}${count > 0 && count < most / width / 2 ? '.' : ''}`,
    ]),
  );
}

function serviceBlock(s: ServiceEstimates): string[] {
  const money = (x: number): string => `${s.currency} ${num(x)}`;
  const a = s.availability;
  const rows = [
    ['', 'estimate [95 % CI]', ''],
    [
      'Availability in agreed hours',
      ci(a, (x) => pct(x, 4)),
      `target ${pct(s.target, 3)}; 5th percentile ${pct(s.availabilityP5.value, 3)}`,
    ],
    ['Target met', ci(s.targetMet, (x) => pct(x, 2)), 'share of runs'],
    ['Any RTO breach', ci(s.rtoBreach, (x) => pct(x, 2)), 'share of runs'],
    ['Any MTPD breach', ci(s.mtpdBreach, (x) => pct(x, 2)), 'share of runs'],
    ['Any RPO breach', ci(s.rpoBreach, (x) => pct(x, 2)), 'share of runs'],
    [
      'Cost',
      ci(s.cost.mean, money),
      `95th percentile ${ci(s.cost.p95, money)}; worst ${money(s.cost.max)}`,
    ],
    [
      'Downtime in agreed hours',
      ci(s.downtimeMinutes.mean, minutes),
      `median ${minutes(s.downtimeMinutes.p50.value)}; 95th percentile ${minutes(s.downtimeMinutes.p95.value)}; worst ${minutes(s.downtimeMinutes.max)}`,
    ],
    [
      'Degraded in agreed hours',
      ci(s.degradedMinutes.mean, minutes),
      `95th percentile ${minutes(s.degradedMinutes.p95.value)}`,
    ],
    [
      'Outages per run',
      ci(s.outages.mean, (x) => num(x, 2)),
      `95th percentile ${num(s.outages.p95.value)}; most ${num(s.outages.max)}`,
    ],
    [
      'Longest outage',
      ci(s.longestOutageMinutes.mean, minutes),
      `95th percentile ${minutes(s.longestOutageMinutes.p95.value)}; worst ${minutes(s.longestOutageMinutes.max)}`,
    ],
  ];
  return [
    `Service ${s.name} (${s.service}), ${num(s.runs)} runs`,
    ...table(rows).map((l) => `  ${l}`),
    '',
    '  Downtime in agreed hours per run (runs)',
    ...textHistogram(s.downtimeDistribution, minutes).map((l) => `    ${l}`),
  ];
}

export function formatMonteCarlo(e: StudyEstimates): string {
  const lines = [
    `Monte Carlo: ${e.scenario}, ${num(e.runs)} of ${num(e.plannedRuns)} runs (runs ${e.covered}), master seed "${e.masterSeed}"`,
    `Run i is the run with seed "${e.masterSeed}:run:i"; percentiles are read from log bins, within 0.4 %.`,
  ];
  if (e.runs < e.plannedRuns) lines.push(`Runs not included: ${e.missing}`);
  for (const s of e.services) lines.push('', ...serviceBlock(s));
  return lines.join('\n');
}

const clock = (ms: number): string => {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
};

/** `[#####.....]  45 %  4,500/10,000 runs  3s left` */
export function progressLine(done: number, total: number, elapsedMs: number, width = 30): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * width);
  const left = done === 0 ? '' : `  ${clock((elapsedMs / done) * (total - done))} left`;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)} %  ${num(done)}/${num(total)} runs${left}`;
}

/** The last line on stderr: how long the study took. */
export function summaryLine(runs: number, elapsedMs: number, workers: number): string {
  const rate = elapsedMs > 0 ? (runs / elapsedMs) * 1000 : 0;
  return `${num(runs)} runs in ${(elapsedMs / 1000).toFixed(1)} s (${num(rate)} runs/s, ${workers} worker${workers === 1 ? '' : 's'})`;
}
