/** The dependencies of a component card: one checkbox per other component. */
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { DocEdit } from '../doc-edit.ts';
import { slotState, type CardContext } from './fields.ts';
import { asList, asText } from './read.ts';
import type { Choice } from './select-fields.ts';

export function dependsOnField(ctx: CardContext, dependsOn: unknown, others: readonly Choice[]) {
  const current = asList(dependsOn).map(asText);
  const unknown = current.filter((id) => id !== '' && !others.some((o) => o.id === id));
  const state = slotState(ctx, 'dependsOn');
  const path = ['components', ctx.index, 'dependsOn'];
  const toggle = (id: string, checked: boolean) => {
    const next = checked ? [...current, id] : current.filter((d) => d !== id);
    const edits: DocEdit[] = [{ op: 'set', path, value: next.length > 0 ? next : undefined }];
    ctx.edit(edits, `Dependencies of ${ctx.name}`);
  };
  const box = (c: Choice, label: string) =>
    html`<label class="check">
      <input
        type="checkbox"
        .checked=${live(current.includes(c.id))}
        @change=${(e: Event) => toggle(c.id, (e.target as HTMLInputElement).checked)}
      />
      ${label}
    </label>`;
  return html`<fieldset
    class="depends"
    aria-invalid=${state.invalid}
    aria-describedby=${state.describedBy}
  >
    <legend>Depends on</legend>
    <p class="note">
      ${
        others.length === 0 && unknown.length === 0
          ? 'No other components.'
          : 'It cannot work while any of the checked components is down.'
      }
    </p>
    ${others.map((c) => box(c, c.name === c.id ? c.id : `${c.name} (${c.id})`))}
    ${unknown.map((id) => box({ id, name: id }, `${id} (no such component)`))} ${state.list}
  </fieldset>`;
}
