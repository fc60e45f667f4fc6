import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  chartBars,
  complementBars,
  runSeed,
  type Bar,
  type InjectsMode,
  type ServiceEstimates,
} from '../../analysis/montecarlo/index.ts';
import { renderCdf } from '../../charts/montecarlo/cdf.ts';
import { renderHistogram, type HistogramData } from '../../charts/montecarlo/histogram.ts';
import type { Scenario } from '../../core/model.ts';
import { download } from '../app/download.ts';
import { ResizeController } from '../controllers/resize-controller.ts';
import { csEvent } from '../events.ts';
import { minutesText } from '../format.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import '../term/define.ts';
import { aggregateFile } from './aggregate-file.ts';
import { estimatesTable, share } from './estimates-table.ts';
import { injectsNote, staleNote } from './injects-switch.ts';
import { montecarloStyles } from './montecarlo-view.styles.ts';
import { basisLine, checkSeed, parseRuns, runFields } from './run-form.ts';
import type { MonteCarloSession } from './session.ts';

/**
 * One study of the scenario as shown (with the user's changes): N seeded runs, each figure
 * with its 95 % interval, the distributions of availability and downtime with the target
 * marked. A bar opens its first run on the timeline, as the study ran it (without the injects
 * when the study left them out).
 *
 * @fires cs-open-run - a run of the study should be opened on the timeline
 */
export class CsMcStudy extends LitElement {
  static override styles = [controlStyles, panelStyles, montecarloStyles];

  @property({ attribute: false }) session: MonteCarloSession | null = null;
  @property({ type: Number }) revision = 0;
  @property({ attribute: false }) scenario: Scenario | null = null;
  @property() label = '';
  @property() service = '';
  @property() seed = '1';

  @state() private runsText = '1000';
  @state() private seedText: string | null = null;
  @state() private error: string | null = null;
  @query('svg.availability') private availabilitySvg?: SVGSVGElement;
  @query('svg.downtime') private downtimeSvg?: SVGSVGElement;
  @query('svg.cdf') private cdfSvg?: SVGSVGElement;
  private readonly size = new ResizeController(this);

  private start(): void {
    const runs = parseRuns(this.runsText);
    const seed = this.seedText ?? this.seed;
    this.error = 'error' in runs ? runs.error : checkSeed(seed);
    if (this.error || 'error' in runs || !this.scenario || !this.session) return;
    this.session.study(this.scenario, this.label, runs.runs, seed.trim());
  }

  /** Opens the bar's first run on the timeline, with the injects the study's runs had. */
  private open(masterSeed: string, injects: InjectsMode, bar: Bar): void {
    if (bar.run === null) return;
    this.dispatchEvent(csEvent('cs-open-run', { seed: runSeed(masterSeed, bar.run), injects }));
  }

  private estimates(): { s: ServiceEstimates; masterSeed: string; injects: InjectsMode } | null {
    const result = this.session?.results.study;
    const s = result?.estimates.services.find((x) => x.service === this.service);
    return result && s ? { s, masterSeed: result.masterSeed, injects: result.injects } : null;
  }

  protected override updated(): void {
    const found = this.estimates();
    if (!found) return;
    const { s, masterSeed, injects } = found;
    const columns = this.size.width > 760 ? 2 : 1;
    const width = Math.max(
      300,
      Math.min(720, Math.floor((this.size.width - 40 - 16 * (columns - 1)) / columns)),
    );
    const onSelect = (_: number, bar: Bar) => this.open(masterSeed, injects, bar);
    const availability: HistogramData = {
      bars: complementBars(chartBars(s.unavailabilityDistribution, 1e-6)),
      total: s.runs,
      target: { value: s.target, label: `target ${share(s.target, 2)}`, better: 'above' },
      xLabel: 'availability in agreed hours',
      format: (x) => share(x, 2),
    };
    if (this.availabilitySvg)
      renderHistogram(this.availabilitySvg, availability, { width, height: 280, onSelect });
    if (this.cdfSvg) renderCdf(this.cdfSvg, availability, { width, height: 280 });
    if (this.downtimeSvg)
      renderHistogram(
        this.downtimeSvg,
        {
          bars: chartBars(s.downtimeDistribution),
          total: s.runs,
          xLabel: 'downtime in agreed hours',
          format: minutesText,
        },
        { width, height: 280, onSelect },
      );
  }

  protected override render(): TemplateResult {
    const running = this.session?.running ?? false;
    const result = this.session?.results.study;
    const found = this.estimates();
    const stale = result ? staleNote(result, this.scenario, this.session?.injects) : null;
    return html`<section class="panel">
      <h2><cs-term key="Monte Carlo">Monte Carlo study</cs-term></h2>
      <p class="muted">
        Runs the scenario as shown${this.label ? html` (<strong>${this.label}</strong>)` : nothing}
        over and over, each run with its own <cs-term key="seed">seed</cs-term>, to say how likely
        each outcome is.
      </p>
      <form
        class="toolbar"
        @submit=${(e: Event) => {
          e.preventDefault();
          this.start();
        }}
      >
        ${runFields({
          runs: this.runsText,
          seed: this.seedText ?? this.seed,
          error: this.error,
          onRuns: (t) => (this.runsText = t),
          onSeed: (t) => (this.seedText = t),
        })}
        <button class="primary" type="submit" ?disabled=${running || !this.scenario}>
          Run study
        </button>
      </form>
      ${
        result && found
          ? html`<p class="basis" data-testid="mc-basis">
                ${basisLine(result)} · ${result.label || 'baseline'} ·
                ${injectsNote(result.injects, result.scenario.injects.length)}
                ${stale ? html`<span class="stale" role="status">${stale}</span>` : nothing}
              </p>
              <div class="toolbar">
                <button
                  type="button"
                  @click=${() => {
                    const file = aggregateFile(result);
                    download(file.name, file.text, 'application/json');
                  }}
                  title="The mergeable aggregate: combine it with others using npm run montecarlo:merge"
                >
                  Download aggregate (JSON)
                </button>
              </div>
              ${estimatesTable(found.s)}
              <div class="charts">
                <figure>
                  <svg class="availability" data-testid="mc-availability"></svg>
                  <figcaption>
                    Availability in agreed hours per run. Choose a bar to open its first run on the
                    timeline.
                  </figcaption>
                </figure>
                <figure>
                  <svg class="cdf" data-testid="mc-cdf"></svg>
                  <figcaption>Share of runs at or below each availability.</figcaption>
                </figure>
                <figure>
                  <svg class="downtime" data-testid="mc-downtime"></svg>
                  <figcaption>Downtime in agreed hours per run.</figcaption>
                </figure>
              </div>`
          : result
            ? html`<p>The last study has no service ${this.service}.</p>`
            : html`<p class="muted">No study yet.</p>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-mc-study': CsMcStudy;
  }
}
