/**
 * The age of a component at the start (`ageAtStart`), in the failure group of its card: as
 * the scenario says (the key left out), new, steady state, or a time it has run without
 * failing. Shown where it matters: for a life that ages (Weibull, lognormal), or when the file
 * already gives one (so it can be taken out).
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { controlId, slotState, textField, type CardContext } from './fields.ts';
import { readFailure } from './failure.ts';

export type AgeChoice = '' | 'new' | 'steady-state' | 'age' | 'unknown';

/** What the select shows for the value in the file. */
export function readAge(value: unknown): AgeChoice {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return 'unknown';
  const text = value.trim();
  return text === 'new' || text === 'steady-state' ? text : 'age';
}

/** The value written when the person picks `choice` (a given age starts at one year). */
export const ageValue = (choice: AgeChoice, current: unknown): unknown =>
  choice === ''
    ? undefined
    : choice === 'age'
      ? readAge(current) === 'age'
        ? current
        : '8760h'
      : choice;

const LABELS: [AgeChoice, string][] = [
  ['', 'As the scenario (new unless it says otherwise)'],
  ['new', 'New at the start'],
  ['steady-state', 'Steady state (in service for years)'],
  ['age', 'Has run a given time without failing'],
];

/** Whether the card shows the field: a life that ages, or a value to take out. */
export const showsAge = (failure: unknown, age: unknown): boolean =>
  ['weibull', 'lognormal'].includes(readFailure(failure).type) || age !== undefined;

export function ageFields(ctx: CardContext, failure: unknown, age: unknown) {
  if (!showsAge(failure, age)) return nothing;
  const choice = readAge(age);
  // Its issues show under the select, or under the age when one is given.
  const state = slotState(ctx, 'ageAtStart');
  const path = ['components', ctx.index, 'ageAtStart'];
  const onChange = (e: Event) => {
    const to = (e.target as HTMLSelectElement).value as AgeChoice;
    if (to === choice) return;
    ctx.edit([{ op: 'set', path, value: ageValue(to, age) }], `Age at start of ${ctx.name}`);
  };
  const select = html`<div class="field stacked">
    <label for=${controlId(ctx, 'age-choice')}>Age at start</label>
    <span class="control">
      <select
        id=${controlId(ctx, 'age-choice')}
        aria-invalid=${state.invalid}
        aria-describedby=${state.describedBy}
        @change=${onChange}
      >
        ${
          choice === 'unknown'
            ? html`<option value="unknown" selected disabled>
                Not understood: fix it in the text
              </option>`
            : nothing
        }
        ${LABELS.map(
          ([value, label]) =>
            html`<option value=${value} .selected=${live(value === choice)}>${label}</option>`,
        )}
      </select>
    </span>
    <p class="note">
      Sets its first failure: a new component that wears out fails less in its first year than one
      in service for years (steady state).
    </p>
    ${choice === 'age' ? nothing : state.list}
  </div>`;
  if (choice !== 'age') return select;
  return html`${select}${textField(ctx, {
    slot: 'ageAtStart',
    label: 'Run without failing',
    path,
    value: age,
    what: 'Age at start',
    placeholder: '8760h',
  })}`;
}
