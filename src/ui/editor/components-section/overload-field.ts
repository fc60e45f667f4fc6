/** Overload behaviour of a component card: "fails after sustained overload" and for how long. */
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { slotState, textField, type CardContext } from './fields.ts';
import { asRecord } from './read.ts';

export function overloadFields(ctx: CardContext, overload: unknown) {
  const path = ['components', ctx.index, 'overload'];
  const on = overload !== undefined && overload !== null;
  const state = slotState(ctx, 'overload');
  const toggle = (e: Event) => {
    const checked = (e.target as HTMLInputElement).checked;
    const value = checked ? { failAfter: '4h' } : undefined;
    ctx.edit([{ op: 'set', path, value }], `Overload behaviour of ${ctx.name}`);
  };
  return html`<div class="field wide">
      <label class="check">
        <input
          type="checkbox"
          .checked=${live(on)}
          aria-describedby=${state.describedBy}
          @change=${toggle}
        />
        Fails after sustained overload
      </label>
    </div>
    ${textField(ctx, {
      slot: 'overload',
      label: 'Fails after',
      path: [...path, 'failAfter'],
      value: asRecord(overload)?.['failAfter'],
      what: 'Overload limit',
      placeholder: on ? '4h' : 'only saturates',
      disabled: !on,
    })}`;
}
