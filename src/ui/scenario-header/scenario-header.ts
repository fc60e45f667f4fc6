import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { csEvent } from '../events.ts';
import { controlStyles } from '../shared.styles.ts';
import '../term/define.ts';

export interface ScenarioChoice {
  readonly id: string;
  readonly label: string;
}

/**
 * The header: scenario picker (bundled files and "Open file…"), seed (editable, with a new
 * random seed), and the service picker where a scenario has several.
 *
 * @fires cs-scenario-change - a bundled scenario was chosen
 * @fires cs-scenario-file - a local YAML/JSON file was opened
 * @fires cs-seed-change - the seed changed
 * @fires cs-service-change - another service was chosen
 * @fires cs-export - an export was asked for
 */
export class CsScenarioHeader extends LitElement {
  static override styles = [
    controlStyles,
    css`
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.6rem 1rem;
      }
      .brand {
        margin: 0 1rem 0 0;
        font-size: 1.1rem;
        font-weight: 700;
      }
      /* Laid out like the labels beside it; a span, as the term inside it is a button. */
      .seed {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        font-size: 0.85rem;
        color: var(--cs-muted);
      }
      .seed input {
        width: 8rem;
      }
      .spacer {
        flex: 1;
      }
    `,
  ];

  @property({ attribute: false }) scenarios: readonly ScenarioChoice[] = [];
  /** Id of the chosen scenario (a bundled id, or `file:<name>` for an opened file). */
  @property() scenario = '';
  @property() seed = '1';
  @property({ attribute: false }) services: readonly ScenarioChoice[] = [];
  @property() service = '';

  private onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) this.dispatchEvent(csEvent('cs-scenario-file', { file }));
  }

  private commitSeed(value: string): void {
    const seed = value.trim();
    if (seed && seed !== this.seed) this.dispatchEvent(csEvent('cs-seed-change', { seed }));
  }

  private newSeed(): void {
    // A fresh seed is the user's choice, not the simulation's: crypto randomness is fine here.
    const seed = String(crypto.getRandomValues(new Uint32Array(1))[0]);
    this.dispatchEvent(csEvent('cs-seed-change', { seed }));
  }

  protected override render() {
    const fileChoice = this.scenario.startsWith('file:')
      ? html`<option value=${this.scenario} selected>
          ${this.scenario.slice(5)} (opened file)
        </option>`
      : null;
    return html`<header>
      <p class="brand">Continuity Simulator</p>
      <label
        >Scenario
        <select
          aria-label="Scenario"
          @change=${(e: Event) => this.dispatchEvent(csEvent('cs-scenario-change', { id: (e.target as HTMLSelectElement).value }))}
        >
          ${this.scenarios.map((s) => html`<option value=${s.id} ?selected=${s.id === this.scenario}>${s.label}</option>`)}
          ${fileChoice}
        </select>
      </label>
      <button
        type="button"
        @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click()}
      >
        Open file…
      </button>
      <input
        class="visually-hidden"
        type="file"
        accept=".yaml,.yml,.json"
        tabindex="-1"
        aria-hidden="true"
        @change=${(e: Event) => this.onFile(e)}
      />
      <span class="seed"
        ><cs-term key="seed">Seed</cs-term>
        <input
          aria-label="Seed"
          .value=${this.seed}
          @change=${(e: Event) => this.commitSeed((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.commitSeed((e.target as HTMLInputElement).value)}
        />
      </span>
      <button type="button" @click=${() => this.newSeed()} title="Draw a new random seed">
        New seed
      </button>
      ${
        this.services.length > 1
          ? html`<label
              >Service
              <select
                aria-label="Service"
                @change=${(e: Event) => this.dispatchEvent(csEvent('cs-service-change', { id: (e.target as HTMLSelectElement).value }))}
              >
                ${this.services.map((s) => html`<option value=${s.id} ?selected=${s.id === this.service}>${s.label}</option>`)}
              </select>
            </label>`
          : null
      }
      <span class="spacer"></span>
      <label
        >Export
        <select
          aria-label="Export"
          @change=${(e: Event) => {
            const select = e.target as HTMLSelectElement;
            const what = select.value as
              'trace-json' | 'trace-csv' | 'timeline-svg' | 'timeline-png' | '';
            select.value = '';
            if (what) this.dispatchEvent(csEvent('cs-export', { what }));
          }}
        >
          <option value="">Choose…</option>
          <option value="timeline-svg">Timeline as SVG</option>
          <option value="timeline-png">Timeline as PNG</option>
          <option value="trace-json">Trace as JSON</option>
          <option value="trace-csv">Trace as CSV</option>
        </select>
      </label>
    </header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-scenario-header': CsScenarioHeader;
  }
}
