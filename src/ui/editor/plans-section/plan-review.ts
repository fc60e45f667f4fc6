/**
 * A plan's review cycle in the form: who reviews it, how often (`12 months`) and when it was
 * last reviewed (a date), or a button to give the plan one. Each input commits on `change`;
 * each shows the parser's issues at its path.
 */
import { html } from 'lit';
import { field } from '../calendar-section/form-field.ts';
import type { DocEditDetail } from '../doc-edit.ts';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import { fieldIssues, issueNote, otherIssues } from './field-issues.ts';
import { list, record } from './form-data.ts';
import type { PlanView } from './plan-data.ts';
import '../../term/define.ts';

/** What a new review cycle is: reviewed every 12 months by the plan's owner, never yet. */
export const NEW_REVIEW = { owner: 'Plan owner', every: '12 months' } as const;

const KEYS = { owner: 'Review owner', every: 'Review cycle', last: 'Last review' } as const;

/** The plan's `review` as written, or null when it has none. */
export const reviewOf = (data: unknown, plan: PlanView): Readonly<Record<string, unknown>> | null =>
  record(record(list(record(data)?.['plans'])[plan.index])?.['review']);

export function addReview(plan: PlanView): DocEditDetail {
  return {
    edits: [{ op: 'set', path: ['plans', plan.index, 'review'], value: { ...NEW_REVIEW } }],
    label: `Review cycle of ${plan.title}`,
  };
}

export function removeReview(plan: PlanView): DocEditDetail {
  return {
    edits: [{ op: 'delete', path: ['plans', plan.index, 'review'] }],
    label: `Remove the review cycle of ${plan.title}`,
  };
}

/** Sets owner, every or last (`undefined` removes `last`; the others are required). */
export function setReview(
  data: unknown,
  plan: PlanView,
  key: keyof typeof KEYS,
  value: unknown,
): DocEditDetail | null {
  const current = reviewOf(data, plan)?.[key];
  const written = value === undefined && key !== 'last' ? '' : value;
  if (written === current || (typeof current === 'string' && written === current.trim()))
    return null;
  return {
    edits: [{ op: 'set', path: ['plans', plan.index, 'review', key], value: written }],
    label: `${KEYS[key]} of ${plan.title}`,
  };
}

export interface ReviewHost {
  readonly data: unknown;
  readonly issues: readonly ScenarioIssue[];
  readonly edit: (detail: DocEditDetail | null) => void;
  /** The section's first plan: its review cycle links to the glossary (once, not on every plan). */
  readonly first?: boolean;
}

export function planReview(plan: PlanView, host: ReviewHost) {
  const review = reviewOf(host.data, plan);
  const path = ['plans', plan.index, 'review'];
  if (review === null) {
    return html`<div class="review none">
      <span class="muted">No review cycle.</span>
      <button
        type="button"
        class="small add-review"
        aria-label="Add a review cycle to ${plan.title}"
        @click=${() => host.edit(addReview(plan))}
      >
        Add a review cycle
      </button>
      ${issueNote(fieldIssues(host.issues, path))}
    </div>`;
  }
  const common = { data: host.data, issues: host.issues } as const;
  const rest = otherIssues(
    host.issues,
    path,
    (['owner', 'every', 'last'] as const).map((k) => [...path, k]),
  );
  return html`<div class="review" role="group" aria-label="Review cycle of ${plan.title}">
    <span class="review-title"
      >${host.first ? html`<cs-term key="review cycle">Review cycle</cs-term>` : 'Review cycle'}</span
    >
    <div class="fields">
      ${field({ ...common, path: [...path, 'owner'], kind: 'text', label: 'Reviewed by', placeholder: 'Head of IT operations', commit: (v) => host.edit(setReview(host.data, plan, 'owner', v)) })}
      ${field({ ...common, path: [...path, 'every'], kind: 'text', label: 'Every', size: 'narrow', placeholder: '12 months', commit: (v) => host.edit(setReview(host.data, plan, 'every', v)) })}
      ${field({ ...common, path: [...path, 'last'], kind: 'date', label: 'Last reviewed', commit: (v) => host.edit(setReview(host.data, plan, 'last', v)) })}
      <button
        type="button"
        class="small remove-review"
        aria-label="Remove the review cycle of ${plan.title}"
        @click=${() => host.edit(removeReview(plan))}
      >
        Remove
      </button>
    </div>
    ${issueNote(rest)}
  </div>`;
}
