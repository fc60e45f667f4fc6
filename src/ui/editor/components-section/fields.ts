/**
 * The form controls of a component card: a labelled input that commits on `change` as one
 * edit, with the issues of its slot next to it (aria-invalid, aria-describedby).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { typed } from '../typed-value.ts';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import type { DocEdit, DocPath } from '../doc-edit.ts';

export interface CardContext {
  readonly index: number;
  /** The component's name for edit labels ("Capacity of App server 1"). */
  readonly name: string;
  readonly slots: ReadonlyMap<string, readonly ScenarioIssue[]>;
  readonly edit: (edits: DocEdit[], label: string) => void;
}

/** The element id of a slot's control in card `index`. */
export const controlId = (ctx: CardContext, slot: string) =>
  `c${ctx.index}-${slot.replace(/\W+/g, '-')}`;

/** The issues of a slot, as a list the control points to. */
export function issueList(id: string, issues: readonly ScenarioIssue[]) {
  if (issues.length === 0) return nothing;
  return html`<ul class="issues" id=${id}>
    ${issues.map(
      (i) =>
        html`<li class=${i.severity}>
          <span class="message">${i.message}</span>
          ${i.hint === '' ? nothing : html`<span class="hint">Hint: ${i.hint}</span>`}
        </li>`,
    )}
  </ul>`;
}

/** aria-invalid and aria-describedby for a slot, and its issue list. */
export function slotState(ctx: CardContext, slot: string) {
  const issues = ctx.slots.get(slot) ?? [];
  const id = `${controlId(ctx, slot)}-issues`;
  return {
    invalid: issues.some((i) => i.severity === 'error') ? 'true' : nothing,
    describedBy: issues.length > 0 ? id : nothing,
    list: issueList(id, issues),
  };
}

export interface InputField {
  readonly slot: string;
  readonly label: string;
  readonly path: DocPath;
  /** The value in the file (a string, a number or missing). */
  readonly value: unknown;
  /** What the edit is called: "Capacity" -> "Capacity of App server 1". */
  readonly what: string;
  readonly placeholder?: string;
  readonly unit?: string;
  readonly disabled?: boolean;
  /** The edits for a new value (default: one `set` at `path`, undefined removes the key). */
  readonly edits?: (value: unknown) => DocEdit[];
}

const shown = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

function commit(ctx: CardContext, field: InputField, value: unknown): void {
  if (value === field.value) return;
  const edits = field.edits?.(value) ?? [{ op: 'set', path: field.path, value }];
  ctx.edit(edits, `${field.what} of ${ctx.name}`);
}

function wrap(ctx: CardContext, field: InputField, control: TemplateResult, list: unknown) {
  return html`<div class="field">
    <label for=${controlId(ctx, field.slot)}>${field.label}</label>
    <span class="control">
      ${control}${field.unit ? html`<span class="unit">${field.unit}</span>` : nothing}
    </span>
    ${list}
  </div>`;
}

/** A text field (names, durations such as `5m`); empty removes the key. */
export function textField(ctx: CardContext, field: InputField, size = 'short') {
  const state = slotState(ctx, field.slot);
  const onChange = (e: Event) => {
    const text = (e.target as HTMLInputElement).value.trim();
    commit(ctx, field, text === '' ? undefined : text);
  };
  const control = html`<input
    id=${controlId(ctx, field.slot)}
    class=${size}
    type="text"
    spellcheck="false"
    .value=${typed(shown(field.value))}
    placeholder=${field.placeholder ?? nothing}
    ?disabled=${field.disabled ?? false}
    aria-invalid=${state.invalid}
    aria-describedby=${state.describedBy}
    @change=${onChange}
  />`;
  return wrap(ctx, field, control, state.list);
}

/** A number field; empty removes the key, text that is not a number is left uncommitted. */
export function numberField(ctx: CardContext, field: InputField, step = 'any') {
  const state = slotState(ctx, field.slot);
  const onChange = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const text = input.value.trim();
    if (input.validity?.badInput) return;
    const value = text === '' ? undefined : Number(text);
    if (typeof value === 'number' && !Number.isFinite(value)) return;
    commit(ctx, field, value);
  };
  const control = html`<input
    id=${controlId(ctx, field.slot)}
    class="short"
    type="number"
    step=${step}
    .value=${typed(shown(field.value))}
    placeholder=${field.placeholder ?? nothing}
    ?disabled=${field.disabled ?? false}
    aria-invalid=${state.invalid}
    aria-describedby=${state.describedBy}
    @change=${onChange}
  />`;
  return wrap(ctx, field, control, state.list);
}
