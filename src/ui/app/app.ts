import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fingerprint } from '../../core/fingerprint.ts';
import type { Scenario } from '../../core/model.ts';
import { runReport, type RunReport } from '../../core/report.ts';
import { formatDuration } from '../../core/time.ts';
import { simulate } from '../../simulator/simulate.ts';
import { DEFAULT_SCENARIO_ID } from '../bundled-scenarios.ts';
import { appStyles } from './app.styles.ts';
import { loadBundledScenario } from './load.ts';
import type { LoadState } from './load.ts';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 3 });

/**
 * The application shell. For now it loads one bundled scenario and summarises it.
 *
 * @attr scenario - id of the bundled scenario to show; defaults to the page's `?scenario=`
 *   query parameter, then to `bank-money-transfer`.
 */
export class CsApp extends LitElement {
  static override styles = appStyles;

  /** Id of the bundled scenario (its file name without extension). */
  @property({ reflect: true }) scenario: string | undefined;

  /** Seed of the run shown; defaults to the page's `?seed=` query parameter, then to 1. */
  @property({ reflect: true }) seed: string | undefined;

  @state() private loadState: LoadState | undefined;
  @state() private run: { report: RunReport; fingerprint: string } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    const query = new URLSearchParams(location.search);
    this.scenario ??= query.get('scenario') ?? DEFAULT_SCENARIO_ID;
    this.seed ??= query.get('seed') ?? '1';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scenario') && this.scenario !== undefined) {
      this.loadState = loadBundledScenario(this.scenario);
    }
    if ((changed.has('scenario') || changed.has('seed')) && this.loadState?.kind === 'loaded') {
      const scenario = this.loadState.scenario;
      const trace = simulate(scenario, this.seed ?? '1');
      this.run = { report: runReport(scenario, trace), fingerprint: fingerprint(trace) };
    }
  }

  protected override render(): TemplateResult {
    return html`<main>${this.renderBody()}</main>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    const s = this.loadState;
    switch (s?.kind) {
      case undefined:
        return nothing;
      case 'loaded':
        return this.renderScenario(s.scenario, s.warnings);
      case 'unknown':
        return html`<section class="problem" role="alert" data-testid="scenario-error">
          <h1>Scenario not found</h1>
          <p>There is no bundled scenario named <code>${s.id}</code>. Available scenarios:</p>
          <ul>
            ${s.available.map((id) => html`<li><a href="?scenario=${id}">${id}</a></li>`)}
          </ul>
        </section>`;
      case 'invalid':
        return html`<section class="problem" role="alert" data-testid="scenario-error">
          <h1>Scenario <code>${s.fileName}</code> could not be loaded</h1>
          <ul class="issues">
            ${s.errors.map((line) => html`<li><pre>${line}</pre></li>`)}
          </ul>
        </section>`;
    }
  }

  private renderRun(report: RunReport, print: string): TemplateResult {
    return html`${renderRunTable(report)}
      <p class="facts">
        ${report.events.toLocaleString('en')} trace events · fingerprint
        <code data-testid="trace-fingerprint">${print}</code>
      </p>`;
  }

  private renderScenario(scenario: Scenario, warnings: readonly string[]): TemplateResult {
    return html`<article data-testid="scenario-loaded">
      <header>
        <p class="eyebrow">Continuity Simulator</p>
        <h1>${scenario.name}</h1>
        <p class="description">${scenario.description}</p>
      </header>
      <table>
        <caption>
          Services
        </caption>
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Name</th>
            <th scope="col" class="num">Availability target</th>
            <th scope="col" class="num">RTO</th>
            <th scope="col" class="num">MTPD</th>
          </tr>
        </thead>
        <tbody>
          ${scenario.services.map(
            (service) =>
              html`<tr>
                <td><code>${service.id}</code></td>
                <td>${service.name}</td>
                <td class="num">${percent.format(service.objectives.availability)}</td>
                <td class="num">${formatDuration(service.objectives.rto)}</td>
                <td class="num">${formatDuration(service.objectives.mtpd)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <p class="facts">
        ${scenario.components.length} components · ${scenario.plans.length} recovery plans ·
        ${scenario.injects.length} injects
      </p>
      ${this.run ? this.renderRun(this.run.report, this.run.fingerprint) : nothing}
      ${
        warnings.length > 0
          ? html`<ul class="issues warnings" aria-label="Warnings">
              ${warnings.map((line) => html`<li><pre>${line}</pre></li>`)}
            </ul>`
          : nothing
      }
    </article>`;
  }
}

function renderRunTable(report: RunReport): TemplateResult {
  return html`<table aria-label="Service metrics">
    <caption>
      One simulated run: seed
      <code>${report.seed}</code
      >, ${report.horizon} from ${report.start.replace('T', ' ')}
    </caption>
    <thead>
      <tr>
        <th scope="col">Service</th>
        <th scope="col" class="num">Availability in agreed hours</th>
        <th scope="col" class="num">Target</th>
        <th scope="col" class="num">Outages</th>
        <th scope="col" class="num">RTO breaches</th>
        <th scope="col" class="num">Cost</th>
      </tr>
    </thead>
    <tbody>
      ${report.services.map(
        (s) =>
          html`<tr>
            <td>${s.name}</td>
            <td class="num">
              ${s.availabilityInAgreedHours === null ? 'n/a' : percent.format(s.availabilityInAgreedHours)}
              ${s.targetMet ? 'met' : 'missed'}
            </td>
            <td class="num">${percent.format(s.target)}</td>
            <td class="num">${s.outages.length}</td>
            <td class="num">${s.rtoBreaches}</td>
            <td class="num">${s.currency} ${Math.round(s.cost).toLocaleString('en')}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-app': CsApp;
  }
}
