/**
 * A plan's steps as a table: id, name, duration, owner and prerequisites (checkboxes of the
 * plan's other steps) as inputs committing on `change`, and per row move up, move down and
 * remove. Each field shows its issues under it; issues of the step that belong to no field
 * go in a row of their own.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { typed } from '../typed-value.ts';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import type { DocEditDetail } from '../doc-edit.ts';
import { durationField } from './duration-field.ts';
import { fieldIssues, issueNote, otherIssues, type FieldIssues } from './field-issues.ts';
import { committed } from './form-data.ts';
import type { PlanView, StepView } from './plan-data.ts';
import type { TeamChoice } from '../teams-section/team-data.ts';
import * as edit from './step-edits.ts';

/** Finds the element to focus once the edited file is shown again. */
export type FocusAfter = (root: ParentNode) => HTMLElement | null | undefined;

export interface StepsTableHost {
  /** The whole file's data (renames and removals reach into its variants). */
  readonly data: unknown;
  readonly issues: readonly ScenarioIssue[];
  /** The file's declared teams (owners name them by id). */
  readonly teams: readonly TeamChoice[];
  /** The id of the step selected in this plan's Gantt. */
  readonly selectedStep: string | null;
  readonly edit: (detail: DocEditDetail | null, focus?: FocusAfter) => void;
  readonly select: (stepId: string) => void;
}

const FIELDS = ['id', 'name', 'duration', 'owner', 'after'] as const;
const size = (value: string, min: number, max = 40): number =>
  Math.min(max, Math.max(min, value.length + 1));

/** The control `control` of row `row` of plan `plan`. */
export const control =
  (plan: number, row: number, control: string): FocusAfter =>
  (root) =>
    root.querySelector<HTMLElement>(`tr[data-row="${plan}:${row}"] .${control}`);

function textCell(
  plan: PlanView,
  step: StepView,
  field: 'id' | 'name' | 'owner',
  host: StepsTableHost,
  /** The owner's issues show in the row under the step (they are long), described by it. */
  row?: FieldIssues,
) {
  const path = ['plans', plan.index, 'steps', step.index, field];
  const own = fieldIssues(host.issues, path);
  const issues = row && own.list.length ? { ...own, describedBy: row.describedBy } : own;
  const value = step[field];
  const label = { id: 'Id', name: 'Name', owner: 'Owner' }[field];
  const commit = (v: string) =>
    host.edit(
      field === 'id'
        ? edit.renameStep(host.data, plan, step, v)
        : edit.setStepField(plan, step, field, v),
    );
  return html`<td class=${field}>
    <input
      class="${field}-input"
      aria-label="${label} of ${step.title}"
      size=${field === 'name' ? size(value, 16) : size(value, 8, 20)}
      spellcheck=${field === 'name' ? 'true' : 'false'}
      list=${ifDefined(field === 'owner' ? 'owners' : undefined)}
      .value=${typed(value)}
      aria-invalid=${issues.invalid}
      aria-describedby=${ifDefined(issues.describedBy)}
      @change=${(e: Event) => commit(committed(e))}
    />
    ${field === 'owner' ? ownerNote(value, host.teams) : nothing}
    ${row ? nothing : issueNote(issues)}
  </td>`;
}

/**
 * Under an owner: the team's name when it names a declared team; a quiet note when the file
 * declares teams and this owner is none of them (the parser's warning, with its suggestion,
 * is in the row under the step).
 */
function ownerNote(owner: string, teams: readonly TeamChoice[]) {
  if (owner === '' || teams.length === 0) return nothing;
  const team = teams.find((t) => t.id === owner);
  if (team) return team.name === team.id ? nothing : html`<p class="owner-note">${team.name}</p>`;
  return html`<p class="owner-note undeclared">Not a team: unlimited, always at work</p>`;
}

function afterCell(plan: PlanView, step: StepView, host: StepsTableHost) {
  const issues = fieldIssues(host.issues, ['plans', plan.index, 'steps', step.index, 'after']);
  const ids = plan.steps.map((s) => s.id);
  const others = plan.steps.filter((s) => s.id && s.id !== step.id);
  const unknown = step.after.filter((a) => !ids.includes(a));
  const toggle = (id: string, on: boolean) =>
    host.edit(
      edit.setAfter(plan, step, on ? [...step.after, id] : step.after.filter((a) => a !== id)),
    );
  const box = (id: string, title: string, bad: boolean) =>
    html`<label class=${bad ? 'bad' : ''} title=${title}
      ><input
        type="checkbox"
        .checked=${live(step.after.includes(id))}
        aria-invalid=${bad ? 'true' : issues.invalid}
        @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)}
      />${id}</label
    >`;
  return html`<td class="after">
    <fieldset aria-describedby=${ifDefined(issues.describedBy)}>
      <legend class="visually-hidden">Prerequisites of ${step.title}</legend>
      ${others.map((s) => box(s.id, s.title, false))}
      ${unknown.map((id) => box(id, `${id} is not a step of this plan`, true))}
      ${others.length + unknown.length === 0 ? html`<span class="muted">none</span>` : nothing}
    </fieldset>
    ${issueNote(issues)}
  </td>`;
}

function actionsCell(plan: PlanView, step: StepView, host: StepsTableHost) {
  const [p, s] = [plan.index, step.index];
  const first = s === 0;
  const last = s === plan.length - 1;
  return html`<td class="actions">
    <button
      type="button"
      class="icon up"
      aria-label="Move ${step.title} up"
      title="Move up"
      ?disabled=${first}
      @click=${() => host.edit(edit.moveStep(plan, step, -1), control(p, s - 1, s - 1 === 0 ? 'down' : 'up'))}
    >
      ↑
    </button>
    <button
      type="button"
      class="icon down"
      aria-label="Move ${step.title} down"
      title="Move down"
      ?disabled=${last}
      @click=${() => host.edit(edit.moveStep(plan, step, 1), control(p, s + 1, s + 1 === plan.length - 1 ? 'up' : 'down'))}
    >
      ↓
    </button>
    <button
      type="button"
      class="icon remove"
      aria-label="Remove step ${step.title}"
      title=${plan.length > 1 ? 'Remove' : 'A plan needs at least one step'}
      ?disabled=${plan.length <= 1}
      @click=${() =>
        host.edit(edit.removeStep(host.data, plan, step), (root) =>
          last ? control(p, s - 1, 'remove')(root) : control(p, s, 'remove')(root),
        )}
    >
      ✕
    </button>
  </td>`;
}

function stepRows(plan: PlanView, step: StepView, host: StepsTableHost) {
  const path = ['plans', plan.index, 'steps', step.index];
  // The owner's issues (a warning and its suggestion: long) take the row under the step.
  const rest = otherIssues(
    host.issues,
    path,
    FIELDS.filter((f) => f !== 'owner').map((f) => [...path, f]),
  );
  return html`<tr
      data-row="${plan.index}:${step.index}"
      data-step=${step.id}
      tabindex="-1"
      class=${step.id !== '' && step.id === host.selectedStep ? 'selected' : ''}
      @focusin=${() => host.select(step.id)}
    >
      ${textCell(plan, step, 'id', host)} ${textCell(plan, step, 'name', host)}
      <td class="duration-cell">
        ${durationField(step, [...path, 'duration'], host.issues, {
          set: (v) => host.edit(edit.setStepField(plan, step, 'duration', v)),
          setEnd: (key, v) => host.edit(edit.setTriangle(plan, step, key, v)),
          toggle: () => host.edit(edit.toggleTriangle(plan, step)),
        })}
      </td>
      ${textCell(plan, step, 'owner', host, rest)} ${afterCell(plan, step, host)}
      ${actionsCell(plan, step, host)}
    </tr>
    ${
      rest.list.length
        ? html`<tr class="row-issues">
            <td colspan="6">${issueNote(rest)}</td>
          </tr>`
        : nothing
    }`;
}

export function stepsTable(plan: PlanView, host: StepsTableHost) {
  return html`<div class="table-wrap">
    <table aria-label="Steps of ${plan.title}">
      <thead>
        <tr>
          <th scope="col">Id</th>
          <th scope="col">Name</th>
          <th scope="col">Duration</th>
          <th scope="col">Owner</th>
          <th scope="col">Waits for</th>
          <th scope="col"><span class="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>
        ${plan.steps.map((step) => stepRows(plan, step, host))}
      </tbody>
    </table>
  </div>`;
}
