import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  sensitivityParameters,
  sweepValues,
  type Metric,
  type ParameterInfo,
  type SweepPoint,
} from '../../analysis/sensitivity/index.ts';
import type { InjectsMode } from '../../analysis/montecarlo/index.ts';
import { niceDurationTicks, niceNumberTicks } from '../../charts/duration-ticks.ts';
import { renderSweep } from '../../charts/montecarlo/sweep.ts';
import { renderTornado } from '../../charts/montecarlo/tornado.ts';
import type { Scenario } from '../../core/model.ts';
import { ResizeController } from '../controllers/resize-controller.ts';
import { money } from '../format.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import { share } from './estimates-table.ts';
import { injectsNote, staleNote } from './injects-switch.ts';
import { montecarloStyles } from './montecarlo-view.styles.ts';
import { basisLine, checkSeed, parseRuns, runFields } from './run-form.ts';
import type { MonteCarloSession } from './session.ts';
import { formatValue, parseValue } from './values.ts';

const METRIC_LABELS: Record<Metric, string> = {
  targetMet: 'P(availability target met)',
  availability: 'Mean availability in agreed hours',
  rtoBreach: 'P(any RTO breach)',
  cost: 'Expected cost per year',
};

/**
 * Sensitivity: a sweep of one input over a range, charted as the probability of meeting the
 * target (or another measure) against it, and a tornado of which inputs move the result most.
 * Every study of a sweep or tornado uses the same seeds.
 */
export class CsMcSensitivity extends LitElement {
  static override styles = [controlStyles, panelStyles, montecarloStyles];

  @property({ attribute: false }) session: MonteCarloSession | null = null;
  @property({ type: Number }) revision = 0;
  @property({ attribute: false }) scenario: Scenario | null = null;
  @property() service = '';
  @property() seed = '1';

  @state() private parameterId = '';
  @state() private fromText = '';
  @state() private toText = '';
  @state() private pointsText = '9';
  @state() private sweepRuns = '500';
  @state() private sweepMetric: Metric = 'targetMet';
  @state() private tornadoRuns = '300';
  @state() private tornadoMetric: Metric = 'availability';
  @state() private factorText = '50';
  @state() private seedText: string | null = null;
  @state() private sweepError: string | null = null;
  @state() private tornadoError: string | null = null;
  @query('svg.sweep') private sweepSvg?: SVGSVGElement;
  @query('svg.tornado') private tornadoSvg?: SVGSVGElement;
  private readonly size = new ResizeController(this);
  private parameters: ParameterInfo[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('scenario') || changed.has('service')) && this.scenario) {
      try {
        this.parameters = sensitivityParameters(this.scenario, this.service);
      } catch {
        this.parameters = [];
      }
      if (!this.parameters.some((p) => p.id === this.parameterId))
        this.pick(
          this.parameters.find((p) => p.parameter.kind === 'objective')?.id ??
            this.parameters[0]?.id ??
            '',
        );
    }
  }

  private stale(result: { scenario: Scenario; injects: InjectsMode }) {
    const note = staleNote(result, this.scenario, this.session?.injects);
    return note ? html`<span class="stale" role="status">${note}</span>` : nothing;
  }

  private pick(id: string): void {
    this.parameterId = id;
    const info = this.parameters.find((p) => p.id === id);
    // An RTO moves the chance of breaching it; everything else, the chance of meeting the target.
    const p = info?.parameter;
    this.sweepMetric = p?.kind === 'objective' && p.objective === 'rto' ? 'rtoBreach' : 'targetMet';
    this.fromText = info ? formatValue(info, info.range[0]) : '';
    this.toText = info ? formatValue(info, info.range[1]) : '';
  }

  private startSweep(): void {
    const info = this.parameters.find((p) => p.id === this.parameterId);
    const runs = parseRuns(this.sweepRuns, 100_000);
    const points = parseRuns(this.pointsText, 25);
    const seed = this.seedText ?? this.seed;
    if (!info || !this.scenario || !this.session) return;
    const from = parseValue(info, this.fromText);
    const to = parseValue(info, this.toText);
    this.sweepError =
      'error' in runs
        ? runs.error
        : 'error' in points
          ? `Points must be a whole number from 2 to 25 (you typed "${this.pointsText}").`
          : 'error' in from
            ? from.error
            : 'error' in to
              ? to.error
              : !(to.value > from.value)
                ? 'The end of the range must be larger than its start.'
                : checkSeed(seed);
    if (this.sweepError || 'error' in runs || 'error' in points || 'error' in from || 'error' in to)
      return;
    const ranged: ParameterInfo = { ...info, range: [from.value, to.value] };
    const values = sweepValues(ranged, Math.max(2, points.runs));
    this.session.sweep(this.scenario, this.service, ranged, values, runs.runs, seed.trim());
  }

  private startTornado(): void {
    const runs = parseRuns(this.tornadoRuns, 50_000);
    const factor = Number(this.factorText) / 100;
    const seed = this.seedText ?? this.seed;
    this.tornadoError =
      'error' in runs
        ? runs.error
        : !(factor > 0 && factor <= 1)
          ? `The change must be a percentage from 1 to 100 (you typed "${this.factorText}").`
          : checkSeed(seed);
    if (this.tornadoError || 'error' in runs || !this.scenario || !this.session) return;
    this.session.tornado(
      this.scenario,
      this.service,
      this.tornadoMetric,
      factor,
      runs.runs,
      seed.trim(),
    );
  }

  private format(metric: Metric): (x: number) => string {
    const currency =
      this.scenario?.services.find((s) => s.id === this.service)?.impact.currency ?? 'EUR';
    return metric === 'cost'
      ? (x) => money(x, currency)
      : metric === 'availability'
        ? (x) => share(x, 3)
        : (x) => share(x, 1);
  }

  protected override updated(): void {
    const width = Math.max(420, Math.min(900, this.size.width - 40));
    const sweep = this.session?.results.sweep;
    if (sweep && this.sweepSvg && sweep.service === this.service) {
      const metric = this.sweepMetric;
      const points = sweep.points.map((p: SweepPoint) => ({ value: p.value, estimate: p[metric] }));
      const values = points
        .flatMap((p) => [p.estimate.low, p.estimate.high])
        .filter(Number.isFinite);
      const probability = metric === 'targetMet' || metric === 'rtoBreach';
      renderSweep(
        this.sweepSvg,
        {
          points,
          current: sweep.info.current,
          xLabel: sweep.info.label,
          yLabel: METRIC_LABELS[metric],
          format: (x) => formatValue(sweep.info, x),
          ticks: sweep.info.unit === 'minutes' ? niceDurationTicks : niceNumberTicks,
          yFormat: this.format(metric),
          ...(probability || values.length === 0
            ? {}
            : { yDomain: [Math.min(...values), Math.max(...values)] as const }),
        },
        { width, height: 320 },
      );
    }
    const tornado = this.session?.results.tornado;
    if (tornado && this.tornadoSvg && tornado.service === this.service) {
      const info = (id: string) => this.parameters.find((p) => p.id === id);
      const show = (id: string, v: number) => {
        const i = info(id);
        return i ? formatValue(i, v) : String(v);
      };
      renderTornado(
        this.tornadoSvg,
        {
          rows: tornado.rows.map((r) => ({
            id: r.id,
            label: r.label,
            lowInput: show(r.id, r.lowInput),
            highInput: show(r.id, r.highInput),
            low: r.lowOutput.value,
            high: r.highOutput.value,
          })),
          baseline: tornado.rows[0]?.baseline.value ?? NaN,
          xLabel: METRIC_LABELS[tornado.metric],
          format: this.format(tornado.metric),
        },
        { width, labelWidth: Math.min(320, Math.round(width * 0.36)) },
      );
    }
  }

  private metricSelect(value: Metric, onChange: (m: Metric) => void): TemplateResult {
    return html`<label
      >Measure
      <select @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value as Metric)}>
        ${(Object.keys(METRIC_LABELS) as Metric[]).map(
          (m) => html`<option value=${m} ?selected=${m === value}>${METRIC_LABELS[m]}</option>`,
        )}
      </select></label
    >`;
  }

  protected override render(): TemplateResult {
    const running = this.session?.running ?? false;
    const sweep = this.session?.results.sweep;
    const tornado = this.session?.results.tornado;
    const studies = 2 * this.parameters.length + 1;
    return html`<section class="panel sensitivity">
      <h2>Sensitivity</h2>
      <h3>Sweep one input</h3>
      <form class="toolbar" @submit=${(e: Event) => (e.preventDefault(), this.startSweep())}>
        <label
          >Input
          <select
            name="parameter"
            @change=${(e: Event) => this.pick((e.target as HTMLSelectElement).value)}
          >
            ${this.parameters.map(
              (p) =>
                html`<option value=${p.id} ?selected=${p.id === this.parameterId}>
                  ${p.label}
                </option>`,
            )}
          </select></label
        >
        <label
          >from
          <input
            name="from"
            size="8"
            .value=${this.fromText}
            @input=${(e: Event) => (this.fromText = (e.target as HTMLInputElement).value)}
        /></label>
        <label
          >to
          <input
            name="to"
            size="8"
            .value=${this.toText}
            @input=${(e: Event) => (this.toText = (e.target as HTMLInputElement).value)}
        /></label>
        <label
          >points
          <input
            name="points"
            size="3"
            .value=${this.pointsText}
            @input=${(e: Event) => (this.pointsText = (e.target as HTMLInputElement).value)}
        /></label>
        ${runFields({
          runs: this.sweepRuns,
          runsLabel: 'Runs per point',
          seed: this.seedText ?? this.seed,
          error: this.sweepError,
          onRuns: (t) => (this.sweepRuns = t),
          onSeed: (t) => (this.seedText = t),
        })}
        ${this.metricSelect(this.sweepMetric, (m) => (this.sweepMetric = m))}
        <button class="primary" type="submit" ?disabled=${running || this.parameters.length === 0}>
          Run sweep
        </button>
      </form>
      ${
        sweep && sweep.service === this.service
          ? html`<p class="basis" data-testid="mc-sweep-basis">
                ${basisLine(sweep, 'point')} · ${sweep.points.length} points of ${sweep.info.label}
                · ${injectsNote(sweep.injects, sweep.scenario.injects.length)} ${this.stale(sweep)}
              </p>
              <svg class="sweep" data-testid="mc-sweep"></svg>`
          : nothing
      }
      <h3>Which inputs matter most (tornado)</h3>
      <form class="toolbar" @submit=${(e: Event) => (e.preventDefault(), this.startTornado())}>
        ${this.metricSelect(this.tornadoMetric, (m) => (this.tornadoMetric = m))}
        <label
          >each input ±
          <input
            name="factor"
            size="3"
            .value=${this.factorText}
            @input=${(e: Event) => (this.factorText = (e.target as HTMLInputElement).value)}
          />
          %</label
        >
        ${runFields({
          runs: this.tornadoRuns,
          runsLabel: 'Runs per study',
          seed: this.seedText ?? this.seed,
          error: this.tornadoError,
          onRuns: (t) => (this.tornadoRuns = t),
          onSeed: (t) => (this.seedText = t),
        })}
        <span class="muted">${studies} studies</span>
        <button class="primary" type="submit" ?disabled=${running || this.parameters.length === 0}>
          Run tornado
        </button>
      </form>
      ${
        tornado && tornado.service === this.service
          ? html`<p class="basis" data-testid="mc-tornado-basis">
                ${basisLine(tornado, 'study')} · each input lowered and raised by
                ${Math.round(tornado.factor * 100)} % ·
                ${injectsNote(tornado.injects, tornado.scenario.injects.length)}
                ${this.stale(tornado)}
              </p>
              <svg class="tornado" data-testid="mc-tornado"></svg>`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-mc-sensitivity': CsMcSensitivity;
  }
}
