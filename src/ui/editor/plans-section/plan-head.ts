/**
 * The head of a plan in the form: its name and id (inputs committing on `change`), Remove
 * plan (with the reason when it is refused), and what it restores: the components that
 * recover with it and the services they serve, with each service's RTO.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { typed } from '../typed-value.ts';
import { humanDuration } from '../../../analysis/event-log.ts';
import type { Scenario } from '../../../core/model.ts';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import type { DocEditDetail } from '../doc-edit.ts';
import { fieldIssues, issueNote } from './field-issues.ts';
import { committed } from './form-data.ts';
import { planUsers, type PlanView } from './plan-data.ts';
import { renamePlan, setPlanName } from './plan-edits.ts';
import '../../term/define.ts';
import { servicesServed } from './plan-services.ts';
import { planReview } from './plan-review.ts';

export interface PlanHeadHost {
  readonly data: unknown;
  readonly scenario: Scenario | null;
  readonly issues: readonly ScenarioIssue[];
  readonly edit: (detail: DocEditDetail | null) => void;
  readonly remove: (plan: PlanView) => void;
  /** Why the last Remove plan was refused, for this plan. */
  readonly refusal: string | null;
  /** The section's first plan: its RTO links to the glossary (once, not on every plan). */
  readonly first?: boolean;
}

const size = (value: string, min: number, max: number): number =>
  Math.min(max, Math.max(min, value.length + 1));

/** `RTO 2 h`, with RTO as a glossary term where `term` (the first RTO of the section). */
const rto = (duration: number, term: boolean) =>
  term
    ? html`<cs-term key="rto">RTO</cs-term> ${humanDuration(duration)}`
    : `RTO ${humanDuration(duration)}`;

function restores(plan: PlanView, host: PlanHeadHost) {
  const users = planUsers(host.data, plan.id);
  if (users.length === 0)
    return html`<p class="restores muted">
      No component recovers with this plan yet: set a component's <code>recovery</code> to
      <code>${plan.id || 'its id'}</code>.
    </p>`;
  const services = host.scenario
    ? servicesServed(
        host.scenario,
        users.map((u) => u.id),
      )
    : [];
  return html`<p class="restores">
    <span class="muted">Restores</span> ${users.map((u) => u.name).join(', ')}${
      services.length
        ? html`<span class="muted"> for </span>${services.map(
              (s, i) =>
                html`${i > 0 ? ', ' : ''}${s.name}
                  <span class="rto"
                    >(${rto(s.objectives.rto, host.first === true && i === 0)})</span
                  >`,
            )}`
        : nothing
    }
  </p>`;
}

export function planHead(plan: PlanView, host: PlanHeadHost) {
  const p = plan.index;
  const name = fieldIssues(host.issues, ['plans', p, 'name']);
  const id = fieldIssues(host.issues, ['plans', p, 'id']);
  return html`<header class="plan-head">
      <input
        class="plan-name"
        aria-label="Name of plan ${plan.title}"
        placeholder="Plan name"
        size=${size(plan.name, 20, 60)}
        .value=${typed(plan.name)}
        aria-invalid=${name.invalid}
        aria-describedby=${ifDefined(name.describedBy)}
        @change=${(e: Event) => host.edit(setPlanName(plan, committed(e)))}
      />
      <label
        >Id
        <input
          class="plan-id"
          aria-label="Id of plan ${plan.title}"
          size=${size(plan.id, 10, 30)}
          spellcheck="false"
          .value=${typed(plan.id)}
          aria-invalid=${id.invalid}
          aria-describedby=${ifDefined(id.describedBy)}
          @change=${(e: Event) => host.edit(renamePlan(host.data, plan, committed(e)))}
      /></label>
      <button type="button" class="remove-plan" @click=${() => host.remove(plan)}>
        Remove plan
      </button>
    </header>
    ${issueNote(name)} ${issueNote(id)}
    ${host.refusal ? html`<p class="refusal" role="alert">${host.refusal}</p>` : nothing}
    ${restores(plan, host)} ${planReview(plan, host)}`;
}
