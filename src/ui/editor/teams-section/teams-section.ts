import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import { csEvent } from '../../events.ts';
import { controlStyles, panelStyles } from '../../shared.styles.ts';
import { calendarSectionStyles } from '../calendar-section/calendar-section.styles.ts';
import { fieldStyles } from '../calendar-section/field.styles.ts';
import type { DocEditDetail } from '../doc-edit.ts';
import { issueNote, otherIssues } from '../plans-section/field-issues.ts';
import { list, record } from '../plans-section/form-data.ts';
import { teamCard } from './team-card.ts';
import { teamChoices, teamViews, type TeamView } from './team-data.ts';
import { addTeam } from './team-edits.ts';
import { teamsSectionStyles } from './teams-section.styles.ts';
import '../../term/define.ts';

/**
 * The recovery teams of a scenario file as a form: for each team of `data.teams` its name, id,
 * how many people work at once, working hours (or always at work), call-out, escalation and
 * contacts; add, remove and reorder teams. The section holds no copy of the scenario: every
 * change is a `cs-doc-edit` and the file's new data comes back through `data`.
 *
 * @fires cs-doc-edit - `{ edits, label }`: one change of the file (e.g. "Call-out of team Database administrators")
 */
export class CsTeamsSection extends LitElement {
  static override styles = [
    controlStyles,
    panelStyles,
    fieldStyles,
    calendarSectionStyles,
    teamsSectionStyles,
  ];

  /** The whole scenario file as plain data; may be malformed while the person types. */
  @property({ attribute: false }) data: unknown = null;
  /** The file's issues; each field shows those at its path. */
  @property({ attribute: false }) issues: readonly ScenarioIssue[] = [];

  private teams: TeamView[] = [];
  /** A selector of what to focus once the edited file comes back (`data`). */
  private focusAfter: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) this.teams = teamViews(this.data);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.focusAfter === null || !changed.has('data')) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
    this.focusAfter = null;
    target?.focus();
    if (target instanceof HTMLInputElement && target.type === 'text') target.select();
  }

  private edit(detail: DocEditDetail | null, focus?: string): void {
    if (!detail) return;
    this.focusAfter = focus ?? null;
    this.dispatchEvent(csEvent('cs-doc-edit', detail));
  }

  protected override render() {
    const count = list(record(this.data)?.['teams']).length;
    const host = {
      data: this.data,
      issues: this.issues,
      teams: teamChoices(this.data),
      count,
      first: this.teams.find((t) => !t.always)?.index ?? -1,
      edit: (d: DocEditDetail | null, focus?: string) => this.edit(d, focus),
    };
    const rest = otherIssues(
      this.issues,
      ['teams'],
      this.teams.map((t) => ['teams', t.index]),
    );
    return html`<section class="panel" aria-labelledby="teams-title">
      <h2 id="teams-title">Recovery <cs-term key="team">teams</cs-term></h2>
      <p class="muted intro">
        Who does the recovery steps. A step whose owner is a team's id waits for one of its people,
        and outside the team's working hours for its call-out. A step whose owner names no team is
        done at once (unlimited, always at work).
      </p>
      ${issueNote(rest)}
      ${
        this.teams.length === 0
          ? html`<p class="muted">No teams yet: every step starts as soon as it may.</p>`
          : nothing
      }
      ${this.teams.map((team) => teamCard(team, host))}
      <button
        type="button"
        class="add-team"
        @click=${() =>
          this.edit(
            addTeam(this.data, count),
            `article.team[data-team="${count}"] input[id$="-name"]`,
          )}
      >
        Add team
      </button>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-teams-section': CsTeamsSection;
  }
}
