/**
 * A variant against the baseline on the same seeds: each metric side by side with the
 * difference, its 95 % interval and whether it is significant; the objectives newly met or
 * breached; and the recovery plans that no longer fit the RTO.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type {
  MetricDelta,
  MetricName,
  ObjectiveName,
  ServiceComparison,
} from '../../analysis/montecarlo/index.ts';
import type { FitChange } from '../../analysis/variants/plan-fit.ts';
import { minutesText, money } from '../format.ts';
import { share } from './estimates-table.ts';

interface MetricView {
  readonly label: string;
  /** Whether a larger value is better. */
  readonly higherIsBetter: boolean;
  readonly show: (x: number, currency: string) => string;
}

const signed = (x: number, show: (x: number) => string): string =>
  x > 0 ? `+${show(x)}` : x < 0 ? `−${show(-x)}` : show(0);

const METRICS: Record<MetricName, MetricView> = {
  availability: {
    label: 'Availability in agreed hours',
    higherIsBetter: true,
    show: (x) => share(x, 3),
  },
  targetMet: { label: 'P(availability target met)', higherIsBetter: true, show: (x) => share(x) },
  rtoBreach: { label: 'P(any RTO breach)', higherIsBetter: false, show: (x) => share(x) },
  planSlowerThanRto: {
    label: 'P(plan slower than RTO)',
    higherIsBetter: false,
    show: (x) => share(x),
  },
  mtpdBreach: { label: 'P(MTPD breach)', higherIsBetter: false, show: (x) => share(x) },
  rpoBreach: { label: 'P(RPO breach)', higherIsBetter: false, show: (x) => share(x) },
  cost: { label: 'Expected cost per year', higherIsBetter: false, show: (x, c) => money(x, c) },
  downtimeMinutes: {
    label: 'Downtime in agreed hours',
    higherIsBetter: false,
    show: (x) => minutesText(x),
  },
  degradedMinutes: {
    label: 'Degraded in agreed hours',
    higherIsBetter: false,
    show: (x) => minutesText(x),
  },
  outages: { label: 'Outages per year', higherIsBetter: false, show: (x) => x.toFixed(2) },
  longestOutageMinutes: {
    label: 'Longest outage',
    higherIsBetter: false,
    show: (x) => minutesText(x),
  },
};

const OBJECTIVES: Record<ObjectiveName, string> = {
  availability: 'availability target',
  rto: 'RTO',
  mtpd: 'MTPD',
  rpo: 'RPO',
};

/** How a difference reads: better, worse or no significant change. */
export function verdict(d: MetricDelta): 'better' | 'worse' | 'same' {
  if (!d.significant || d.delta === 0) return 'same';
  return d.delta > 0 === METRICS[d.metric].higherIsBetter ? 'better' : 'worse';
}

function row(d: MetricDelta, currency: string): TemplateResult {
  const m = METRICS[d.metric];
  const show = (x: number): string => m.show(x, currency);
  const v = verdict(d);
  const deltaText = Number.isNaN(d.delta) ? 'n/a' : signed(d.delta, show);
  return html`<tr class=${v}>
    <th scope="row">${m.label}</th>
    <td class="num">${Number.isNaN(d.baseline) ? 'n/a' : show(d.baseline)}</td>
    <td class="num">${Number.isNaN(d.variant) ? 'n/a' : show(d.variant)}</td>
    <td class="num">
      <strong>${deltaText}</strong>
      ${
        Number.isNaN(d.low)
          ? nothing
          : html`<span class="ci" title="95 % interval of the difference"
              >${signed(d.low, show)} to ${signed(d.high, show)}</span
            >`
      }
    </td>
    <td class="verdict">
      ${
        v === 'same'
          ? d.delta === 0
            ? 'no change'
            : 'not significant'
          : html`<span class="badge ${v}">${v === 'better' ? '▲ better' : '▼ worse'}</span>`
      }
    </td>
  </tr>`;
}

export function comparisonTable(
  variantName: string,
  c: ServiceComparison,
  currency: string,
  fit: { readonly worse: readonly FitChange[]; readonly better: readonly FitChange[] },
): TemplateResult {
  const objectives = (list: readonly ObjectiveName[]) => list.map((o) => OBJECTIVES[o]).join(', ');
  const plans = (list: readonly FitChange[]) =>
    list.map(
      (f) =>
        html`<li>
          <strong>${f.after.planName}</strong>: detection and plan take
          ${minutesText(f.after.likelyMinutes)} (up to
          ${minutesText(f.after.longestMinutes)}${
            f.after.nightMinutes === undefined
              ? ''
              : `; ${minutesText(f.after.nightMinutes)} at night, with the call-out`
          })
          against an RTO of ${minutesText(f.after.rtoMinutes)} (${f.before.fit.replace(/-/g, ' ')} →
          ${f.after.fit.replace(/-/g, ' ')})
        </li>`,
    );
  return html`<section class="comparison" data-testid="mc-comparison" aria-label=${variantName}>
    <h3>${variantName} against the baseline</h3>
    <ul class="objectives">
      <li class=${c.newlyBreached.length ? 'worse' : ''} data-testid="newly-breached">
        Objectives newly breached:
        <strong>${c.newlyBreached.length ? objectives(c.newlyBreached) : 'none'}</strong>
      </li>
      <li class=${c.newlyMet.length ? 'better' : ''} data-testid="newly-met">
        Objectives newly met:
        <strong>${c.newlyMet.length ? objectives(c.newlyMet) : 'none'}</strong>
      </li>
      <li data-testid="plans-no-longer-fit">
        Plans that no longer fit the RTO:
        ${
          fit.worse.length
            ? html`<ul>
                ${plans(fit.worse)}
              </ul>`
            : html`<strong>none</strong>`
        }
      </li>
      ${
        fit.better.length
          ? html`<li>
              Plans that now fit better:
              <ul>
                ${plans(fit.better)}
              </ul>
            </li>`
          : nothing
      }
    </ul>
    <table class="deltas">
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Baseline</th>
          <th scope="col">${variantName}</th>
          <th scope="col">Difference (95 % interval)</th>
          <th scope="col">Significant?</th>
        </tr>
      </thead>
      <tbody>
        ${c.metrics.map((d) => row(d, currency))}
      </tbody>
    </table>
  </section>`;
}
