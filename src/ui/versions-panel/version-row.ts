/** One save point in the list: when, its note, and Compare / Restore with an inline confirmation. */
import { html, nothing, type TemplateResult } from 'lit';
import { exactTime } from '../library-panel/when.ts';
import type { SavePoint } from '../storage/index.ts';

export type Against = 'now' | 'previous';

export interface RowActions {
  compare(versionId: string, against: Against): void;
  askRestore(versionId: string): void;
  restore(versionId: string): void;
  cancelRestore(): void;
}

export interface RowState {
  /** The version before this one, if any. */
  readonly previous: SavePoint | undefined;
  /** Whether this version's text is the current text. */
  readonly isNow: boolean;
  /** The comparison open under this row. */
  readonly comparing: Against | null;
  readonly confirming: boolean;
  /** The comparison, rendered, when one is open under this row. */
  readonly comparison: TemplateResult | typeof nothing;
}

export const versionLabel = (v: SavePoint): string => `the version of ${exactTime(v.at)}`;

function confirm(v: SavePoint, on: RowActions): TemplateResult {
  return html`<div class="confirm" role="group" aria-label="Confirm restore">
    <p>Restore ${versionLabel(v)}? Your current text is kept as a version first.</p>
    <button type="button" class="primary" @click=${() => on.restore(v.id)}>Restore</button>
    <button type="button" @click=${() => on.cancelRestore()}>Cancel</button>
  </div>`;
}

export function versionRow(v: SavePoint, row: RowState, on: RowActions): TemplateResult {
  const when = exactTime(v.at);
  const toggle = (against: Against, label: string) =>
    html`<button
      type="button"
      aria-expanded=${row.comparing === against ? 'true' : 'false'}
      aria-label="${label}: version of ${when}"
      @click=${() => on.compare(v.id, against)}
    >
      ${label}
    </button>`;
  return html`<li class="version">
    <div class="head">
      <time datetime=${new Date(v.at).toISOString()}>${when}</time>
      <span class="number">#${v.number}</span>
      ${row.isNow ? html`<span class="badge">same as now</span>` : nothing}
    </div>
    ${v.note ? html`<div class="note">${v.note}</div>` : nothing}
    <div class="actions">
      ${row.isNow ? nothing : toggle('now', 'Compare with now')}
      ${row.previous ? toggle('previous', 'Compare with previous version') : nothing}
      ${
        row.isNow
          ? nothing
          : html`<button
              type="button"
              aria-label="Restore the version of ${when}"
              ?disabled=${row.confirming}
              @click=${() => on.askRestore(v.id)}
            >
              Restore
            </button>`
      }
    </div>
    ${row.confirming ? confirm(v, on) : nothing} ${row.comparison}
  </li>`;
}
