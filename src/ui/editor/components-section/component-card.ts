/**
 * One component card: a summary row that expands into the component's fields, its issues
 * that no field shows, and "Remove component" (with the refusal when it is referenced).
 */
import { html, nothing } from 'lit';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import type { DocEdit } from '../doc-edit.ts';
import { cardBody, cardSlots } from './card-body.ts';
import { issueList, type CardContext } from './fields.ts';
import { idRow, type RenameDraft } from './id-row.ts';
import { componentIssueSlots, unplaced } from './issue-slots.ts';
import { asRecord, asText, componentId, componentName } from './read.ts';
import type { Choice } from './select-fields.ts';
import { componentSummary } from './summary.ts';

export interface CardView {
  readonly component: unknown;
  readonly index: number;
  readonly expanded: boolean;
  readonly issues: readonly ScenarioIssue[];
  readonly plans: readonly Choice[];
  /** Every component of the file, in order. */
  readonly all: readonly Choice[];
  /** The rename in progress on this card, if any. */
  readonly draft: RenameDraft | null;
  /** Where the id is used (shown while renaming). */
  readonly usedIn: () => readonly string[];
  /** Why the last "Remove component" was refused, if it was. */
  readonly refusal: { readonly message: string; readonly where: readonly string[] } | null;
}

export interface CardActions {
  readonly toggle: () => void;
  readonly edit: (edits: DocEdit[], label: string) => void;
  readonly startRename: () => void;
  readonly inputRename: (text: string) => void;
  readonly applyRename: () => void;
  readonly cancelRename: () => void;
  readonly remove: () => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function badge(issues: readonly ScenarioIssue[]) {
  if (issues.length === 0) return nothing;
  const errors = issues.filter((i) => i.severity === 'error').length;
  return errors > 0
    ? html`<span class="badge bad">${plural(errors, 'error')}</span>`
    : html`<span class="badge warn">${plural(issues.length, 'warning')}</span>`;
}

function body(view: CardView, actions: CardActions, ctx: CardContext, bodyId: string) {
  const record = asRecord(view.component);
  const { index } = ctx;
  const content =
    record === null
      ? html`<p class="note">
          Item ${index + 1} of components is not a component (a mapping with id, name and kind). Fix
          it in the text, or remove it.
        </p>`
      : cardBody({
          ctx,
          component: record,
          plans: view.plans,
          others: view.all.filter((c, i) => i !== index && c.id !== ''),
          idRow: idRow({
            ctx,
            id: asText(record['id']),
            usedIn: view.draft === null ? [] : view.usedIn(),
            draft: view.draft,
            start: actions.startRename,
            input: actions.inputRename,
            apply: actions.applyRename,
            cancel: actions.cancelRename,
          }),
        });
  const slots = ctx.slots;
  const rest = record === null ? [...slots.values()].flat() : unplaced(slots, cardSlots(record));
  const refusal = view.refusal;
  return html`<div class="body" id=${bodyId}>
    ${issueList(`c${index}-other-issues`, rest)} ${content}
    <div class="footer">
      <button type="button" class="danger" @click=${actions.remove}>Remove component</button>
      ${
        refusal === null
          ? nothing
          : html`<div class="refusal" role="alert">
              <p>${refusal.message}</p>
              <ul>
                ${refusal.where.map((w) => html`<li>${w}</li>`)}
              </ul>
            </div>`
      }
    </div>
  </div>`;
}

export function componentCard(view: CardView, actions: CardActions) {
  const { component, index, expanded } = view;
  const name = componentName(component, index);
  const slots = componentIssueSlots(view.issues, index);
  const bodyId = `c${index}-body`;
  const ctx: CardContext = { index, name, slots, edit: actions.edit };
  return html`<li class="card ${expanded ? 'open' : ''}">
    <div class="row">
      <button
        type="button"
        class="toggle"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${bodyId}
        @click=${actions.toggle}
      >
        <span class="chevron" aria-hidden="true"></span>
        <span class="name">${name}</span>
        <code class="id">${componentId(component) || '(no id)'}</code>
      </button>
      <span class="meta">${componentSummary(component)}</span>
      ${badge([...slots.values()].flat())}
    </div>
    ${expanded ? body(view, actions, ctx, bodyId) : nothing}
  </li>`;
}
