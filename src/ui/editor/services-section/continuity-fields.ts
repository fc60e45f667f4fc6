/**
 * A service's place in the continuity plan: its priority when steps wait for one team (1 is
 * served first), and how its plan is invoked: the criteria, the team that decides, and how
 * long the assessment takes. Emptying every invocation field removes `invocation`.
 */
import { html, nothing } from 'lit';
import {
  field,
  fieldId,
  issueList,
  issuesAt,
  textOf,
  valueAt,
} from '../calendar-section/form-field.ts';
import type { DocEdit } from '../doc-edit.ts';
import { typed } from '../typed-value.ts';
import { record } from '../plans-section/form-data.ts';
import type { TeamChoice } from '../teams-section/team-data.ts';
import { servicePath, setter, type ServiceContext } from './service-context.ts';
import '../../term/define.ts';

const INVOCATION = {
  criteria: 'Invocation criteria',
  decidedBy: 'Who decides the invocation',
  assessment: 'Assessment time',
};

/**
 * The edits that set one field of the invocation; when the others are absent and this one is
 * emptied, the whole `invocation` goes.
 */
export function invocationEdits(
  ctx: Pick<ServiceContext, 'data' | 'index'>,
  key: keyof typeof INVOCATION,
  value: unknown,
): DocEdit[] {
  const path = ['services', ctx.index, 'invocation'];
  const current = record(valueAt(ctx.data, path));
  const written = value === '' ? undefined : value;
  if (written === undefined) {
    if (current === null || current[key] === undefined) return [];
    const others = Object.keys(current).filter((k) => k !== key);
    if (others.length === 0) return [{ op: 'delete', path }];
  }
  if (written !== undefined && current?.[key] === written) return [];
  return [{ op: 'set', path: [...path, key], value: written }];
}

export function continuityFields(ctx: ServiceContext, teams: readonly TeamChoice[]) {
  const common = { data: ctx.data, issues: ctx.issues } as const;
  const at = (key: string) => servicePath(ctx, 'invocation', key);
  const set = (key: keyof typeof INVOCATION) => (value: unknown) =>
    ctx.edit(invocationEdits(ctx, key, value), `${INVOCATION[key]} of ${ctx.name}`);
  const invocation = servicePath(ctx, 'invocation');
  return html`<fieldset class="continuity">
    <legend>Continuity plan</legend>
    ${issueList(fieldId(invocation), issuesAt(ctx.issues, invocation))}
    <div class="fields">
      ${field({
        ...common,
        path: servicePath(ctx, 'priority'),
        kind: 'number',
        label: 'Priority (1 first)',
        size: 'narrow',
        min: 1,
        step: 1,
        placeholder: 'none',
        commit: setter(ctx, servicePath(ctx, 'priority'), 'Priority'),
      })}
      ${criteria(ctx, set('criteria'))} ${decidedBy(ctx, teams, set('decidedBy'))}
      ${field({
        ...common,
        path: at('assessment'),
        kind: 'duration',
        label: 'Assessment takes',
        size: 'narrow',
        placeholder: '15m',
        commit: set('assessment'),
      })}
    </div>
    <p class="hint">
      <cs-term key="invocation">Invocation</cs-term>: when and by whom the continuity plan is
      started. Priority: when steps wait for the same team, those of the service with priority 1 go
      first; a service without one comes after all with one.
    </p>
  </fieldset>`;
}

/** The criteria: a sentence or two, in the business's words. */
function criteria(ctx: ServiceContext, commit: (value: unknown) => void) {
  const path = servicePath(ctx, 'invocation', 'criteria');
  const id = fieldId(path);
  const found = issuesAt(ctx.issues, path);
  const value = textOf(valueAt(ctx.data, path));
  return html`<div class="field wide criteria">
    <label for=${id}>Invoke the plan when</label>
    <textarea
      id=${id}
      rows="2"
      placeholder="The primary database is lost and cannot be back within 30 minutes"
      .value=${typed(value)}
      aria-invalid=${found.some((i) => i.severity === 'error') ? 'true' : 'false'}
      aria-describedby=${found.length ? `${id}-issues` : nothing}
      @change=${(e: Event) => {
        const typedText = (e.target as HTMLTextAreaElement).value.trim();
        if (typedText !== value.trim()) commit(typedText);
      }}
    ></textarea>
    ${issueList(id, found)}
  </div>`;
}

function decidedBy(
  ctx: ServiceContext,
  teams: readonly TeamChoice[],
  commit: (value: unknown) => void,
) {
  const path = servicePath(ctx, 'invocation', 'decidedBy');
  const id = fieldId(path);
  const found = issuesAt(ctx.issues, path);
  const value = textOf(valueAt(ctx.data, path));
  const known = value === '' || teams.some((t) => t.id === value);
  return html`<div class="field">
    <label for=${id}>Who decides</label>
    <select
      id=${id}
      aria-invalid=${found.some((i) => i.severity === 'error') ? 'true' : 'false'}
      aria-describedby=${found.length ? `${id}-issues` : nothing}
      @change=${(e: Event) => commit((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${value === ''}>not said</option>
      ${teams.map((t) => html`<option value=${t.id} ?selected=${t.id === value}>${t.name}</option>`)}
      ${known ? nothing : html`<option value=${value} selected>${value} (not a team)</option>`}
    </select>
    ${issueList(id, found)}
  </div>`;
}
