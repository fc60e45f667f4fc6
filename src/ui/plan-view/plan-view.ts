import { LitElement, css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  buildPlanDocument,
  planDocumentMarkdown,
  type PlanDocument,
  type PlanHistory,
} from '../../analysis/plan-document/index.ts';
import type { BiaResult } from '../../analysis/bia/types.ts';
import type { Scenario } from '../../core/model.ts';
import { download } from '../app/download.ts';
import { BiaController } from '../controllers/bia-controller.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import type { ScenarioLibrary } from '../storage/index.ts';
import { planHistory, todayLocal } from './history.ts';
import { planDocumentHtml } from './plan-html.ts';
import { printPlan, setPrintedPlan } from './print.ts';
import { DOCUMENT_CSS } from './print-styles.ts';

type Scope = 'service' | 'all';

/** A file name from a title: `Continuity plan - Money transfer 2026-12-07.md`. */
const fileName = (doc: PlanDocument, ext: string): string =>
  `${doc.title.replace(/^Continuity plan: /, 'Continuity plan - ').replace(/[\\/:*?"<>|]+/g, '-')} ${doc.date}.${ext}`;

/**
 * The continuity plan as a document (analysis/plan-document): for the service shown or every
 * service, dated today in this browser, with the history the scenario library keeps. Print the
 * continuity plan (a print stylesheet for A4 PDF, print.ts) or Export Markdown (the same text
 * as `npm run plan`); the document is shown below as it prints.
 */
export class CsPlanView extends LitElement {
  static override styles = [
    controlStyles,
    panelStyles,
    css`
      :host {
        display: block;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.6rem 1rem;
      }
      .toolbar h2 {
        margin: 0;
        font-size: 1.1rem;
      }
      fieldset {
        display: inline-flex;
        gap: 0.8rem;
        border: 0;
        margin: 0;
        padding: 0;
      }
      legend {
        float: left;
        margin-right: 0.5rem;
        color: var(--cs-muted);
        font-size: 0.85rem;
      }
      .flags {
        margin: 0.6rem 0 0;
        color: var(--cs-danger);
      }
      .preview {
        margin-top: 1rem;
        background: var(--cs-surface);
      }
      ${unsafeCSS(DOCUMENT_CSS)}
      .plan-document .flag,
      .plan-document p.fit.does-not-fit strong:nth-of-type(2) {
        color: var(--cs-danger);
      }
    `,
  ];

  @property({ attribute: false }) scenario: Scenario | null = null;
  /** The service shown in the app: the document's one service. */
  @property() service = '';
  /** The library that keeps the scenario's versions and exercises; null = none. */
  @property({ attribute: false }) library: ScenarioLibrary | null = null;
  /** The scenario's id in the library; null when it is not kept there. */
  @property() storedId: string | null = null;

  @state() private scope: Scope = 'service';
  @state() private message = '';
  @state() private history: PlanHistory | null = null;
  @state() private problem: string | null = null;
  private readonly analysis = new BiaController(this);
  private cache: { key: unknown[]; doc: PlanDocument } | null = null;
  private historyFor: unknown[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const status = this.analysis.status;
    const stale = status.kind === 'done' && status.scenario !== this.scenario;
    if (this.scenario && (changed.has('scenario') || stale) && status.kind !== 'running')
      this.analysis.run(this.scenario);
    const key = [this.library, this.storedId, this.scenario];
    if (key.some((k, i) => k !== this.historyFor[i])) {
      this.historyFor = key;
      void this.loadHistory(key);
    }
  }

  private async loadHistory(key: unknown[]): Promise<void> {
    if (!this.scenario) return;
    try {
      const history = await planHistory(this.library, this.storedId, this.scenario);
      if (key === this.historyFor) this.history = history;
    } catch (error) {
      this.history = null;
      this.message = `The library's history could not be read (${error instanceof Error ? error.message : String(error)}); the plan is shown without it.`;
    }
  }

  /** The document for the current scope (made once per BIA result, scope, date and history). */
  private document(bia: BiaResult, scenario: Scenario): PlanDocument | null {
    const date = todayLocal();
    const service = this.scope === 'all' ? null : this.service || null;
    const key = [bia, scenario, service, date, this.history];
    if (this.cache && key.every((k, i) => k === this.cache!.key[i])) return this.cache.doc;
    try {
      const doc = buildPlanDocument({ scenario, bia, date, service, history: this.history });
      this.cache = { key, doc };
      this.problem = null;
      return doc;
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
      return null;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    setPrintedPlan(null);
  }

  private exportMarkdown(doc: PlanDocument): void {
    const name = fileName(doc, 'md');
    download(name, planDocumentMarkdown(doc), 'text/markdown');
    this.message = `Exported ${doc.title.replace(/^Continuity plan/, 'the continuity plan')} as Markdown: ${name}`;
  }

  private print(doc: PlanDocument): void {
    this.message = `Printing ${doc.title.replace(/^Continuity plan/, 'the continuity plan')}: choose Save as PDF in the print dialog for a PDF.`;
    printPlan();
  }

  protected override updated(): void {
    const status = this.analysis.status;
    const scenario = this.scenario;
    const doc = status.kind === 'done' && scenario ? this.document(status.bia, scenario) : null;
    setPrintedPlan(
      doc && scenario ? planDocumentHtml(doc, scenario) : null,
      doc ? fileName(doc, 'pdf').replace(/\.pdf$/, '') : null,
    );
  }

  protected override render() {
    const scenario = this.scenario;
    if (!scenario) return nothing;
    const status = this.analysis.status;
    const doc = status.kind === 'done' ? this.document(status.bia, scenario) : null;
    const serviceName = scenario.services.find((s) => s.id === this.service)?.name ?? this.service;
    const flagged =
      doc?.plans.filter(
        (p) => p.review && (p.review.overdue || p.review.exercisedWithinCycle === false),
      ) ?? [];
    return html`<section class="panel" aria-labelledby="plan-title">
      <div class="toolbar">
        <h2 id="plan-title">Continuity plan</h2>
        <fieldset>
          <legend>For</legend>
          <label
            ><input
              type="radio"
              name="scope"
              value="service"
              .checked=${this.scope === 'service'}
              @change=${() => (this.scope = 'service')}
            />${serviceName}</label
          >
          <label
            ><input
              type="radio"
              name="scope"
              value="all"
              .checked=${this.scope === 'all'}
              @change=${() => (this.scope = 'all')}
            />All services</label
          >
        </fieldset>
        <button
          type="button"
          class="primary"
          ?disabled=${!doc}
          @click=${() => doc && this.print(doc)}
        >
          Print the continuity plan
        </button>
        <button type="button" ?disabled=${!doc} @click=${() => doc && this.exportMarkdown(doc)}>
          Export Markdown
        </button>
        ${
          status.kind === 'running'
            ? html`<label
                >Analysing
                <progress
                  max=${status.total || 1}
                  value=${status.done}
                  aria-label="Analysis progress"
                ></progress
              ></label>`
            : nothing
        }
        ${status.kind === 'error' ? html`<span role="alert" class="bad">The analysis failed: ${status.message}</span>` : nothing}
        ${this.problem ? html`<span role="alert" class="bad">${this.problem}</span>` : nothing}
      </div>
      <p class="muted" role="status" aria-live="polite" data-testid="plan-status">
        ${this.message}
      </p>
      ${
        flagged.length
          ? html`<p class="flags">
              ${flagged.length} plan${flagged.length === 1 ? '' : 's'} to attend to:
              ${flagged.map((p) => p.name).join(', ')} (see the review cycle, section 10).
            </p>`
          : nothing
      }
      ${doc ? html`<div class="preview">${planDocumentHtml(doc, scenario)}</div>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-plan-view': CsPlanView;
  }
}
