/**
 * One team in the Teams part: name, id (renaming it renames the step owners that name it),
 * size, working hours (the agreed-hours grid, or always at work), call-out (a range, or min /
 * likely / max), escalation (another team), and its contacts (role, name, reach). Each input
 * commits on `change`; each field shows the parser's issues at its path.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { typed } from '../typed-value.ts';
import type { ScenarioIssue } from '../../../scenario/issues.ts';
import { field, fieldId, issueList, issuesAt } from '../calendar-section/form-field.ts';
import { weekTable } from '../calendar-section/week-table.ts';
import type { DocEdit, DocEditDetail } from '../doc-edit.ts';
import { durationField } from '../plans-section/duration-field.ts';
import { fieldIssues, issueNote, otherIssues } from '../plans-section/field-issues.ts';
import { committed } from '../plans-section/form-data.ts';
import type { TeamChoice, TeamView } from './team-data.ts';
import * as edit from './team-edits.ts';
import '../../term/define.ts';

export interface TeamCardHost {
  readonly data: unknown;
  readonly issues: readonly ScenarioIssue[];
  readonly teams: readonly TeamChoice[];
  /** The index of the first team with working hours: its call-out links to the glossary. */
  readonly first: number;
  /** How many entries the file's `teams` list has (for move down). */
  readonly count: number;
  /** Fires the change; `focus` finds what to focus once the file comes back. */
  readonly edit: (detail: DocEditDetail | null, focus?: string) => void;
}

/** Selector of a control of team `index` (to focus after a move or a removal). */
export const teamControl = (index: number, control: string): string =>
  `article.team[data-team="${index}"] .${control}`;

function head(team: TeamView, host: TeamCardHost) {
  const i = team.index;
  return html`<header class="team-head">
    <h3 id=${`team-${i}-title`}>${team.title}</h3>
    <span class="actions">
      <button
        type="button"
        class="icon up"
        aria-label="Move team ${team.title} up"
        title="Move up"
        ?disabled=${i === 0}
        @click=${() => host.edit(edit.moveTeam(team, host.count, -1), teamControl(i - 1, i - 1 === 0 ? 'down' : 'up'))}
      >
        ↑
      </button>
      <button
        type="button"
        class="icon down"
        aria-label="Move team ${team.title} down"
        title="Move down"
        ?disabled=${i === host.count - 1}
        @click=${() => host.edit(edit.moveTeam(team, host.count, 1), teamControl(i + 1, i + 1 === host.count - 1 ? 'up' : 'down'))}
      >
        ↓
      </button>
      <button
        type="button"
        class="small remove-team"
        @click=${() => host.edit(edit.removeTeam(host.data, team), '.add-team')}
      >
        Remove team
      </button>
    </span>
  </header>`;
}

function identity(team: TeamView, host: TeamCardHost) {
  const common = { data: host.data, issues: host.issues } as const;
  const owned = edit.stepsOwnedBy(host.data, team.id);
  return html`<div class="fields">
    ${field({
      ...common,
      path: edit.teamPath(team, 'name'),
      kind: 'text',
      label: 'Name',
      size: 'wide',
      placeholder: team.id || 'Database administrators',
      commit: (v) => host.edit(edit.setTeamField(team, 'name', v ?? '')),
    })}
    <div class="field">
      ${field({
        ...common,
        path: edit.teamPath(team, 'id'),
        kind: 'text',
        label: 'Id',
        placeholder: 'dba',
        commit: (v) => host.edit(edit.renameTeam(host.data, team, typeof v === 'string' ? v : '')),
      })}
      <p class="note">
        ${
          owned
            ? `Owner of ${owned} step${owned === 1 ? '' : 's'}: a new id renames ${owned === 1 ? 'it' : 'them'} too.`
            : 'No step names it as owner yet.'
        }
      </p>
    </div>
    ${field({
      ...common,
      path: edit.teamPath(team, 'size'),
      kind: 'number',
      label: 'People at once',
      size: 'narrow',
      min: 1,
      step: 1,
      placeholder: '1',
      commit: (v) => host.edit(edit.setTeamField(team, 'size', v)),
    })}
    ${escalation(team, host)}
  </div>`;
}

function escalation(team: TeamView, host: TeamCardHost) {
  const path = edit.teamPath(team, 'escalation');
  const id = fieldId(path);
  const found = issuesAt(host.issues, path);
  const others = host.teams.filter((t) => t.id !== team.id);
  const known = team.escalation === '' || others.some((t) => t.id === team.escalation);
  return html`<div class="field">
    <label for=${id}>Escalates to</label>
    <select
      id=${id}
      class="escalation"
      aria-invalid=${found.some((i) => i.severity === 'error') ? 'true' : 'false'}
      aria-describedby=${found.length ? `${id}-issues` : nothing}
      @change=${(e: Event) => host.edit(edit.setTeamField(team, 'escalation', committed(e)))}
    >
      <option value="" ?selected=${team.escalation === ''}>no one</option>
      ${others.map(
        (t) => html`<option value=${t.id} ?selected=${t.id === team.escalation}>${t.name}</option>`,
      )}
      ${
        known
          ? nothing
          : html`<option value=${team.escalation} selected>${team.escalation} (not a team)</option>`
      }
    </select>
    ${issueList(id, found)}
  </div>`;
}

function hours(team: TeamView, host: TeamCardHost) {
  const i = team.index;
  const name = `team-${i}-hours`;
  const ctx = {
    data: host.data,
    issues: host.issues,
    edit: (edits: readonly DocEdit[], label: string) => host.edit({ edits, label: `${label}` }),
  };
  const path = edit.teamPath(team, 'hours');
  const callOutPath = edit.teamPath(team, 'callOut');
  const callOut = fieldIssues(host.issues, callOutPath);
  return html`<fieldset class="hours-choice">
    <legend>Working hours of ${team.title}</legend>
    <div class="choice" role="radiogroup" aria-label="Working hours of ${team.title}">
      <label
        ><input
          type="radio"
          name=${name}
          class="office"
          .checked=${live(!team.always)}
          @change=${() => host.edit(edit.setAlways(team, false))}
        />Working hours, called out outside them</label
      >
      <label
        ><input
          type="radio"
          name=${name}
          class="always"
          .checked=${live(team.always)}
          @change=${() => host.edit(edit.setAlways(team, true))}
        />Always at work (24x7), no call-out</label
      >
    </div>
    ${
      team.always
        ? issueList(fieldId(path), issuesAt(host.issues, path, true))
        : html`${weekTable(ctx, {
              path,
              what: 'Working hours',
              of: team.title,
              none: 'No working hours: every step it takes on waits for a call-out.',
            })}
            <p class="note">The scenario's public holidays and closed days are its days off.</p>
            <div class="call-out">
              <span class="label"
                >${host.first === team.index ? html`<cs-term key="call-out">Call-out</cs-term>` : 'Call-out'}
                outside working hours</span
              >
              ${durationField(
                { duration: team.callOut, title: team.title },
                callOutPath,
                host.issues,
                {
                  set: (v) => host.edit(edit.setTeamField(team, 'callOut', v)),
                  setEnd: (key, v) => host.edit(edit.setCallOutEnd(team, key, v)),
                  toggle: () => host.edit(edit.toggleCallOut(team)),
                },
                'Call-out',
              )}
              ${
                callOut.list.length
                  ? nothing
                  : html`<p class="note">
                      How long until the first person is at work: 45m, or 30m-1h.
                    </p>`
              }
            </div>`
    }
  </fieldset>`;
}

function contacts(team: TeamView, host: TeamCardHost) {
  const i = team.index;
  const cell = (c: TeamView['contacts'][number], key: 'role' | 'name' | 'reach', label: string) => {
    const path = edit.teamPath(team, 'contacts', c.index, key);
    const found = fieldIssues(host.issues, path);
    return html`<td>
      <input
        class="contact-${key}"
        aria-label="${label} of contact ${c.index + 1} of ${team.title}"
        spellcheck=${key === 'name' ? 'true' : 'false'}
        placeholder=${{ role: 'On-call DBA', name: 'Jana Weber', reach: '+49 69 5550 1234' }[key]}
        .value=${typed(c[key])}
        aria-invalid=${found.invalid}
        aria-describedby=${ifDefined(found.describedBy)}
        @change=${(e: Event) => host.edit(edit.setContact(team, c, key, committed(e)))}
      />
      ${issueNote(found)}
    </td>`;
  };
  const path = edit.teamPath(team, 'contacts');
  const rest = otherIssues(
    host.issues,
    path,
    team.contacts.flatMap((c) => ['role', 'name', 'reach'].map((k) => [...path, c.index, k])),
  );
  return html`<fieldset class="contacts">
    <legend>Contacts of ${team.title}</legend>
    ${
      team.contacts.length
        ? html`<div class="table-wrap">
            <table aria-label="Contacts of ${team.title}">
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">Name</th>
                  <th scope="col">Phone or e-mail</th>
                  <th scope="col"><span class="visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                ${team.contacts.map(
                  (c) =>
                    html`<tr data-contact=${c.index}>
                      ${cell(c, 'role', 'Role')} ${cell(c, 'name', 'Name')}
                      ${cell(c, 'reach', 'Phone or e-mail')}
                      <td class="actions">
                        <button
                          type="button"
                          class="icon remove-contact"
                          aria-label="Remove contact ${c.index + 1} of ${team.title}"
                          title="Remove"
                          @click=${() =>
                            host.edit(edit.removeContact(team, c), teamControl(i, 'add-contact'))}
                        >
                          ✕
                        </button>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="muted">
            No contacts: the continuity plan's call tree lists the team alone.
          </p>`
    }
    ${issueNote(rest)}
    <button
      type="button"
      class="small add-contact"
      @click=${() =>
        host.edit(
          edit.addContact(team),
          `${teamControl(i, `contacts tr[data-contact="${team.contactsLength}"] .contact-role`)}`,
        )}
    >
      Add contact
    </button>
  </fieldset>`;
}

export function teamCard(team: TeamView, host: TeamCardHost) {
  const path = edit.teamPath(team);
  const rest = otherIssues(
    host.issues,
    path,
    ['id', 'name', 'size', 'hours', 'callOut', 'contacts', 'escalation'].map((k) => [...path, k]),
  );
  return html`<article
    class="team"
    data-team=${team.index}
    aria-labelledby=${`team-${team.index}-title`}
  >
    ${head(team, host)} ${issueNote(rest)} ${identity(team, host)} ${hours(team, host)}
    ${contacts(team, host)}
  </article>`;
}
