import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sensitivityParameters, type ParameterInfo } from '../../analysis/sensitivity/index.ts';
import type { Scenario } from '../../core/model.ts';
import { csEvent } from '../events.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import '../term/define.ts';
import { comparisonTable } from './comparison-table.ts';
import { injectsNote, staleNote } from './injects-switch.ts';
import { montecarloStyles } from './montecarlo-view.styles.ts';
import { basisLine, checkSeed, parseRuns, runFields } from './run-form.ts';
import type { MonteCarloSession } from './session.ts';
import { variantEdit, variantValueText } from './variant-value.ts';

export interface NamedVariant {
  readonly name: string;
  readonly description: string;
  readonly scenario: Scenario;
}

/**
 * Change impact: the baseline and each chosen variant on the same seeds, side by side, with
 * the objectives newly met or breached, the plans that no longer fit and an overlaid timeline
 * of one seed. A new variant is made by changing one input of the baseline here, or by
 * applying an advisor suggestion in the business impact analysis; both become "your changes".
 *
 * @fires cs-apply-edit - a change to the baseline should be added to the user's changes
 */
export class CsMcCompare extends LitElement {
  static override styles = [controlStyles, panelStyles, montecarloStyles];

  @property({ attribute: false }) session: MonteCarloSession | null = null;
  @property({ type: Number }) revision = 0;
  /** The loaded scenario, without the user's changes. */
  @property({ attribute: false }) baseline: Scenario | null = null;
  /** The variants to offer: the file's, then the user's changes (if any). */
  @property({ attribute: false }) variants: readonly NamedVariant[] = [];
  @property() service = '';
  @property() seed = '1';

  @state() private runsText = '1000';
  @state() private seedText: string | null = null;
  @state() private unchecked: ReadonlySet<string> = new Set();
  @state() private error: string | null = null;
  @state() private parameterId = '';
  @state() private valueText = '';
  @state() private editError: string | null = null;
  private parameters: ParameterInfo[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('baseline') || changed.has('service')) && this.baseline) {
      try {
        this.parameters = sensitivityParameters(this.baseline, this.service);
      } catch {
        this.parameters = [];
      }
      if (!this.parameters.some((p) => p.id === this.parameterId))
        this.pickParameter(this.parameters[0]?.id ?? '');
    }
  }

  private pickParameter(id: string): void {
    this.parameterId = id;
    const info = this.parameters.find((p) => p.id === id);
    this.valueText = info && this.baseline ? variantValueText(info, this.baseline) : '';
    this.editError = null;
  }

  private start(): void {
    const runs = parseRuns(this.runsText, 200_000);
    const seed = this.seedText ?? this.seed;
    const chosen = this.variants.filter((v) => !this.unchecked.has(v.name));
    this.error =
      'error' in runs
        ? runs.error
        : (checkSeed(seed) ??
          (chosen.length === 0 ? 'Choose at least one variant to compare.' : null));
    if (this.error || 'error' in runs || !this.baseline || !this.session) return;
    this.session.compare(this.baseline, chosen, runs.runs, seed.trim());
  }

  private addChange(): void {
    const info = this.parameters.find((p) => p.id === this.parameterId);
    if (!info || !this.baseline) return;
    const made = variantEdit(info, this.valueText, this.baseline);
    if ('error' in made) {
      this.editError = made.error;
      return;
    }
    this.editError = null;
    this.dispatchEvent(
      csEvent('cs-apply-edit', { edits: [made.edit], title: `${info.label}: ${made.shown}` }),
    );
  }

  private renderNewVariant(): TemplateResult {
    const info = this.parameters.find((p) => p.id === this.parameterId);
    return html`<form
      class="toolbar"
      aria-label="Make a variant"
      @submit=${(e: Event) => {
        e.preventDefault();
        this.addChange();
      }}
    >
      <strong>Make a variant:</strong>
      <label
        >Change
        <select
          name="parameter"
          .value=${this.parameterId}
          @change=${(e: Event) => this.pickParameter((e.target as HTMLSelectElement).value)}
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
        >to
        <input
          name="value"
          size="14"
          .value=${this.valueText}
          aria-invalid=${this.editError ? 'true' : 'false'}
          @input=${(e: Event) => (this.valueText = (e.target as HTMLInputElement).value)}
        />
      </label>
      ${
        info && this.baseline
          ? html`<span class="muted">now ${variantValueText(info, this.baseline)}</span>`
          : nothing
      }
      <button type="submit" ?disabled=${!info}>Add to my changes</button>
      ${this.editError ? html`<p class="field-error" role="alert">${this.editError}</p>` : nothing}
    </form>`;
  }

  protected override render(): TemplateResult {
    const running = this.session?.running ?? false;
    const result = this.session?.results.compare;
    return html`<section class="panel">
      <h2>
        Compare <cs-term key="variant">variants</cs-term> on the same
        <cs-term key="seed">seeds</cs-term>
      </h2>
      <p class="muted">
        Each variant runs on exactly the same seeds as the baseline (common random numbers), so the
        differences come from the change, not from luck.
      </p>
      ${this.renderNewVariant()}
      <form
        class="toolbar"
        @submit=${(e: Event) => {
          e.preventDefault();
          this.start();
        }}
      >
        <fieldset>
          <legend>Variants</legend>
          ${
            this.variants.length === 0
              ? html`<span class="muted"
                  >This scenario has no variants yet: make one above, or apply an advisor
                  suggestion.</span
                >`
              : this.variants.map(
                  (v) =>
                    html`<label title=${v.description}
                      ><input
                        type="checkbox"
                        .checked=${!this.unchecked.has(v.name)}
                        @change=${(e: Event) => {
                          const next = new Set(this.unchecked);
                          if ((e.target as HTMLInputElement).checked) next.delete(v.name);
                          else next.add(v.name);
                          this.unchecked = next;
                        }}
                      />${v.name}</label
                    >`,
                )
          }
        </fieldset>
        ${runFields({
          runs: this.runsText,
          seed: this.seedText ?? this.seed,
          error: this.error,
          onRuns: (t) => (this.runsText = t),
          onSeed: (t) => (this.seedText = t),
        })}
        <button
          class="primary"
          type="submit"
          ?disabled=${running || !this.baseline || this.variants.length === 0}
        >
          Compare
        </button>
      </form>
      ${result ? this.renderResult(result) : nothing}
    </section>`;
  }

  private renderResult(result: NonNullable<MonteCarloSession['results']['compare']>) {
    const currency =
      result.baseline.services.find((s) => s.service === this.service)?.currency ?? 'EUR';
    const stale = staleNote(
      result,
      this.baseline,
      this.session?.injects,
      'computed for another scenario; compare again',
    );
    return html`<p class="basis" data-testid="mc-compare-basis">
        ${basisLine(result)} · baseline and ${result.variants.length}
        variant${result.variants.length === 1 ? '' : 's'} ·
        ${injectsNote(result.injects, result.scenario.injects.length)}
        ${stale ? html`<span class="stale" role="status">${stale}</span>` : nothing}
      </p>
      ${result.variants.map((v) => {
        const c = v.comparison.services.find((s) => s.service === this.service);
        if (!c) return html`<p>${v.name} has no service ${this.service}.</p>`;
        const mine = (list: typeof v.fit.worse) =>
          list.filter((f) => f.after.service === this.service);
        return comparisonTable(v.name, c, currency, {
          worse: mine(v.fit.worse),
          better: mine(v.fit.better),
        });
      })}
      <cs-mc-overlay
        .baseline=${result.scenario}
        .variants=${result.variants}
        .service=${this.service}
        .masterSeed=${result.masterSeed}
        .injects=${result.injects}
        .runs=${result.runs}
      ></cs-mc-overlay>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-mc-compare': CsMcCompare;
  }
}
