import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Calendar } from '../../../core/model.ts';
import { controlStyles } from '../../shared.styles.ts';
import {
  KIND_LEGEND,
  markedDays,
  yearGrid,
  yearsOfRun,
  type DayKind,
  type YearDay,
} from './year-days.ts';
import { yearViewStyles } from './year-view.styles.ts';

const HEADS = [
  ['Mo', 'Monday'],
  ['Tu', 'Tuesday'],
  ['We', 'Wednesday'],
  ['Th', 'Thursday'],
  ['Fr', 'Friday'],
  ['Sa', 'Saturday'],
  ['Su', 'Sunday'],
] as const;

/** The words of the day an event happened on, or null. */
const textOf = (e: Event): string | null => (e.target as HTMLElement).dataset?.['text'] ?? null;

const LEGEND: readonly DayKind[] = ['weekly', 'holiday', 'holiday-part', 'closed', 'hours'];

/**
 * A year of a calendar at a glance: twelve small month grids with the closed and different
 * days marked (closed every week, public holiday, exception), a year picker over the run's
 * years, and the marked days listed in words under the grids. Each marked day is a tab stop
 * whose full description shows under the grids when it has focus.
 */
export class CsYearView extends LitElement {
  static override styles = [controlStyles, yearViewStyles];

  /** The resolved calendar (holidays laid in); null draws nothing. */
  @property({ attribute: false }) calendar: Calendar | null = null;
  /** The run's start (epoch ms, local time as UTC) and length (ms). */
  @property({ attribute: false }) startEpoch = 0;
  @property({ attribute: false }) horizon = 0;

  /** The year picked; null = the run's first. */
  @state() private picked: number | null = null;
  /**
   * The words of the day last pointed at or focused: a keyboard move wins over a pointer that
   * happens to rest on another day, and the other way round.
   */
  @state() private hovered: string | null = null;
  @state() private focused: string | null = null;

  protected override render() {
    if (this.calendar === null) return nothing;
    const years = yearsOfRun(this.startEpoch, this.horizon);
    const year = this.picked !== null && years.includes(this.picked) ? this.picked : years[0];
    if (year === undefined) return nothing;
    const months = yearGrid(this.calendar, year, {
      from: this.startEpoch,
      to: this.startEpoch + this.horizon,
    });
    const marked = markedDays(months);
    const count = (kinds: DayKind[]) => marked.filter((d) => kinds.includes(d.kind)).length;
    return html`<div class="head">
        <label
          >Year
          <select
            aria-label="Year to show"
            @change=${(e: Event) => (this.picked = Number((e.target as HTMLSelectElement).value))}
          >
            ${years.map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
          </select></label
        >
        <span class="summary"
          >${count(['holiday', 'holiday-part'])} public holiday(s), ${count(['closed', 'hours'])}
          exception(s) in ${year}</span
        >
      </div>
      <ul class="legend" aria-label="Legend">
        ${LEGEND.map(
          (k) =>
            html`<li><span class="swatch ${k}" aria-hidden="true"></span>${KIND_LEGEND[k]}</li>`,
        )}
        <li><span class="swatch outside" aria-hidden="true"></span>Outside the run</li>
      </ul>
      <div
        class="months"
        @focusin=${(e: Event) => {
          this.focused = textOf(e);
          this.hovered = null;
        }}
        @focusout=${() => (this.focused = null)}
        @pointerover=${(e: Event) => (this.hovered = textOf(e))}
        @pointerleave=${() => (this.hovered = null)}
      >
        ${months.map(
          (m) =>
            html`<table class="month">
              <caption>
                ${m.name}
              </caption>
              <thead>
                <tr>
                  ${HEADS.map(([short, long]) => html`<th scope="col" abbr=${long}>${short}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${m.weeks.map(
                  (w) =>
                    html`<tr>
                      ${w.map((d) => this.cell(d))}
                    </tr>`,
                )}
              </tbody>
            </table>`,
        )}
      </div>
      <p class="focused" aria-live="polite">
        ${this.hovered ?? this.focused ?? 'Focus or point at a marked day to read it.'}
      </p>
      <details open>
        <summary>Holidays and exceptions in ${year} (${marked.length})</summary>
        ${
          marked.length === 0
            ? html`<p class="muted">None: every week is the same.</p>`
            : html`<ul class="marked" aria-label=${`Holidays and exceptions in ${year}`}>
                ${marked.map(
                  (d) =>
                    html`<li class=${d.outside ? 'outside' : ''}>
                      <span class="swatch ${d.kind}" aria-hidden="true"></span>${d.text}
                    </li>`,
                )}
              </ul>`
        }
      </details>`;
  }

  private cell(d: YearDay | null) {
    if (d === null) return html`<td></td>`;
    const marked = d.kind !== 'open' && d.kind !== 'weekly';
    return html`<td class="${d.kind}${d.outside ? ' outside' : ''}">
      <span class="d" tabindex=${marked ? '0' : nothing} title=${d.text} data-text=${d.text}
        >${d.day}${marked ? html`<span class="visually-hidden">: ${d.text}</span>` : nothing}</span
      >
    </td>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-year-view': CsYearView;
  }
}
