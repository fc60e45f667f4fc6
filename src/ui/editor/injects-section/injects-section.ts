import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Scenario } from '../../../core/model.ts';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import { csEvent } from '../../events.ts';
import { controlStyles, panelStyles } from '../../shared.styles.ts';
import '../../term/define.ts';
import '../../local-time-input/define.ts';
import { localTimeInputStyles } from '../../local-time-input/local-time-input.styles.ts';
import type { DocEditDetail } from '../doc-edit.ts';
import { fieldIssues, issueNote, otherIssues } from '../plans-section/field-issues.ts';
import { committed, items, record, text, type Rec } from '../plans-section/form-data.ts';
import { INJECT_KEYS, injectFields } from './inject-fields.ts';
import {
  ACTIONS,
  addInject,
  atInputValue,
  injectName,
  isAction,
  removeInject,
  setAction,
  setAt,
} from './inject-edits.ts';
import { injectsSectionStyles } from './injects-section.styles.ts';

/**
 * The scripted injects of a scenario file (`data.injects`) as a table: when (a date-time in
 * scenario-local time, read on the scenario's clock: a time the clocks skip is refused in
 * place, one they show twice asks which and is written with its UTC offset when the second is
 * meant), the action, the fields that action needs, and Remove; Add inject fails the first
 * component at 10:00 the day after the start. Every change is a `cs-doc-edit`.
 *
 * @fires cs-doc-edit - `{ edits, label }`: one change of the file (e.g. "Time of inject 2 (fail db-1)")
 */
export class CsInjectsSection extends LitElement {
  static override styles = [controlStyles, panelStyles, localTimeInputStyles, injectsSectionStyles];

  /** The whole scenario file as plain data; may be malformed while the person types. */
  @property({ attribute: false }) data: unknown = null;
  /** The last valid resolved scenario: bounds the times to the scenario's run. */
  @property({ attribute: false }) scenario: Scenario | null = null;
  /** The file's issues; each field shows those at its path. */
  @property({ attribute: false }) issues: readonly ScenarioIssue[] = [];

  private rows: { index: number; item: Rec }[] = [];
  private focusAdded = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) this.rows = items(this.data, 'injects');
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A select shows the file's value even when its options arrived after it (and after a
    // choice that made no edit).
    for (const select of this.renderRoot.querySelectorAll<HTMLSelectElement>('select[data-value]'))
      if (select.value !== select.dataset['value']) select.value = select.dataset['value'] ?? '';
    if (this.focusAdded && changed.has('data')) {
      this.focusAdded = false;
      this.renderRoot.querySelector<HTMLElement>('tbody tr[data-row]:last-of-type input')?.focus();
    }
  }

  private edit(detail: DocEditDetail | null): void {
    if (detail) this.dispatchEvent(csEvent('cs-doc-edit', detail));
    else this.requestUpdate();
  }

  private renderRow(index: number, item: Rec) {
    const name = injectName(index, item);
    const start = record(this.data)?.['start'];
    const at = fieldIssues(this.issues, ['injects', index, 'at']);
    const action = fieldIssues(this.issues, ['injects', index, 'action']);
    const written = text(item['at']);
    const current = text(item['action']);
    const s = this.scenario;
    const rest = otherIssues(
      this.issues,
      ['injects', index],
      ['at', 'action', ...INJECT_KEYS].map((k) => ['injects', index, k]),
    );
    const host = {
      data: this.data,
      issues: this.issues,
      edit: (d: DocEditDetail | null) => this.edit(d),
    };
    return html`<tr data-row=${index}>
        <td class="num">${index + 1}</td>
        <td class="at">
          <cs-local-time-input
            label="Time of ${name}"
            .clock=${s}
            .value=${atInputValue(item['at'], start, s)}
            .invalid=${at.invalid}
            .describedBy=${at.describedBy}
            @cs-local-time=${(e: CustomEvent<{ text: string; refused: boolean }>) => {
              // A time that names no moment stays in the field with the reason, unwritten.
              if (!e.detail.refused) this.edit(setAt(index, item, e.detail.text));
            }}
          ></cs-local-time-input>
          ${written.startsWith('+') ? html`<div class="muted small">written as ${written}</div>` : nothing}
          ${issueNote(at)}
        </td>
        <td class="action">
          <select
            aria-label="Action of ${name}"
            data-value=${isAction(current) ? current : ''}
            aria-invalid=${action.invalid}
            aria-describedby=${ifDefined(action.describedBy)}
            @change=${(e: Event) => {
              const v = committed(e);
              this.edit(isAction(v) ? setAction(this.data, index, item, v) : null);
            }}
          >
            ${isAction(current) ? nothing : html`<option value="" selected>${current || '(choose)'}</option>`}
            ${ACTIONS.map((a) => html`<option value=${a.value} ?selected=${a.value === current}>${a.label}</option>`)}
          </select>
          ${issueNote(action)}
        </td>
        <td class="details"><div class="fields">${injectFields(host, index, item, name)}</div></td>
        <td class="actions">
          <button
            type="button"
            class="icon remove"
            aria-label="Remove ${name}"
            title="Remove"
            @click=${() => this.edit(removeInject(index, item))}
          >
            ✕
          </button>
        </td>
      </tr>
      ${
        rest.list.length
          ? html`<tr class="row-issues">
              <td colspan="5">${issueNote(rest)}</td>
            </tr>`
          : nothing
      }`;
  }

  protected override render() {
    const add = addInject(this.data);
    const rest = otherIssues(
      this.issues,
      ['injects'],
      this.rows.map((r) => ['injects', r.index]),
    );
    return html`<section class="panel" aria-labelledby="injects-title">
      <h2 id="injects-title">Scripted <cs-term key="inject">injects</cs-term></h2>
      <p class="muted intro">Events the run plays at a set time, in scenario-local time.</p>
      ${issueNote(rest)}
      ${
        this.rows.length
          ? html`<div class="table-wrap">
              <table aria-labelledby="injects-title">
                <thead>
                  <tr>
                    <th scope="col" class="num">#</th>
                    <th scope="col">At</th>
                    <th scope="col">Action</th>
                    <th scope="col">Details</th>
                    <th scope="col"><span class="visually-hidden">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${this.rows.map((r) => this.renderRow(r.index, r.item))}
                </tbody>
              </table>
            </div>`
          : html`<p class="muted">No scripted injects: the run only has random failures.</p>`
      }
      <button
        type="button"
        class="add-inject"
        ?disabled=${add === null}
        title=${add ? 'Fail the first component at 10:00 the day after the start' : 'Needs a valid start and a component'}
        @click=${() => {
          this.focusAdded = true;
          this.edit(add);
        }}
      >
        Add inject
      </button>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-injects-section': CsInjectsSection;
  }
}
