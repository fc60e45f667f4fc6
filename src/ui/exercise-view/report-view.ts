import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { AfterActionReport } from '../../exercise/report.ts';
import { minutesText } from '../format.ts';
import { stampTime, stampWhen } from '../local-stamp.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import '../term/define.ts';
import './define-report-chart.ts';
import { renderService } from './report-service.ts';
import type { ReportChart } from './report-chart.ts';
import { minuteStamp } from './report-times.ts';

const KIND: Record<AfterActionReport['timeline'][number]['kind'], string> = {
  inject: 'Inject',
  'decision-opened': 'Decision asked',
  decision: 'Decision',
  service: 'Service',
  plan: 'Recovery',
  control: 'Facilitator',
};

/**
 * The after-action report of an exercise: verdicts against the objectives and against the plan
 * followed to the letter, the decisions with the time they took, the timeline, the advisor's
 * findings and the facilitator's notes. Prints on its own (print stylesheet) and exports JSON.
 * Where the clocks change during the exercise, its times carry the zone's abbreviation.
 *
 * @fires cs-exercise-notes - the facilitator's notes changed (detail: notes)
 * @fires cs-report-export - export the report as JSON
 */
export class CsAfterActionReport extends LitElement {
  static override styles = [
    controlStyles,
    panelStyles,
    css`
      :host {
        display: block;
      }
      article {
        display: grid;
        gap: 1rem;
      }
      header h2 {
        font-size: 1.3rem;
        margin: 0;
      }
      .facts {
        color: var(--cs-muted);
        margin: 0.25rem 0 0;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
        margin-top: 0.5rem;
      }
      dl.verdicts {
        display: grid;
        grid-template-columns: max-content 1fr max-content;
        gap: 0.25rem 1rem;
        margin: 0;
      }
      dl.verdicts dt {
        font-weight: 600;
      }
      dl.verdicts dd {
        margin: 0;
      }
      .plan {
        color: var(--cs-muted);
      }
      textarea {
        width: 100%;
        min-height: 7rem;
        box-sizing: border-box;
        font: inherit;
        color: var(--cs-text);
        background: var(--cs-surface);
        border: 1px solid var(--cs-border);
        border-radius: 6px;
        padding: 0.5rem;
      }
      .projected-note {
        margin: 0.4rem 0 0;
        padding: 0.35rem 0.6rem;
        border-left: 3px solid var(--cs-degraded);
      }
      tr.projected td {
        color: var(--cs-muted);
      }
      .notes-print {
        display: none;
        white-space: pre-wrap;
      }
      .finding p {
        margin: 0.2rem 0 0.6rem;
      }
      .finding .suggestion {
        color: var(--cs-muted);
      }
      @media print {
        :host {
          color: #000;
          font-size: 10.5pt;
        }
        .actions,
        textarea {
          display: none;
        }
        .notes-print {
          display: block;
          min-height: 4em;
        }
        .panel {
          border: 0;
          padding: 0;
        }
        section {
          break-inside: avoid-page;
        }
        section.timeline,
        section.findings {
          break-inside: auto;
        }
        .finding {
          break-inside: avoid;
        }
        dl.verdicts {
          grid-template-columns: max-content max-content 1fr;
        }
        tr {
          break-inside: avoid;
        }
        .bad,
        .good {
          color: #000;
        }
      }
    `,
  ];

  @property({ attribute: false }) report: AfterActionReport | null = null;
  /** The exercise run's timeline chart, shown and printed with the timeline; null: none. */
  @property({ attribute: false }) chart: ReportChart | null = null;

  /** `2026-10-25 01:30`, to the minute, with the zone's abbreviation where the report gives the offset. */
  private when(local: string | null): string {
    return local === null ? '—' : stampWhen(minuteStamp(local), this.report?.timeZone);
  }

  /** `01:30 BST`, to the minute. */
  private time(local: string): string {
    return stampTime(minuteStamp(local), this.report?.timeZone);
  }

  private notes(e: Event): void {
    const notes = (e.target as HTMLTextAreaElement).value;
    this.dispatchEvent(
      new CustomEvent('cs-exercise-notes', { detail: { notes }, bubbles: true, composed: true }),
    );
  }

  override render() {
    const r = this.report;
    if (r === null) return nothing;
    return html`<article aria-labelledby="report-title" data-testid="after-action-report">
      <header>
        <h2 id="report-title">
          <cs-term key="after-action report">After-action report</cs-term>: ${r.exercise}
        </h2>
        <p class="facts">
          ${r.scenario} · <cs-term key="seed">seed</cs-term> <code>${r.seed}</code> · started
          ${this.when(r.start)} · ended
          ${r.ended === null ? 'not yet (report so far)' : this.when(r.ended)}
        </p>
        ${
          r.asOf
            ? html`<p class="projected-note" role="note">
                The exercise is still running: the clock stands at ${this.time(r.asOf)}. Verdicts
                and the timeline after it are projected, as if nobody did anything more.
              </p>`
            : nothing
        }
        <div class="actions">
          <button type="button" class="primary" @click=${() => window.print()}>
            Print or save as PDF
          </button>
          <button
            type="button"
            @click=${() =>
              this.dispatchEvent(
                new CustomEvent('cs-report-export', { bubbles: true, composed: true }),
              )}
          >
            Export JSON
          </button>
        </div>
      </header>
      ${r.services.map((s) => renderService(s, (t) => this.when(t)))} ${this.renderDecisions(r)}
      ${this.renderFindings(r)}
      <section class="panel" aria-labelledby="notes-title">
        <h2 id="notes-title">Facilitator's notes</h2>
        <textarea
          aria-labelledby="notes-title"
          placeholder="What went well, what did not, who does what next…"
          .value=${r.notes}
          @input=${(e: Event) => this.notes(e)}
        ></textarea>
        <div class="notes-print">${r.notes || '(none)'}</div>
      </section>
      ${this.renderTimeline(r)}
    </article>`;
  }

  private renderDecisions(r: AfterActionReport) {
    return html`<section class="panel" aria-labelledby="decisions-title">
      <h2 id="decisions-title">Decisions</h2>
      <table data-testid="decisions">
        <thead>
          <tr>
            <th>Question</th>
            <th>Chosen</th>
            <th>Asked</th>
            <th>Decided</th>
            <th class="num">Took</th>
          </tr>
        </thead>
        <tbody>
          ${r.decisions.map(
            (d) =>
              html`<tr>
                <td>${d.question}</td>
                <td>
                  ${d.label ?? (d.openedAt ? 'not decided' : 'never asked')}
                  ${d.timedOut ? html`<span class="bad">(time ran out: default)</span>` : nothing}
                </td>
                <td>${d.openedAt ? this.time(d.openedAt) : '—'}</td>
                <td>${d.decidedAt ? this.time(d.decidedAt) : '—'}</td>
                <td class="num">
                  ${d.tookMinutes === null ? '—' : minutesText(d.tookMinutes)} of
                  ${minutesText(d.timeLimitMinutes)}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private renderFindings(r: AfterActionReport) {
    return html`<section class="panel findings" aria-labelledby="findings-title">
      <h2 id="findings-title">
        What the <cs-term key="exercise">exercise</cs-term> exposed (advisor findings)
      </h2>
      ${
        r.findings.length === 0
          ? html`<p class="facts">
              No advisor finding about the components and plans the exercise put to work.
            </p>`
          : r.findings.map(
              (f) =>
                html`<div class="finding">
                  <strong
                    >${f.severity === 'critical' ? 'Critical' : f.severity === 'warning' ? 'Warning' : 'Note'}:</strong
                  >
                  ${f.title}
                  <p>${f.explanation}</p>
                  ${
                    f.suggestion.text
                      ? html`<p class="suggestion">Suggestion: ${f.suggestion.text}</p>`
                      : nothing
                  }
                </div>`,
            )
      }
    </section>`;
  }

  private renderTimeline(r: AfterActionReport) {
    return html`<section class="panel timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      ${this.chart ? html`<cs-report-chart .chart=${this.chart}></cs-report-chart>` : nothing}
      <table data-testid="report-timeline">
        <thead>
          <tr>
            <th>Time</th>
            <th>What</th>
            <th>Detail</th>
          </tr>
        </thead>
        <tbody>
          ${r.timeline.map(
            (e) =>
              html`<tr data-kind=${e.kind} class=${e.projected ? 'projected' : ''}>
                <td>${this.time(e.at)}</td>
                <td>${KIND[e.kind]}${e.projected ? html`<br /><em>projected</em>` : nothing}</td>
                <td>${e.text}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-after-action-report': CsAfterActionReport;
  }
}
