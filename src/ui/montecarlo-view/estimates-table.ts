/** The estimates of one service's study as a table: each figure with its 95 % interval. */
import { html, type TemplateResult } from 'lit';
import type { Estimate, ServiceEstimates } from '../../analysis/montecarlo/index.ts';
import { minutesText, money } from '../format.ts';
import '../term/define.ts';

/** A share as a percentage with `digits` decimals (NaN as n/a). */
export const share = (x: number, digits = 1): string =>
  Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(digits)} %`;

/** An estimate with its interval: `99.62 % (99.58 – 99.66 %)`. */
export function withInterval(e: Estimate, show: (x: number) => string): TemplateResult {
  if (Number.isNaN(e.value)) return html`n/a`;
  return html`<strong>${show(e.value)}</strong>
    <span class="ci" title="95 % confidence interval">${show(e.low)} – ${show(e.high)}</span>`;
}

export function estimatesTable(s: ServiceEstimates): TemplateResult {
  const cost = (x: number): string => money(x, s.currency);
  const count = (x: number): string => x.toFixed(x < 10 ? 2 : 1);
  const rows: [string | TemplateResult, TemplateResult, string][] = [
    [
      html`Availability in <cs-term key="agreed hours">agreed hours</cs-term> (mean)`,
      withInterval(s.availability, (x) => share(x, 3)),
      `target ${share(s.target, 2)}; in the worst 5 % of years below ${share(s.availabilityP5.value, 3)}`,
    ],
    [
      html`Probability of meeting the <cs-term key="availability">availability target</cs-term>`,
      withInterval(s.targetMet, share),
      '',
    ],
    [
      html`Probability of at least one <cs-term key="rto">RTO</cs-term> breach`,
      withInterval(s.rtoBreach, share),
      '',
    ],
    [
      html`Probability that a recovery plan is slower than the <cs-term key="rto">RTO</cs-term>`,
      withInterval(s.planSlowerThanRto, share),
      'in or out of agreed hours; outside them it is no breach (no business impact)',
    ],
    [
      html`Probability of an <cs-term key="mtpd">MTPD</cs-term> breach`,
      withInterval(s.mtpdBreach, share),
      '',
    ],
    [
      html`Probability of losing more data than the <cs-term key="rpo">RPO</cs-term>`,
      withInterval(s.rpoBreach, share),
      '',
    ],
    [
      'Expected cost per year',
      withInterval(s.cost.mean, cost),
      `95th percentile ${cost(s.cost.p95.value)} (${cost(s.cost.p95.low)} – ${cost(s.cost.p95.high)}); worst ${cost(s.cost.max)}`,
    ],
    [
      'Downtime in agreed hours (mean)',
      withInterval(s.downtimeMinutes.mean, minutesText),
      `median ${minutesText(s.downtimeMinutes.p50.value)}; 95th percentile ${minutesText(s.downtimeMinutes.p95.value)}; worst ${minutesText(s.downtimeMinutes.max)}`,
    ],
    [
      'Outages per year (mean)',
      withInterval(s.outages.mean, count),
      `95th percentile ${s.outages.p95.value.toFixed(0)}; most ${s.outages.max}`,
    ],
    [
      'Longest outage (mean)',
      withInterval(s.longestOutageMinutes.mean, minutesText),
      `95th percentile ${minutesText(s.longestOutageMinutes.p95.value)}; worst ${minutesText(s.longestOutageMinutes.max)}`,
    ],
  ];
  return html`<table class="estimates" data-testid="mc-estimates">
    <caption class="visually-hidden">
      ${s.name}: estimates over ${s.runs.toLocaleString('en')} runs with 95 % confidence intervals
    </caption>
    <thead>
      <tr>
        <th scope="col">Measure</th>
        <th scope="col">Estimate (95 % interval)</th>
        <th scope="col">More</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([label, value, more]) =>
          html`<tr>
            <th scope="row">${label}</th>
            <td class="num">${value}</td>
            <td class="more">${more}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
