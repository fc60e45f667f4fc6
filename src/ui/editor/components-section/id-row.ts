/**
 * The id of a component card: read-only, with "Rename id" which edits the id together with
 * every reference to it (services' topology, dependsOn, injects, variants).
 */
import { html, nothing } from 'lit';
import { typed } from '../typed-value.ts';
import { controlId, slotState, type CardContext } from './fields.ts';

export interface RenameDraft {
  readonly text: string;
  readonly error: string | null;
}

export interface IdRowInput {
  readonly ctx: CardContext;
  readonly id: string;
  /** Where the id is used, for the note while renaming. */
  readonly usedIn: readonly string[];
  /** Null while not renaming. */
  readonly draft: RenameDraft | null;
  readonly start: () => void;
  readonly input: (text: string) => void;
  readonly apply: () => void;
  readonly cancel: () => void;
}

const usage = (usedIn: readonly string[]) =>
  usedIn.length === 0
    ? 'Nothing refers to it yet.'
    : `Also updates ${usedIn.length} reference${usedIn.length === 1 ? '' : 's'}: ${usedIn.join('; ')}.`;

export function idRow(row: IdRowInput) {
  const { ctx, id, draft } = row;
  const state = slotState(ctx, 'id');
  const inputId = controlId(ctx, 'id');
  if (draft === null)
    return html`<div class="field">
      <span class="label">Id</span>
      <span class="control">
        <code class="id-value" aria-describedby=${state.describedBy}>${id || '(none)'}</code>
        <button
          type="button"
          class="small"
          aria-label=${`Rename id of ${ctx.name}`}
          @click=${row.start}
        >
          ${id === '' ? 'Set id' : 'Rename id'}
        </button>
      </span>
      <p class="note">
        Editing an id by hand breaks what refers to it; Rename id updates those too.
      </p>
      ${state.list}
    </div>`;
  const errorId = `${inputId}-rename-error`;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      row.apply();
    } else if (e.key === 'Escape') row.cancel();
  };
  return html`<div class="field">
    <label for=${inputId}>New id</label>
    <span class="control">
      <input
        id=${inputId}
        class="short"
        type="text"
        spellcheck="false"
        autocomplete="off"
        .value=${typed(draft.text)}
        aria-invalid=${draft.error === null ? nothing : 'true'}
        aria-describedby=${draft.error === null ? nothing : errorId}
        @input=${(e: Event) => row.input((e.target as HTMLInputElement).value)}
        @keydown=${onKey}
      />
      <button type="button" class="small primary" @click=${row.apply}>Rename</button>
      <button type="button" class="small" @click=${row.cancel}>Cancel</button>
    </span>
    <p class="note">${usage(row.usedIn)}</p>
    ${
      draft.error === null
        ? nothing
        : html`<p class="issues error" id=${errorId} role="alert">${draft.error}</p>`
    }
    ${state.list}
  </div>`;
}
