/** A service's demand surges: name, when (every day, weekday, month end... or on a date), at, duration, factor. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  field,
  fieldId,
  issueList,
  issuesAt,
  listAt,
  textOf,
  valueAt,
} from '../calendar-section/form-field.ts';
import type { DocEdit } from '../doc-edit.ts';
import { servicePath, type ServiceContext } from './service-context.ts';

const WHEN: readonly { value: string; label: string }[] = [
  { value: 'daily', label: 'Every day' },
  { value: 'mon', label: 'Every Monday' },
  { value: 'tue', label: 'Every Tuesday' },
  { value: 'wed', label: 'Every Wednesday' },
  { value: 'thu', label: 'Every Thursday' },
  { value: 'fri', label: 'Every Friday' },
  { value: 'sat', label: 'Every Saturday' },
  { value: 'sun', label: 'Every Sunday' },
  { value: 'month-start', label: 'Month start' },
  { value: 'month-end', label: 'Month end' },
  { value: 'quarter-end', label: 'Quarter end' },
  { value: 'on', label: 'On a date' },
];

/** What a surge's "when" shows: its `every`, or `on` for a dated one. */
export function whenOf(surge: unknown): string {
  if (valueAt(surge, ['on']) !== undefined) return 'on';
  return textOf(valueAt(surge, ['every']));
}

/** The edits that make a surge recur `when` (or happen on a date: the scenario's first day). */
export function whenEdits(
  base: readonly (string | number)[],
  when: string,
  data: unknown,
): DocEdit[] {
  if (when === 'on') {
    const start = textOf(valueAt(data, ['start'])).slice(0, 10) || '2026-01-01';
    return [
      { op: 'set', path: [...base, 'every'], value: undefined },
      { op: 'set', path: [...base, 'on'], value: start },
    ];
  }
  return [
    { op: 'set', path: [...base, 'on'], value: undefined },
    { op: 'set', path: [...base, 'every'], value: when },
  ];
}

export function surgesTable(ctx: ServiceContext) {
  const path = servicePath(ctx, 'demand', 'surges');
  const rows = listAt(ctx.data, path);
  const add = () =>
    ctx.edit(
      [
        {
          op: 'insert',
          path,
          index: rows.length,
          value: {
            name: `surge ${rows.length + 1}`,
            every: 'daily',
            at: '12:00',
            duration: '1h',
            factor: 1.5,
          },
        },
      ],
      `Add a surge to ${ctx.name}`,
    );
  return html`<h4 class="sub">Surges</h4>
    ${
      rows.length
        ? html`<table class="surges" aria-label=${`Demand surges of ${ctx.name}`}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">When</th>
                <th scope="col">At</th>
                <th scope="col">Duration</th>
                <th scope="col">Factor</th>
                <th scope="col"><span class="visually-hidden">Remove</span></th>
              </tr>
            </thead>
            <tbody>
              ${rows.map((row, i) => surgeRow(ctx, row, [...path, i]))}
            </tbody>
          </table>`
        : html`<p class="muted">No surges.</p>`
    }
    ${issueList(fieldId(path), issuesAt(ctx.issues, path))}
    <button type="button" class="add" @click=${add}>Add a surge</button>`;
}

function surgeRow(ctx: ServiceContext, row: unknown, path: readonly (string | number)[]) {
  const index = Number(path[path.length - 1]);
  const name = textOf(valueAt(row, ['name'])) || `surge ${index + 1}`;
  const when = whenOf(row);
  const common = { data: ctx.data, issues: ctx.issues, hideLabel: true } as const;
  const set = (key: string, what: string) => (value: unknown) =>
    ctx.edit(
      [{ op: 'set', path: [...path, key], value }],
      `${what} of surge ${name} (${ctx.name})`,
    );
  const whenIssues = issuesAt(ctx.issues, [...path, 'every']);
  const whenId = fieldId([...path, 'every']);
  const rowIssues = issuesAt(ctx.issues, path);
  return html`<tr>
      <td>
        ${field({ ...common, path: [...path, 'name'], kind: 'text', label: `Name of surge ${index + 1}`, commit: set('name', 'Name') })}
      </td>
      <td class="when">
        <select
          id=${whenId}
          aria-label=${`When surge ${name} happens`}
          aria-invalid=${whenIssues.length ? 'true' : 'false'}
          aria-describedby=${whenIssues.length ? `${whenId}-issues` : nothing}
          @change=${(e: Event) =>
            ctx.edit(
              whenEdits(path, (e.target as HTMLSelectElement).value, ctx.data),
              `When surge ${name} happens (${ctx.name})`,
            )}
        >
          ${
            when === '' || WHEN.some((w) => w.value === when)
              ? nothing
              : html`<option value=${when} selected>${when}</option>`
          }
          ${when === '' ? html`<option value="" selected disabled>choose</option>` : nothing}
          ${WHEN.map((w) => html`<option value=${w.value} .selected=${live(w.value === when)}>${w.label}</option>`)}
        </select>
        ${
          when === 'on'
            ? field({
                ...common,
                path: [...path, 'on'],
                kind: 'date',
                label: `Date of surge ${name}`,
                commit: set('on', 'Date'),
              })
            : nothing
        }
        ${issueList(whenId, whenIssues)}
      </td>
      <td>
        ${field({ ...common, path: [...path, 'at'], kind: 'time', label: `Start time of surge ${name}`, size: 'narrow', commit: set('at', 'Start time') })}
      </td>
      <td>
        ${field({ ...common, path: [...path, 'duration'], kind: 'duration', label: `Duration of surge ${name}`, placeholder: '3h', size: 'narrow', commit: set('duration', 'Duration') })}
      </td>
      <td>
        ${field({ ...common, path: [...path, 'factor'], kind: 'number', label: `Factor of surge ${name}`, min: 0, step: 0.05, size: 'narrow', commit: set('factor', 'Factor') })}
      </td>
      <td>
        <button
          type="button"
          class="small"
          aria-label=${`Remove surge ${name}`}
          @click=${() => ctx.edit([{ op: 'delete', path }], `Remove surge ${name} from ${ctx.name}`)}
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
