/**
 * The table of calendar exceptions (dates whose agreed hours differ from the week): date, last
 * date, closed or hours, note; each row removable, and a button that adds one.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import { parseDate } from '../../../scenario/units.ts';
import type { DocEdit, DocPath } from '../doc-edit.ts';
import { field, fieldId, issueList, issuesAt, listAt, textOf, valueAt } from './form-field.ts';

const PATH: DocPath = ['calendar', 'exceptions'];
/** Hours offered when an exception is switched from closed to open. */
export const SHORT_DAY = '09:00-12:00';

export interface ExceptionsContext {
  readonly data: unknown;
  readonly issues: readonly ScenarioIssue[];
  readonly edit: (edits: readonly DocEdit[], label: string) => void;
}

/** The date a new exception gets: the day after the last one, else the scenario's first day. */
export function nextExceptionDate(data: unknown): string {
  const list = listAt(data, PATH);
  const last = parseDate(valueAt(list[list.length - 1], ['date']));
  if (last.ok) return new Date(last.value + 86_400_000).toISOString().slice(0, 10);
  const start = textOf(valueAt(data, ['start'])).slice(0, 10);
  return parseDate(start).ok ? start : '2026-01-01';
}

export function exceptionsTable(ctx: ExceptionsContext) {
  const rows = listAt(ctx.data, PATH);
  const add = () =>
    ctx.edit(
      [
        {
          op: 'insert',
          path: PATH,
          index: rows.length,
          value: { date: nextExceptionDate(ctx.data), closed: true },
        },
      ],
      'Add a calendar exception',
    );
  return html`<table class="exceptions" aria-label="Calendar exceptions">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Until (optional)</th>
          <th scope="col">Closed</th>
          <th scope="col">Hours</th>
          <th scope="col">Note</th>
          <th scope="col"><span class="visually-hidden">Remove</span></th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row, i) => exceptionRow(ctx, row, i))}
      </tbody>
    </table>
    ${rows.length === 0 ? html`<p class="muted">No exceptions: every week is the same.</p>` : nothing}
    ${issueList(fieldId(PATH), issuesAt(ctx.issues, PATH))}
    <button type="button" class="add" @click=${add}>Add an exception</button>`;
}

function exceptionRow(ctx: ExceptionsContext, row: unknown, i: number) {
  const path = [...PATH, i];
  const date = textOf(valueAt(row, ['date']));
  const when = date || `exception ${i + 1}`;
  const name = date ? `the exception on ${date}` : when;
  const closed = valueAt(row, ['closed']) === true;
  const common = { data: ctx.data, issues: ctx.issues, hideLabel: true } as const;
  const set = (key: string, label: string) => (value: unknown) =>
    ctx.edit([{ op: 'set', path: [...path, key], value }], `${label} of ${name}`);
  const toggle = (e: Event) => {
    const now = (e.target as HTMLInputElement).checked;
    const hours = textOf(valueAt(row, ['hours'])) || SHORT_DAY;
    ctx.edit(
      now
        ? [
            { op: 'set', path: [...path, 'closed'], value: true },
            { op: 'set', path: [...path, 'hours'], value: undefined },
          ]
        : [
            { op: 'set', path: [...path, 'closed'], value: undefined },
            { op: 'set', path: [...path, 'hours'], value: hours },
          ],
      `${now ? 'Close' : 'Open'} ${name}`,
    );
  };
  const rowIssues = issuesAt(ctx.issues, path);
  return html`<tr>
      <td>
        ${field({ ...common, path: [...path, 'date'], kind: 'date', label: `Date of ${name}`, commit: set('date', 'Date') })}
      </td>
      <td>
        ${field({ ...common, path: [...path, 'to'], kind: 'date', label: `Last date of ${name}`, commit: set('to', 'Last date') })}
      </td>
      <td>
        <input
          type="checkbox"
          aria-label=${`Closed on ${when}`}
          .checked=${live(closed)}
          @change=${toggle}
        />
      </td>
      <td>
        ${field({ ...common, path: [...path, 'hours'], kind: 'text', label: `Hours of ${name}`, placeholder: closed ? 'closed' : SHORT_DAY, disabled: closed, commit: set('hours', 'Hours') })}
      </td>
      <td>
        ${field({ ...common, path: [...path, 'note'], kind: 'text', label: `Note of ${name}`, commit: set('note', 'Note') })}
      </td>
      <td>
        <button
          type="button"
          class="small"
          aria-label=${`Remove ${name}`}
          @click=${() => ctx.edit([{ op: 'delete', path }], `Remove ${name}`)}
        >
          Remove
        </button>
      </td>
    </tr>
    ${
      rowIssues.length
        ? html`<tr class="row-issues">
            <td colspan="6">${issueList(fieldId(path), rowIssues)}</td>
          </tr>`
        : nothing
    }`;
}
