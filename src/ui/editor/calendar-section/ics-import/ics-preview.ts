/**
 * The preview of an iCalendar import: how many days change and how they are written, the two
 * choices (what timed events mean; the planner's own exceptions kept or replaced), how the file
 * was read, and the days themselves: date, weekday, hours now -> after, the events' summary.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type {
  DayChange,
  ExistingChoice,
  IcsPreview,
  TimedMeaning,
} from '../../../../scenario/ics/index.ts';
import { formatWindows } from '../../../../scenario/ics/exception-rows.ts';
import { DAY_LABELS } from '../week-grid.ts';

export interface PreviewView {
  readonly fileName: string;
  readonly preview: IcsPreview;
  readonly timed: TimedMeaning;
  readonly existing: ExistingChoice;
  /** The list is written whole (a large import). */
  readonly wholeList: boolean;
}

export interface PreviewActions {
  readonly timed: (value: TimedMeaning) => void;
  readonly existing: (value: ExistingChoice) => void;
  readonly apply: () => void;
  readonly cancel: () => void;
}

const count = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

const hours = (w: DayChange['now']): string => (w.length === 0 ? 'closed' : formatWindows(w));

/** "12 days change, written as 8 exceptions. 2 dates already have your own exception: kept." */
export function summaryOf(p: IcsPreview): string {
  const parts: string[] = [];
  parts.push(
    p.changed === 0
      ? 'No day changes.'
      : `${count(p.changed, 'day')} ${p.changed === 1 ? 'changes' : 'change'}, written as ${count(p.rows.length, 'exception')}${
          p.rows.length < p.changed ? ' (consecutive identical days as one range)' : ''
        }.`,
  );
  const own = p.kept + p.replaced;
  if (own > 0)
    parts.push(
      `${count(own, 'date')} already ${own === 1 ? 'has' : 'have'} your own exception: ${
        p.replaced === 0
          ? 'kept'
          : p.kept === 0
            ? 'replaced'
            : `${p.kept} kept, ${p.replaced} replaced`
      }.`,
    );
  return parts.join(' ');
}

/** "Imported x.ics: 4 days changed (4 exceptions written); 2 of your exceptions kept." */
export function appliedMessage(fileName: string, p: IcsPreview): string {
  const own = [
    ...(p.kept > 0 ? [`${count(p.kept, 'exception')} of yours kept`] : []),
    ...(p.replaced > 0 ? [`${count(p.replaced, 'exception')} of yours replaced`] : []),
  ];
  return `Imported ${fileName}: ${count(p.changed, 'day')} changed (${count(p.rows.length, 'exception')} written)${
    own.length > 0 ? `; ${own.join(', ')}` : ''
  }. Undo takes it back.`;
}

function radios<T extends string>(
  legend: string,
  name: string,
  value: T,
  options: readonly [T, string][],
  pick: (v: T) => void,
): TemplateResult {
  return html`<fieldset class="choice">
    <legend>${legend}</legend>
    ${options.map(
      ([v, label]) =>
        html`<label
          ><input
            type="radio"
            name=${name}
            .checked=${value === v}
            @change=${() => pick(v)}
          />${label}</label
        >`,
    )}
  </fieldset>`;
}

function dayRow(d: DayChange): TemplateResult {
  const status =
    d.existing === 'new'
      ? 'new exception'
      : d.existing === 'kept'
        ? 'yours, kept'
        : 'yours, replaced';
  const after = hours(d.after);
  return html`<tr class=${d.existing}>
    <td class="date">${d.date}</td>
    <td>${DAY_LABELS[d.weekday]?.slice(0, 3)}</td>
    <td>${hours(d.now)}</td>
    <td class="after">
      ${after}${
        d.existing === 'kept' && hours(d.proposed) !== after
          ? html` <span class="muted">file: ${hours(d.proposed)}</span>`
          : nothing
      }
    </td>
    <td>${d.note ?? ''}</td>
    <td class="status">${status}</td>
  </tr>`;
}

export function previewPanel(view: PreviewView, on: PreviewActions): TemplateResult {
  const p = view.preview;
  const own = p.kept + p.replaced;
  const applyLabel =
    p.changed === 0
      ? 'Apply'
      : `Apply: ${count(p.rows.length, 'exception')}${p.replaced > 0 ? `, ${p.replaced} replaced` : ''}`;
  return html`<section
    class="preview"
    aria-labelledby="ics-preview-title"
    data-testid="ics-preview"
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') on.cancel();
    }}
  >
    <h3 id="ics-preview-title" tabindex="-1">Import ${view.fileName}: preview</h3>
    <p class="summary" role="status">${summaryOf(p)}</p>
    <p class="muted">
      Only days inside the scenario (${p.firstDay} to ${p.lastDay}) are imported. All-day events
      close their days.
    </p>
    <div class="choices">
      ${
        p.hasTimed
          ? radios(
              'Events with a time of day are',
              'ics-timed',
              view.timed,
              [
                ['closures', 'closures (their hours are closed)'],
                ['opening-hours', 'opening hours (the day’s only hours)'],
              ],
              on.timed,
            )
          : nothing
      }
      ${
        own > 0
          ? radios(
              'Dates that already have your own exception',
              'ics-existing',
              view.existing,
              [
                ['keep', 'keep yours'],
                ['replace', 'replace with the file’s'],
              ],
              on.existing,
            )
          : nothing
      }
    </div>
    ${
      p.notes.length > 0 || view.wholeList
        ? html`<ul class="notes">
            ${p.notes.map((n) => html`<li>${n}</li>`)}
            ${
              view.wholeList
                ? html`<li>
                    This many entries are written as one new list of exceptions: comments inside
                    <code>calendar.exceptions</code> are not kept (Undo brings them back).
                  </li>`
                : nothing
            }
          </ul>`
        : nothing
    }
    ${
      p.days.length > 0
        ? html`<div class="scroll">
            <table aria-label="Days the import changes">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Day</th>
                  <th scope="col">Now</th>
                  <th scope="col">After</th>
                  <th scope="col">Note (the event)</th>
                  <th scope="col">Exception</th>
                </tr>
              </thead>
              <tbody>
                ${p.days.map(dayRow)}
              </tbody>
            </table>
          </div>`
        : nothing
    }
    <div class="actions">
      <button
        type="button"
        class="primary"
        ?disabled=${p.changed === 0}
        title=${p.changed === 0 ? 'The file changes no day' : 'One change: Undo takes it back'}
        @click=${on.apply}
      >
        ${applyLabel}
      </button>
      <button type="button" @click=${on.cancel}>Cancel</button>
    </div>
  </section>`;
}
