/** The human-readable Monte Carlo report for the terminal, and the progress line. */
import type {
  Distribution,
  Estimate,
  InjectsMode,
  MetricName,
  ServiceEstimates,
  StudyComparison,
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
    [
      'Plan slower than RTO',
      ci(s.planSlowerThanRto, (x) => pct(x, 2)),
      'share of runs; also outside agreed hours, where it is no breach',
    ],
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

/** The header line saying which injects a study's runs had. */
export const injectsLine = (mode: InjectsMode): string =>
  mode === 'none'
    ? "Injects: none, random failures only (--with-injects adds the scenario's scripted injects to every run)."
    : "Injects: the scenario's scripted injects in every run, with the random failures (--with-injects).";

export function formatMonteCarlo(e: StudyEstimates): string {
  const lines = [
    `Monte Carlo: ${e.scenario}, ${num(e.runs)} of ${num(e.plannedRuns)} runs (runs ${e.covered}), master seed "${e.masterSeed}"`,
    injectsLine(e.injects),
    `Run i is the run with seed "${e.masterSeed}:run:i"; percentiles are read from log bins, within 0.4 %.`,
  ];
  if (e.runs < e.plannedRuns)
    lines.push(
      `PARTIAL: runs ${e.missing} missing (${num(e.plannedRuns - e.runs)} of ${num(e.plannedRuns)} planned runs); every figure below is of runs ${e.covered} only.`,
    );
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

/**
 * A study measured on another study's runs (their scenarios differ at most in RTO, RPO or MTPD,
 * shared-runs.ts; an identical study is run once too) completes with that study and has no time of its own.
 */
export function sharedLine(runs: number, leadLabel: string): string {
  const lead = leadLabel.replace(/:\s*$/, '');
  return `${num(runs)} runs, measured on the runs of ${lead} (the scenarios differ at most in RTO, RPO or MTPD)`;
}

/** The runs measured on other studies' runs, after the all line's simulated runs. */
export const sharedTotal = (runs: number): string => `and ${num(runs)} more measured on those runs`;

const LABELS: Record<MetricName, string> = {
  availability: 'Availability in agreed hours',
  targetMet: 'Target met',
  rtoBreach: 'Any RTO breach',
  planSlowerThanRto: 'Plan slower than RTO',
  mtpdBreach: 'Any MTPD breach',
  rpoBreach: 'Any RPO breach',
  cost: 'Cost (mean)',
  downtimeMinutes: 'Downtime in agreed hours (mean)',
  degradedMinutes: 'Degraded in agreed hours (mean)',
  outages: 'Outages per run (mean)',
  longestOutageMinutes: 'Longest outage (mean)',
};
const ORDER = Object.keys(LABELS) as MetricName[];

/** How a metric's value and its difference are shown. */
function shows(
  metric: MetricName,
  currency: string,
): [(x: number) => string, (d: number) => string] {
  const sign = (d: number, text: string) => (d > 0 ? `+${text}` : d < 0 ? `-${text}` : text);
  if (metric === 'availability')
    return [(x) => pct(x, 4), (d) => sign(d, `${(Math.abs(d) * 100).toFixed(4)} pp`)];
  if (metric === 'cost')
    return [(x) => `${currency} ${num(x)}`, (d) => sign(d, `${currency} ${num(Math.abs(d))}`)];
  if (metric === 'outages') return [(x) => num(x, 2), (d) => sign(d, num(Math.abs(d), 2))];
  if (metric.endsWith('Minutes')) return [minutes, (d) => sign(d, minutes(Math.abs(d)))];
  return [(x) => pct(x, 2), (d) => sign(d, `${(Math.abs(d) * 100).toFixed(2)} pp`)];
}

/** One named variant's comparison with the baseline. */
export interface NamedComparison {
  readonly name: string;
  readonly description: string;
  readonly comparison: StudyComparison;
}

/** The side-by-side table: metric, baseline, then each variant's value with its difference. */
export function formatComparison(
  scenario: string,
  runs: number,
  masterSeed: string,
  injects: InjectsMode,
  variants: readonly NamedComparison[],
  currencies: ReadonlyMap<string, string>,
): string {
  const lines = [
    `Change impact: ${scenario}, baseline and ${variants.length} variant(s), ${num(runs)} runs each on the same seeds ("${masterSeed}:run:i")`,
    injectsLine(injects),
    '(Δ = variant − baseline; * = significant at 95 %, from independent-sample tests, conservative with common seeds)',
  ];
  for (const v of variants) lines.push(`  ${v.name}: ${v.description || '(no description)'}`);
  const first = variants[0]?.comparison.services ?? [];
  for (const [k, service] of first.entries()) {
    const currency = currencies.get(service.service) ?? '';
    const rows = [['', 'baseline', ...variants.map((v) => v.name)]];
    for (const metric of ORDER) {
      const [value, delta] = shows(metric, currency);
      const cells = variants.map((v) => {
        const m = v.comparison.services[k]?.metrics.find((x) => x.metric === metric);
        if (m === undefined) return 'n/a';
        return `${value(m.variant)} (Δ ${delta(m.delta)})${m.significant ? ' *' : ''}`;
      });
      const base = service.metrics.find((x) => x.metric === metric)?.baseline ?? NaN;
      rows.push([LABELS[metric], value(base), ...cells]);
    }
    lines.push(
      '',
      `Service ${service.name} (${service.service})`,
      ...table(rows).map((l) => `  ${l}`),
    );
    for (const v of variants) {
      const s = v.comparison.services[k];
      if (s === undefined) continue;
      const met = s.newlyMet.length > 0 ? `newly met: ${s.newlyMet.join(', ')}` : '';
      const breached =
        s.newlyBreached.length > 0 ? `newly breached: ${s.newlyBreached.join(', ')}` : '';
      const parts = [met, breached].filter((p) => p !== '');
      lines.push(
        `  ${v.name}: ${parts.length === 0 ? 'no objective changes status' : parts.join('; ')}`,
      );
    }
  }
  lines.push(
    '',
    `An objective counts as met when at least ${pct(variants[0]?.comparison.level ?? 0.5, 0)} of the runs keep it.`,
  );
  return lines.join('\n');
}
