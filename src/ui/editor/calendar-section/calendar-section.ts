import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { typed } from '../typed-value.ts';
import type { Scenario } from '../../../core/model.ts';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import { parseLocalDateTime } from '../../../scenario/units.ts';
import { controlStyles, panelStyles } from '../../shared.styles.ts';
import '../../term/define.ts';
import type { DocEdit, DocPath } from '../doc-edit.ts';
import { calendarSectionStyles } from './calendar-section.styles.ts';
import { exceptionsTable } from './exceptions-table.ts';
import { fieldStyles } from './field.styles.ts';
import './ics-import/define.ts';
import { field, fieldId, fireEdits, issueList, issuesAt, textOf, valueAt } from './form-field.ts';
import { holidaysField } from './holidays-field.ts';
import { DAY_LABELS } from './week-grid.ts';
import { weekTable } from './week-table.ts';

/**
 * The scenario form's first section: the scenario's name, description, start and horizon, its
 * agreed hours in a week (a grid, Monday to Sunday), its public-holiday sets, the dated
 * exceptions, and a year view of the resolved closed days (from the last valid scenario).
 * Shows the file's data and fires edits; the file stays the one source of truth.
 *
 * @fires cs-doc-edit - one change to the file (e.g. the whole `agreedHours` map, compacted)
 */
export class CsCalendarSection extends LitElement {
  static override styles = [controlStyles, panelStyles, fieldStyles, calendarSectionStyles];

  /** The whole file as plain data (may be malformed while someone types). */
  @property({ attribute: false }) data: unknown = null;
  /** The last valid scenario: its resolved calendar draws the year view. */
  @property({ attribute: false }) scenario: Scenario | null = null;
  /** The file's issues; each shows next to its field. */
  @property({ attribute: false }) issues: readonly ScenarioIssue[] = [];

  private readonly edit = (edits: readonly DocEdit[], label: string) =>
    fireEdits(this, edits, label);

  private readonly set = (path: DocPath, label: string) => (value: unknown) =>
    this.edit([{ op: 'set', path, value }], label);

  protected override render() {
    const ctx = { data: this.data, issues: this.issues, edit: this.edit };
    return html`<section class="panel" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Scenario and <cs-term key="agreed hours">agreed hours</cs-term></h2>
      <fieldset>
        <legend>Scenario</legend>
        <div class="fields">
          ${field({ ...ctx, path: ['name'], kind: 'text', label: 'Name', size: 'wide', commit: this.set(['name'], 'Scenario name') })}
          <div>
            ${field({ ...ctx, path: ['start'], kind: 'datetime', label: 'Start (local time)', commit: this.set(['start'], 'Scenario start') })}
            <span class="weekday">${this.startWeekday()}</span>
          </div>
          ${field({ ...ctx, path: ['timeZone'], kind: 'text', label: 'Time zone', placeholder: 'none: a fixed clock', list: 'time-zones', commit: this.set(['timeZone'], 'Scenario time zone') })}
          ${timeZoneList()}
          ${field({ ...ctx, path: ['horizon'], kind: 'duration', label: 'Horizon', placeholder: '365d', size: 'narrow', commit: this.set(['horizon'], 'Scenario horizon') })}
          ${this.description()}
        </div>
      </fieldset>
      <fieldset>
        <legend>Agreed hours in a week</legend>
        ${issueList(fieldId(['calendar']), issuesAt(this.issues, ['calendar']))} ${weekTable(ctx)}
      </fieldset>
      <fieldset>
        <legend>Public holidays</legend>
        ${holidaysField(ctx)}
      </fieldset>
      <fieldset>
        <legend>Exceptions</legend>
        ${exceptionsTable(ctx)}
        <cs-ics-import .data=${this.data}></cs-ics-import>
      </fieldset>
      <fieldset class="year">
        <legend>Closed days in a year</legend>
        ${this.yearView()}
      </fieldset>
    </section>`;
  }

  /** The scenario calendar's year; services with their own calendar are named, not drawn. */
  private yearView() {
    const s = this.scenario;
    if (s === null) return html`<p class="muted">Shown once the scenario is valid.</p>`;
    const own = s.services.filter((v) => v.calendar !== s.calendar).map((v) => v.name);
    return html`<cs-year-view
        .calendar=${s.calendar}
        .startEpoch=${s.startEpoch}
        .horizon=${s.horizon}
      ></cs-year-view>
      ${
        own.length > 0
          ? html`<p class="muted">
              The scenario's calendar. With their own calendar (not shown): ${own.join(', ')}.
            </p>`
          : nothing
      }`;
  }

  /** "a Monday" under the start, so a week that starts mid-week is noticed. */
  private startWeekday(): string {
    const start = parseLocalDateTime(valueAt(this.data, ['start']));
    if (!start.ok) return '';
    const day = (new Date(start.value).getUTCDay() + 6) % 7;
    return `a ${DAY_LABELS[day] ?? ''}`;
  }

  private description() {
    const path = ['description'];
    const id = fieldId(path);
    const raw = textOf(valueAt(this.data, path));
    const found = issuesAt(this.issues, path);
    const commit = (e: Event) => {
      const typed = (e.target as HTMLTextAreaElement).value.trim();
      if (typed === raw.trim()) return;
      // Keep the final line break of a folded block (`description: >`).
      const value = typed === '' ? undefined : raw.endsWith('\n') ? `${typed}\n` : typed;
      this.edit([{ op: 'set', path, value }], 'Scenario description');
    };
    return html`<div class="field description">
      <label for=${id}>Description</label>
      <textarea
        id=${id}
        rows="3"
        .value=${typed(raw.trim())}
        aria-invalid=${found.some((i) => i.severity === 'error') ? 'true' : 'false'}
        @change=${commit}
      ></textarea>
      ${issueList(id, found)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-calendar-section': CsCalendarSection;
  }
}

/** The IANA zone names the browser knows, as suggestions for the time zone field. */
let zoneOptions: TemplateResult | null = null;
function timeZoneList(): TemplateResult {
  if (zoneOptions === null) {
    const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
    const zones = intl.supportedValuesOf?.('timeZone') ?? [];
    zoneOptions = html`<datalist id="time-zones">
      ${zones.map((z) => html`<option value=${z}></option>`)}
    </datalist>`;
  }
  return zoneOptions;
}
