/**
 * The weekly grid of agreed hours: one row per day, Monday to Sunday, with its hours and a
 * "closed" box. Every change writes the whole `agreedHours` map back, compacted (`mon-fri`).
 * The same grid edits a team's working hours (`teams[0].hours`, the same syntax).
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { typed } from '../typed-value.ts';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import type { DocEdit, DocPath } from '../doc-edit.ts';
import { dayKeysOf } from './day-map.ts';
import { fieldId, issueList, issuesAt, valueAt } from './form-field.ts';
import {
  agreedHoursOf,
  DAY_LABELS,
  hoursToOpen,
  readWeek,
  weeklyHours,
  withDay,
  type Week,
} from './week-grid.ts';

const AGREED_PATH: DocPath = ['calendar', 'agreedHours'];

export interface WeekContext {
  readonly data: unknown;
  readonly issues: readonly ScenarioIssue[];
  readonly edit: (edits: readonly DocEdit[], label: string) => void;
}

/** What the grid edits and how it names it; by default the scenario's agreed hours. */
export interface WeekOptions {
  /** The day map's path in the file. */
  readonly path: DocPath;
  /** "Agreed hours" or "Working hours": labels read "Agreed hours on Monday". */
  readonly what: string;
  /** Whose hours, for labels when a form has several grids: "of Database administrators". */
  readonly of?: string;
  /** Said when no day is open. */
  readonly none: string;
}

const AGREED: WeekOptions = {
  path: AGREED_PATH,
  what: 'Agreed hours',
  none: 'No agreed hours: the service is never expected to be up.',
};

export function weekTable(ctx: WeekContext, options: WeekOptions = AGREED) {
  const { path, what } = options;
  const of = options.of ? ` of ${options.of}` : '';
  const raw = valueAt(ctx.data, path);
  const week = readWeek(raw);
  // Each key's issues show at the first day it covers; a key naming no day shows below.
  const dayIssues: ScenarioIssue[][] = week.map(() => []);
  const loose: ScenarioIssue[] = issuesAt(ctx.issues, path);
  for (const { key, days } of dayKeysOf(raw)) {
    const found = issuesAt(ctx.issues, [...path, key], true);
    const first = days[0];
    if (first === undefined) loose.push(...found);
    else dayIssues[first]?.push(...found);
  }
  const invalidDays = new Set(
    dayKeysOf(raw)
      .filter(({ key }) => issuesAt(ctx.issues, [...path, key], true).length > 0)
      .flatMap(({ days }) => days),
  );
  const write = (next: Week, label: string) => {
    if (next.every((t, d) => t === week[d])) return;
    ctx.edit([{ op: 'set', path: path, value: agreedHoursOf(next) }], label);
  };
  const total = weeklyHours(week);
  return html`<table class="week" aria-label=${`${what}${of} in a week`}>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Closed</th>
          <th scope="col">Hours</th>
        </tr>
      </thead>
      <tbody>
        ${week.map((text, day) => {
          const label = DAY_LABELS[day] ?? '';
          const id = `${fieldId(path)}-${day}`;
          const found = dayIssues[day] ?? [];
          return html`<tr>
            <th scope="row">${label}</th>
            <td>
              <input
                type="checkbox"
                aria-label=${`Closed${of} on ${label}`}
                .checked=${live(text === null)}
                @change=${(e: Event) =>
                  write(
                    withDay(
                      week,
                      day,
                      (e.target as HTMLInputElement).checked ? null : hoursToOpen(week, day),
                    ),
                    `${(e.target as HTMLInputElement).checked ? 'Close' : 'Open'}${of} on ${label}`,
                  )}
              />
            </td>
            <td>
              <input
                id=${id}
                class="hours"
                aria-label=${`${what}${of} on ${label}`}
                placeholder=${text === null ? 'closed' : '09:00-16:00'}
                .value=${typed(text ?? '')}
                ?disabled=${text === null}
                aria-invalid=${invalidDays.has(day) ? 'true' : 'false'}
                aria-describedby=${found.length ? `${id}-issues` : nothing}
                @change=${(e: Event) =>
                  write(
                    withDay(week, day, (e.target as HTMLInputElement).value),
                    `${what}${of} on ${label}`,
                  )}
              />
              ${issueList(id, found)}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${issueList(fieldId(path), loose)}
    <p class="muted">
      ${total > 0 ? `${+total.toFixed(2)} h of ${what.toLowerCase()} a week.` : options.none}
      Several windows a day: "08:00-12:00, 13:00-18:00"; all day: "00:00-24:00".
    </p>`;
}
