/** The select fields of a component card: its kind and its recovery plan. */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { KINDS } from '../../../scenario/component-format.ts';
import { controlId, slotState, type CardContext } from './fields.ts';
import { asText } from './read.ts';

export interface Choice {
  readonly id: string;
  readonly name: string;
}

const KIND_LABELS: Record<string, string> = {
  'load-balancer': 'Load balancer',
  'third-party': 'Third party',
};
const kindLabel = (kind: string) =>
  KIND_LABELS[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);

function selectField(
  ctx: CardContext,
  slot: string,
  label: string,
  what: string,
  value: unknown,
  options: TemplateResult[],
  layout = 'field',
) {
  const state = slotState(ctx, slot);
  const onChange = (e: Event) => {
    const next = (e.target as HTMLSelectElement).value;
    const set = next === '' ? undefined : next;
    if (set !== value)
      ctx.edit(
        [{ op: 'set', path: ['components', ctx.index, slot], value: set }],
        `${what} of ${ctx.name}`,
      );
  };
  return html`<div class=${layout}>
    <label for=${controlId(ctx, slot)}>${label}</label>
    <span class="control">
      <select
        id=${controlId(ctx, slot)}
        aria-invalid=${state.invalid}
        aria-describedby=${state.describedBy}
        @change=${onChange}
      >
        ${options}
      </select>
    </span>
    ${state.list}
  </div>`;
}

const option = (value: string, label: string, selected: boolean, disabled = false) =>
  html`<option value=${value} ?disabled=${disabled} .selected=${live(selected)}>${label}</option>`;

export function kindField(ctx: CardContext, kind: unknown) {
  const current = asText(kind);
  const known = (KINDS as readonly string[]).includes(current);
  const options = [
    ...(known
      ? []
      : [option('', current === '' ? 'Choose a kind' : `${current} (unknown)`, true, true)]),
    ...KINDS.map((k) => option(k, kindLabel(k), k === current)),
  ];
  return selectField(ctx, 'kind', 'Kind', 'Kind', kind, options);
}

export function recoveryField(ctx: CardContext, recovery: unknown, plans: readonly Choice[]) {
  const current = asText(recovery);
  const known = current === '' || plans.some((p) => p.id === current);
  const options = [
    option('', 'None (only a restore inject)', current === ''),
    ...plans.map((p) => option(p.id, p.name, p.id === current)),
    ...(known ? [] : [option(current, `${current} (no such plan)`, true)]),
  ];
  const what = 'Recovery plan';
  return selectField(ctx, 'recovery', what, what, recovery, options, 'field stacked');
}
