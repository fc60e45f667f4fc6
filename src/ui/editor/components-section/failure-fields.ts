/** The failure model of a component card: a model select and the model's parameters. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { controlId, numberField, slotState, textField, type CardContext } from './fields.ts';
import {
  FAILURE_LABELS,
  FAILURE_NOTES,
  FAILURE_PARAMS,
  FAILURE_TYPES,
  readFailure,
  switchFailure,
  type FailureType,
} from './failure.ts';

/** The slots the failure fields show issues in, for the model the component has. */
export function failureSlots(failure: unknown): string[] {
  const { type } = readFailure(failure);
  const params = type === 'unknown' ? [] : FAILURE_PARAMS[type];
  return ['failure', ...params.map((p) => `failure.${p.key}`)];
}

export function failureFields(ctx: CardContext, failure: unknown) {
  const view = readFailure(failure);
  const state = slotState(ctx, 'failure');
  const path = ['components', ctx.index, 'failure'];
  const onChange = (e: Event) => {
    const to = (e.target as HTMLSelectElement).value as FailureType;
    if (to === view.type) return;
    ctx.edit(
      [{ op: 'set', path, value: switchFailure(failure, to) }],
      `Failure model of ${ctx.name}`,
    );
  };
  const select = html`<div class="field">
    <label for=${controlId(ctx, 'failure')}>Failure model</label>
    <span class="control">
      <select
        id=${controlId(ctx, 'failure')}
        aria-invalid=${state.invalid}
        aria-describedby=${state.describedBy}
        @change=${onChange}
      >
        ${
          view.type === 'unknown'
            ? html`<option value="" selected disabled>Not understood: fix it in the text</option>`
            : nothing
        }
        ${FAILURE_TYPES.map(
          (t) =>
            html`<option value=${t} .selected=${live(t === view.type)}>
              ${FAILURE_LABELS[t]}
            </option>`,
        )}
      </select>
    </span>
    ${view.type === 'unknown' ? nothing : html`<p class="note">${FAILURE_NOTES[view.type]}</p>`}
    ${state.list}
  </div>`;
  if (view.type === 'unknown' || view.type === 'none') return select;
  const type = view.type;
  const params = FAILURE_PARAMS[type].map((param) => {
    const field = {
      slot: `failure.${param.key}`,
      label: param.label,
      path: [...path, type, param.key],
      value: view.params[param.key],
      what: `${param.label} of the failure model`,
      placeholder: String(param.fallback),
    };
    return param.unit === 'number' ? numberField(ctx, field, '0.1') : textField(ctx, field);
  });
  return html`${select}${params}`;
}
