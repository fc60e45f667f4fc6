import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { runSeed, studyScenario, type InjectsMode } from '../../analysis/montecarlo/index.ts';
import { TimelineIndex } from '../../analysis/timeline-index.ts';
import type { TimelineModel } from '../../analysis/timeline-types.ts';
import {
  downInAgreedHours,
  stateDifferences,
  windowAround,
  type StateDifference,
} from '../../analysis/variants/differences.ts';
import { renderOverlay } from '../../charts/overlay.ts';
import type { Scenario } from '../../core/model.ts';
import { simulate } from '../../simulator/simulate.ts';
import { ResizeController } from '../controllers/resize-controller.ts';
import { minutesText } from '../format.ts';
import { localStamp } from '../../charts/local-time.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import { montecarloStyles } from './montecarlo-view.styles.ts';
import type { VariantResult } from './session.ts';

interface Pair {
  readonly key: string;
  readonly baseline: TimelineModel;
  readonly variant: TimelineModel;
  readonly differences: readonly StateDifference[];
}

/**
 * One seed of a comparison, overlaid: the baseline's and a variant's service state on one time
 * axis, and the spans where they differ, stepped through with Previous / Next.
 */
export class CsMcOverlay extends LitElement {
  static override styles = [controlStyles, panelStyles, montecarloStyles];

  @property({ attribute: false }) baseline: Scenario | null = null;
  @property({ attribute: false }) variants: readonly VariantResult[] = [];
  @property() service = '';
  @property() masterSeed = '1';
  /** Whether the comparison's runs had the scenarios' injects (the overlay shows them alike). */
  @property() injects: InjectsMode = 'none';
  @property({ type: Number }) runs = 1;

  @state() private variantIndex = 0;
  @state() private run = 0;
  @state() private selected = 0;
  @state() private whole = false;
  @query('svg.overlay') private svg?: SVGSVGElement;
  private readonly size = new ResizeController(this);
  private pair: Pair | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variants') && this.variantIndex >= this.variants.length) this.variantIndex = 0;
    const variant = this.variants[this.variantIndex];
    if (!this.baseline || !variant) {
      this.pair = null;
      return;
    }
    const seed = runSeed(this.masterSeed, this.run);
    const key = `${variant.name}|${seed}|${this.service}|${this.injects}`;
    if (this.pair?.key === key && !changed.has('baseline') && !changed.has('variants')) return;
    const model = (scenario: Scenario): TimelineModel => {
      const s = studyScenario(scenario, this.injects);
      return new TimelineIndex(s, simulate(s, seed)).timelineModel(this.service);
    };
    const a = model(this.baseline);
    const b = model(variant.scenario);
    this.pair = {
      key,
      baseline: a,
      variant: b,
      differences: stateDifferences(a.service.intervals, b.service.intervals),
    };
    this.selected = 0;
  }

  protected override updated(): void {
    const p = this.pair;
    if (!p || !this.svg) return;
    const d = p.differences[this.selected];
    const view =
      d && !this.whole
        ? windowAround(d, p.baseline.horizon, 2)
        : { from: 0, to: p.baseline.horizon };
    renderOverlay(this.svg, p.baseline, p.variant, p.differences, {
      width: Math.max(480, this.size.width - 8),
      ...view,
      baselineLabel: 'baseline',
      variantLabel: this.variants[this.variantIndex]?.name ?? 'variant',
      selected: d ? this.selected : null,
    });
  }

  protected override render(): TemplateResult | typeof nothing {
    const p = this.pair;
    if (!p || !this.baseline) return nothing;
    const n = p.differences.length;
    const d = p.differences[this.selected];
    const at = localStamp(p.baseline, 0, p.baseline.horizon);
    const name = this.variants[this.variantIndex]?.name ?? 'variant';
    const down = (m: TimelineModel) =>
      minutesText(downInAgreedHours(m.service.intervals, m.agreed) / 60_000);
    return html`<section class="overlay" data-testid="mc-overlay">
      <h3>One seed, overlaid</h3>
      <div class="toolbar">
        ${
          this.variants.length > 1
            ? html`<label
                >Variant
                <select
                  @change=${(e: Event) => (this.variantIndex = Number((e.target as HTMLSelectElement).value))}
                >
                  ${this.variants.map(
                    (v, i) =>
                      html`<option value=${i} ?selected=${i === this.variantIndex}>
                        ${v.name}
                      </option>`,
                  )}
                </select></label
              >`
            : nothing
        }
        <label
          >Run
          <input
            type="number"
            min="0"
            max=${this.runs - 1}
            .value=${String(this.run)}
            @change=${(e: Event) => {
              const v = Math.trunc(Number((e.target as HTMLInputElement).value));
              this.run = Number.isFinite(v) ? Math.min(this.runs - 1, Math.max(0, v)) : 0;
            }}
          />
        </label>
        <span class="muted">seed <code>${runSeed(this.masterSeed, this.run)}</code></span>
        <button
          type="button"
          ?disabled=${n === 0 || this.selected === 0}
          @click=${() => this.step(-1)}
        >
          ← Previous difference
        </button>
        <button
          type="button"
          ?disabled=${n === 0 || this.selected >= n - 1}
          @click=${() => this.step(1)}
        >
          Next difference →
        </button>
        <label
          ><input
            type="checkbox"
            .checked=${this.whole}
            @change=${() => (this.whole = !this.whole)}
          />
          Whole horizon</label
        >
      </div>
      <p data-testid="mc-overlay-summary">
        On this seed the baseline is down ${down(p.baseline)} in its agreed hours
        (${p.baseline.outages.length} outage${p.baseline.outages.length === 1 ? '' : 's'}), ${name}
        ${down(p.variant)} (${p.variant.outages.length}
        outage${p.variant.outages.length === 1 ? '' : 's'}).
      </p>
      <p role="status" data-testid="mc-overlay-status">
        ${
          n === 0
            ? 'The service goes through the same states in both; only what counts as agreed hours can differ.'
            : html`Difference ${this.selected + 1} of ${n}: from ${at(d!.start)} to ${at(d!.end)}
                the baseline is <strong>${d!.baseline}</strong> and the variant
                <strong>${d!.variant}</strong>.`
        }
      </p>
      <svg class="overlay"></svg>
    </section>`;
  }

  private step(by: number): void {
    const n = this.pair?.differences.length ?? 0;
    this.selected = Math.min(n - 1, Math.max(0, this.selected + by));
    this.whole = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-mc-overlay': CsMcOverlay;
  }
}
