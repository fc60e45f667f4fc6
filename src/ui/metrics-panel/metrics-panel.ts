import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { rtoVerdict, type RtoVerdict } from '../../core/outage.ts';
import type { OutageReport, ServiceReport } from '../../core/report.ts';
import type { ServiceInterval } from '../../core/trace.ts';
import { csEvent } from '../events.ts';
import { integer, minutesText, money, percent, shortLocal } from '../format.ts';
import { zoneSuffix, type LocalClock } from '../../charts/local-time.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import '../term/define.ts';

/**
 * The service's metrics for the whole run, counted in agreed hours, with its state at the
 * playhead and its outages (click one to jump to it).
 *
 * @fires cs-seek - an outage row was chosen
 */
export class CsMetricsPanel extends LitElement {
  static override styles = [
    controlStyles,
    panelStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: 0.2rem 0.75rem;
        margin: 0 0 0.75rem;
        font-size: 0.9rem;
      }
      dt {
        color: var(--cs-muted);
      }
      dd {
        max-width: 11rem;
        margin: 0;
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      .now {
        margin: 0 0 0.75rem;
        padding: 0.4rem 0.6rem;
        border-radius: 6px;
        border: 1px solid var(--cs-border);
        font-size: 0.9rem;
      }
      .now[data-state='down'] {
        border-color: var(--cs-down);
      }
      .now[data-state='degraded'] {
        border-color: var(--cs-degraded);
      }
      .note {
        color: var(--cs-muted);
        font-size: 0.85em;
      }
      .state {
        font-weight: 700;
        text-transform: uppercase;
      }
      tbody tr {
        cursor: pointer;
      }
      td.when {
        white-space: nowrap;
      }
      tbody tr:hover {
        background: var(--cs-hover);
      }
    `,
  ];

  @property({ attribute: false }) report: ServiceReport | null = null;
  /** The service interval at the playhead. */
  @property({ attribute: false }) now: ServiceInterval | null = null;
  @property({ type: Number }) fullCapacity: number | null = null;
  /** Outage starts in simulated ms, aligned with report.outages. */
  @property({ attribute: false }) outageStarts: readonly number[] = [];
  /** The scenario's clock and horizon (the zone's abbreviation); null = plain local times. */
  @property({ attribute: false }) clock: (LocalClock & { readonly horizon: number }) | null = null;

  private renderNow() {
    const now = this.now;
    if (!now) return nothing;
    const cap =
      now.capacity === null
        ? 'unconstrained'
        : `${integer(now.capacity)}${this.fullCapacity ? ` of ${integer(this.fullCapacity)}` : ''} tpm`;
    return html`<p class="now" data-state=${now.state}>
      At the playhead: <span class="state">${now.state}</span> · capacity ${cap} · demand
      ${integer(now.demand)} tpm
    </p>`;
  }

  protected override render() {
    const r = this.report;
    if (!r) return nothing;
    const o = r.objectives;
    const clock = this.clock;
    const zone = clock ? zoneSuffix(clock, 0, clock.horizon) : () => '';
    const suffix = (t: number | undefined) => (t === undefined ? '' : zone(t));
    return html`<section class="panel" aria-label="Service metrics">
      <h2>${r.name}</h2>
      ${this.renderNow()}
      <dl>
        <dt>
          <cs-term align="end" key="availability">Availability</cs-term> in
          <cs-term align="end" key="agreed hours">agreed hours</cs-term>
        </dt>
        <dd>
          <span class=${r.targetMet ? 'good' : 'bad'} data-testid="availability"
            >${percent(r.availabilityInAgreedHours)}</span
          >
          (target ${percent(r.target)}, ${r.targetMet ? 'met' : 'missed'})
        </dd>
        <dt>Down in agreed hours</dt>
        <dd data-testid="downtime">${minutesText(r.downtimeInAgreedHoursMinutes)}</dd>
        <dt><cs-term align="end" key="degraded">Degraded</cs-term> in agreed hours</dt>
        <dd>${minutesText(r.degradedInAgreedHoursMinutes)}</dd>
        <dt>Down outside agreed hours</dt>
        <dd data-testid="downtime-outside">${minutesText(r.outsideAgreedHours.downtimeMinutes)}</dd>
        <dt>
          Outages (<cs-term align="end" key="rto">RTO</cs-term> ${o.rto},
          <cs-term align="end" key="mtpd">MTPD</cs-term> ${o.mtpd})
        </dt>
        <dd>
          ${r.outages.length} ·
          <span class=${r.rtoBreaches ? 'bad' : 'good'}
            >${r.rtoBreaches} RTO breach${r.rtoBreaches === 1 ? '' : 'es'}</span
          >
          ${r.mtpdBreaches ? html`· <span class="bad">${r.mtpdBreaches} MTPD</span>` : nothing}
          ${
            r.rtoOverrunsOutsideAgreedHours
              ? html`<br /><span class="note" data-testid="rto-outside"
                    >${r.rtoOverrunsOutsideAgreedHours}
                    plan${r.rtoOverrunsOutsideAgreedHours === 1 ? '' : 's'} slower than the RTO,
                    outside agreed hours (no business impact)</span
                  >`
              : nothing
          }
        </dd>
        <dt>Unserved transactions</dt>
        <dd data-testid="unserved">${integer(r.unservedTransactions)}</dd>
        <dt>Cost</dt>
        <dd data-testid="cost">
          ${money(r.cost, r.currency)}${
            r.dataLossCost > 0
              ? html`, of which data lost ${money(r.dataLossCost, r.currency)}`
              : nothing
          }
        </dd>
        <dt>Data loss (<cs-term align="end" key="rpo">RPO</cs-term> ${o.rpo})</dt>
        <dd class=${r.rpoMet ? '' : 'bad'} data-testid="data-loss">
          ${
            r.worstDataLossMinutes === null
              ? 'none'
              : html`worst
                ${minutesText(r.worstDataLossMinutes)}${
                  r.dataLostMinutes > r.worstDataLossMinutes
                    ? html`, ${minutesText(r.dataLostMinutes)} in all`
                    : nothing
                }`
          }
        </dd>
        <dt><cs-term align="end" key="mbco">MBCO</cs-term></dt>
        <dd>${mbcoMeaning(o.mbco)}</dd>
      </dl>
      ${
        r.outages.length
          ? html`<table>
              <caption class="visually-hidden">
                Outages
              </caption>
              <thead>
                <tr>
                  <th scope="col">Start</th>
                  <th scope="col" class="num">Down</th>
                  <th scope="col" class="num">In agreed h</th>
                  <th scope="col">RTO</th>
                </tr>
              </thead>
              <tbody>
                ${r.outages.map(
                  (x, i) =>
                    html`<tr @click=${() => this.seek(i)}>
                      <td class="when">
                        <button
                          type="button"
                          class="link"
                          title="Jump to this outage"
                          @click=${(e: Event) => {
                            e.stopPropagation();
                            this.seek(i);
                          }}
                        >
                          ${shortLocal(x.start)}${suffix(this.outageStarts[i])}
                        </button>
                      </td>
                      <td class="num">${minutesText(x.durationMinutes)}</td>
                      <td class="num">${minutesText(x.minutesInAgreedHours)}</td>
                      <td class=${rtoClass[rtoVerdict(x)]}>${rtoText(x)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : html`<p>No outage in this run.</p>`
      }
    </section>`;
  }

  private seek(i: number): void {
    const t = this.outageStarts[i];
    if (t !== undefined) this.dispatchEvent(csEvent('cs-seek', { t }));
  }
}

/** The MBCO as the report writes it (`50%`, `600 tpm`), in words. */
const mbcoMeaning = (mbco: string): string =>
  mbco.endsWith('%') ? `${mbco} of the demand` : `${mbco} (or all of a smaller demand)`;

const rtoClass: Record<RtoVerdict, string> = {
  met: 'good',
  breached: 'bad',
  'slower-outside-hours': 'note',
  open: '',
};

function rtoText(o: OutageReport): string {
  switch (rtoVerdict(o)) {
    case 'breached':
      return `breached +${minutesText(o.rtoExceededByMinutes)}`;
    case 'slower-outside-hours':
      return `slower +${minutesText(o.rtoExceededByMinutes)}, outside agreed hours`;
    case 'open':
      return 'still down';
    case 'met':
      return 'met';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-metrics-panel': CsMetricsPanel;
  }
}
