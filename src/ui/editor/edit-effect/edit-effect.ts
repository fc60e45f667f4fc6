import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { RunReport } from '../../../core/report.ts';
import { panelStyles } from '../../shared.styles.ts';
import '../../term/define.ts';
import { anyChange, effectRows, type Direction } from './effect-rows.ts';

const MARK: Record<Direction, string> = { better: '▲ better', worse: '▼ worse', same: '' };

/**
 * The effect of the planner's edits on the year, beside the editor: each service's figures
 * now, and what they were when the scenario was opened in the editor. It follows every valid
 * edit (the app reruns a moment after typing stops), so shortening a step shows at once.
 */
export class CsEditEffect extends LitElement {
  static override styles = [
    panelStyles,
    css`
      table {
        border-collapse: collapse;
        font-size: 0.85rem;
        width: 100%;
      }
      th,
      td {
        padding: 0.2rem 0.5rem;
        text-align: right;
        font-variant-numeric: tabular-nums;
        border-bottom: 1px solid var(--cs-border);
        vertical-align: top;
      }
      th:first-child,
      td:first-child {
        text-align: left;
      }
      thead th {
        color: var(--cs-muted);
        font-weight: 500;
      }
      .was {
        display: block;
        color: var(--cs-muted);
        font-size: 0.78rem;
      }
      .better {
        color: var(--cs-good);
      }
      .worse {
        color: var(--cs-danger);
      }
      p {
        margin: 0 0 0.4rem;
        font-size: 0.85rem;
        color: var(--cs-muted);
      }
      .scroll {
        overflow-x: auto;
      }
    `,
  ];

  /** The run of the scenario as it is now (its last valid version). */
  @property({ attribute: false }) now: RunReport | null = null;
  /** The run when the scenario was opened in the editor. */
  @property({ attribute: false }) was: RunReport | null = null;

  override render() {
    if (!this.now) return nothing;
    const rows = effectRows(this.now, this.was);
    const labels = rows[0]?.cells.map((c) => c.label) ?? [];
    return html`<section class="panel" aria-label="Effect of your edits" data-testid="edit-effect">
      <h2>
        Effect of your edits on the year (<cs-term key="seed">seed</cs-term> ${this.now.seed})
      </h2>
      <p>
        ${
          anyChange(rows)
            ? 'Now, against the run when you opened this scenario in the editor.'
            : 'No change yet from the run when you opened this scenario in the editor.'
        }
        One seeded year can move either way by chance (a component back sooner fails again at
        another time); the <cs-term key="Monte Carlo">Monte Carlo</cs-term> tab says how likely each
        outcome is.
      </p>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Service</th>
              ${labels.map((l) => html`<th scope="col">${l}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) =>
                html`<tr data-service=${row.service}>
                  <th scope="row">${row.name}</th>
                  ${row.cells.map(
                    (c) =>
                      html`<td class=${c.direction} data-figure=${c.label}>
                        ${c.now}
                        ${
                          c.was === null
                            ? html`<span class="was">new service</span>`
                            : c.direction === 'same'
                              ? nothing
                              : html`<span class="was">${MARK[c.direction]}, was ${c.was}</span>`
                        }
                      </td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }
}
