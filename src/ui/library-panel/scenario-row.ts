/** One of the planner's scenarios in the list: what it is, when it changed, and what can be done. */
import { html, nothing, type TemplateResult } from 'lit';
import type { StoredScenario } from '../storage/index.ts';
import type { PlanFlags } from './review-flags.ts';
import { exactTime, whenText } from './when.ts';

export interface RowActions {
  open(id: string): void;
  duplicate(id: string): void;
  startRename(id: string): void;
  remove(id: string): void;
  renameKey(e: KeyboardEvent, id: string): void;
  renameInput(value: string): void;
  commitRename(id: string): void;
  cancelRename(): void;
}

export interface RowState {
  readonly current: boolean;
  /** The name being typed, when this row is being renamed. */
  readonly renaming: string | null;
  readonly now: number;
  /** Its plans overdue for review or not exercised within their cycle (review-flags.ts). */
  readonly review?: readonly PlanFlags[];
}

const time = (ms: number, now: number): TemplateResult =>
  html`<time datetime=${new Date(ms).toISOString()} title=${exactTime(ms)}
    >${whenText(ms, now)}</time
  >`;

function nameOrInput(s: StoredScenario, row: RowState, on: RowActions): TemplateResult {
  if (row.renaming === null) {
    return html`<span class="name">${s.name}</span>
      ${row.current ? html`<span class="badge">Open now</span>` : nothing}`;
  }
  return html`<span class="rename">
    <input
      class="rename-input"
      aria-label="New name for ${s.name}"
      .value=${row.renaming}
      @input=${(e: Event) => on.renameInput((e.target as HTMLInputElement).value)}
      @keydown=${(e: KeyboardEvent) => on.renameKey(e, s.id)}
    />
    <button type="button" class="primary" @click=${() => on.commitRename(s.id)}>Save name</button>
    <button type="button" @click=${() => on.cancelRename()}>Cancel</button>
  </span>`;
}

export function scenarioRow(s: StoredScenario, row: RowState, on: RowActions): TemplateResult {
  const exercised = s.lastExercised;
  return html`<li
    class="item ${row.current ? 'current' : ''}"
    aria-current=${row.current ? 'true' : 'false'}
  >
    <div class="main">
      <div class="title">${nameOrInput(s, row, on)}</div>
      <div class="meta">Edited ${time(s.updatedAt, row.now)}</div>
      ${
        exercised
          ? html`<div class="meta">
              Last exercised
              ${time(exercised.at, row.now)}${exercised.note ? ` — ${exercised.note}` : ''}
            </div>`
          : nothing
      }
      ${
        row.review?.length
          ? html`<ul class="review-flags" aria-label="Plans to review in ${s.name}">
              ${row.review.map((p) => html`<li><strong>${p.plan}</strong>: ${p.flags.join('; ')}</li>`)}
            </ul>`
          : nothing
      }
    </div>
    <div class="actions" role="group" aria-label="Actions for ${s.name}">
      ${
        row.current
          ? nothing
          : html`<button type="button" aria-label="Open ${s.name}" @click=${() => on.open(s.id)}>
              Open
            </button>`
      }
      <button type="button" aria-label="Duplicate ${s.name}" @click=${() => on.duplicate(s.id)}>
        Duplicate
      </button>
      <button
        type="button"
        data-rename=${s.id}
        aria-label="Rename ${s.name}"
        ?disabled=${row.renaming !== null}
        @click=${() => on.startRename(s.id)}
      >
        Rename
      </button>
      <button
        type="button"
        class="danger"
        aria-label="Delete ${s.name}"
        @click=${() => on.remove(s.id)}
      >
        Delete
      </button>
    </div>
  </li>`;
}
