/**
 * The calendar's public-holiday sets: one text field (`DE-HE, GB-ENG`) written back as the
 * file's `holidays:` (one name as text, several as a list, none removes the key), with what
 * each valid set stands for and the issues found at the key or any of its items.
 */
import { html, nothing } from 'lit';
import { typed } from '../typed-value.ts';
import { readHolidaySet } from '../../../scenario/holiday-sets.ts';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import type { DocEdit, DocPath } from '../doc-edit.ts';
import { fieldId, issueList, issuesAt, textOf, valueAt } from './form-field.ts';

const PATH: DocPath = ['calendar', 'holidays'];

export interface HolidaysContext {
  readonly data: unknown;
  readonly issues: readonly ScenarioIssue[];
  readonly edit: (edits: readonly DocEdit[], label: string) => void;
}

/** The names in the file, as typed (a name or a list of them; anything else as no names). */
export function holidayNames(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return list.map(textOf).filter((t) => t.trim() !== '');
}

/** What the file gets for the typed text: undefined (none), one name, or a list of names. */
export function holidaysValue(typed: string): string | string[] | undefined {
  const names = typed
    .split(/[,;\s]+/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (names.length === 0) return undefined;
  return names.length === 1 ? names[0] : names;
}

export function holidaysField(ctx: HolidaysContext) {
  const id = fieldId(PATH);
  const names = holidayNames(valueAt(ctx.data, PATH));
  const shown = names.join(', ');
  const found = issuesAt(ctx.issues, PATH, true);
  const commit = (e: Event) => {
    const value = holidaysValue((e.target as HTMLInputElement).value);
    if (holidayNames(value).join(', ') === shown) return;
    ctx.edit([{ op: 'set', path: PATH, value }], 'Public holidays');
  };
  const known = names.map(readHolidaySet).flatMap((r) => (r.ok ? [r.value] : []));
  return html`<div class="field holidays">
    <label for=${id}>Holiday sets</label>
    <input
      id=${id}
      type="text"
      .value=${typed(shown)}
      placeholder="e.g. GB-ENG or DE-HE, GB-ENG"
      spellcheck="false"
      autocomplete="off"
      aria-invalid=${found.some((i) => i.severity === 'error') ? 'true' : 'false'}
      aria-describedby=${`${id}-help${found.length ? ` ${id}-issues` : ''}`}
      @change=${commit}
    />
    <p class="muted" id=${`${id}-help`}>
      A country code, optionally with its region (GB-ENG, DE-HE, US-NY, FR); several separated by
      commas. Their public and bank holidays close the agreed hours in every year of the run; an
      exception on the same date overrides a holiday.
    </p>
    ${
      known.length > 0
        ? html`<ul class="sets" aria-label="Holiday sets used">
            ${known.map((s) => html`<li><strong>${s.code}</strong> ${s.label}</li>`)}
          </ul>`
        : nothing
    }
    ${issueList(id, found)}
  </div>`;
}
