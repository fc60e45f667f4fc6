/**
 * The edits the Teams part makes, each one undoable change with a label naming the team.
 *
 * Renaming a team's id renames what names it in the same change (undo brings all of it
 * back): the steps whose `owner` is the old id, the other teams' `escalation`, and the
 * services' `invocation.decidedBy`. A planner renaming `dba` to `db-admins` means the same
 * people, so the steps they own stay theirs; leaving the owners behind would silently make
 * those steps "unlimited, always at work" and change the results.
 *
 * Removing a team clears the escalations and "decided by" that name it (they would be
 * errors); the steps it owned keep their owner text, which now names no declared team: the
 * parser's warning at each of them says so, and undo brings the team back.
 */
import type { DocEdit, DocEditDetail, DocPath } from '../doc-edit.ts';
import { freshId, items, record, text } from '../plans-section/form-data.ts';
import { toggledDuration } from '../plans-section/step-edits.ts';
import { DEFAULT_HOURS } from '../calendar-section/week-grid.ts';
import type { ContactView, TeamView } from './team-data.ts';

/** The call-out a team gets when it stops being always at work and has none. */
export const DEFAULT_CALL_OUT = '30m-1h';

export const teamPath = (team: TeamView, ...rest: (string | number)[]): DocPath => [
  'teams',
  team.index,
  ...rest,
];

/** A new team at the end: office hours with a call-out, one person. */
export function addTeam(data: unknown, count: number): DocEditDetail {
  const ids = items(data, 'teams').map(({ item }) => text(item['id']));
  const value = {
    id: freshId('team', ids, count + 1),
    name: 'New team',
    size: 1,
    hours: { 'mon-fri': DEFAULT_HOURS },
    callOut: DEFAULT_CALL_OUT,
  };
  return {
    edits: [{ op: 'insert', path: ['teams'], index: count, value }],
    label: 'Add team',
  };
}

/** The edits that point what names team `from` to `to` (`undefined` removes the reference). */
function referenceEdits(data: unknown, from: string, to: string | undefined): DocEdit[] {
  const edits: DocEdit[] = [];
  if (to !== undefined)
    for (const { index: p, item: plan } of items(data, 'plans'))
      for (const { index: s, item: step } of items(plan, 'steps'))
        if (text(step['owner']) === from)
          edits.push({ op: 'set', path: ['plans', p, 'steps', s, 'owner'], value: to });
  for (const { index, item } of items(data, 'teams'))
    if (text(item['escalation']) === from && text(item['id']) !== from)
      edits.push({ op: 'set', path: ['teams', index, 'escalation'], value: to });
  for (const { index, item } of items(data, 'services'))
    if (text(record(item['invocation'])?.['decidedBy']) === from)
      edits.push({ op: 'set', path: ['services', index, 'invocation', 'decidedBy'], value: to });
  return edits;
}

/** The number of steps whose owner is `id`. */
export function stepsOwnedBy(data: unknown, id: string): number {
  if (!id) return 0;
  return items(data, 'plans').reduce(
    (n, { item }) => n + items(item, 'steps').filter((s) => text(s.item['owner']) === id).length,
    0,
  );
}

/** Gives the team a new id, and renames the step owners, escalations and deciders naming it. */
export function renameTeam(data: unknown, team: TeamView, id: string): DocEditDetail | null {
  if (id === team.id) return null;
  const edits: DocEdit[] = [{ op: 'set', path: teamPath(team, 'id'), value: id }];
  if (team.id && id) edits.push(...referenceEdits(data, team.id, id));
  const owners = team.id && id ? stepsOwnedBy(data, team.id) : 0;
  return {
    edits,
    label:
      `Id of team ${team.title}` +
      (owners ? ` (and ${owners} step owner${owners === 1 ? '' : 's'})` : ''),
  };
}

export function removeTeam(data: unknown, team: TeamView): DocEditDetail {
  return {
    edits: [
      ...(team.id ? referenceEdits(data, team.id, undefined) : []),
      { op: 'delete', path: teamPath(team) },
    ],
    label: `Remove team ${team.title}`,
  };
}

export function moveTeam(team: TeamView, count: number, by: -1 | 1): DocEditDetail | null {
  const to = team.index + by;
  if (to < 0 || to >= count) return null;
  return {
    edits: [{ op: 'move', path: ['teams'], from: team.index, to }],
    label: `Move team ${team.title} ${by < 0 ? 'up' : 'down'}`,
  };
}

const LABELS = { name: 'Name', size: 'Size', escalation: 'Escalation', callOut: 'Call-out' };

/**
 * Sets a field of the team (`undefined` or '' removes an optional one). Sizes that are whole
 * numbers are written as numbers; anything else as typed, for the parser to name.
 */
export function setTeamField(
  team: TeamView,
  field: keyof typeof LABELS,
  value: unknown,
): DocEditDetail | null {
  const current = team[field];
  const written = value === '' ? undefined : value;
  if (written === current || (written === undefined && current === '')) return null;
  return {
    edits: [{ op: 'set', path: teamPath(team, field), value: written }],
    label: `${LABELS[field]} of team ${team.title}`,
  };
}

/** One end of a triangular call-out. */
export function setCallOutEnd(
  team: TeamView,
  key: 'min' | 'likely' | 'max',
  value: string,
): DocEditDetail | null {
  if (text(record(team.callOut)?.[key]) === value) return null;
  return {
    edits: [{ op: 'set', path: teamPath(team, 'callOut', key), value }],
    label: `Call-out of team ${team.title}`,
  };
}

/** A call-out range becomes `{ min, likely, max }`, and back. */
export function toggleCallOut(team: TeamView): DocEditDetail {
  return {
    edits: [{ op: 'set', path: teamPath(team, 'callOut'), value: toggledDuration(team.callOut) }],
    label: `Call-out of team ${team.title}`,
  };
}

/**
 * Always at work (`hours: always`, no call-out: it would never apply), or back to working
 * hours (office hours, with the default call-out when it has none).
 */
export function setAlways(team: TeamView, always: boolean): DocEditDetail | null {
  if (always === team.always) return null;
  const edits: DocEdit[] = always
    ? [
        { op: 'set', path: teamPath(team, 'hours'), value: 'always' },
        { op: 'set', path: teamPath(team, 'callOut'), value: undefined },
      ]
    : [
        { op: 'set', path: teamPath(team, 'hours'), value: { 'mon-fri': DEFAULT_HOURS } },
        ...(team.callOut === undefined
          ? [{ op: 'set', path: teamPath(team, 'callOut'), value: DEFAULT_CALL_OUT } as const]
          : []),
      ];
  return {
    edits,
    label: always ? `Team ${team.title} always at work` : `Working hours of team ${team.title}`,
  };
}

const CONTACT_LABELS = { role: 'Role', name: 'Name', reach: 'Reach' } as const;

/** A contact's role, name or reach; an empty reach removes the key. */
export function setContact(
  team: TeamView,
  contact: ContactView,
  field: keyof typeof CONTACT_LABELS,
  value: string,
): DocEditDetail | null {
  if (value === contact[field]) return null;
  return {
    edits: [
      {
        op: 'set',
        path: teamPath(team, 'contacts', contact.index, field),
        value: value === '' && field === 'reach' ? undefined : value,
      },
    ],
    label: `${CONTACT_LABELS[field]} of a contact of team ${team.title}`,
  };
}

export function addContact(team: TeamView): DocEditDetail {
  return {
    edits: [
      {
        op: 'insert',
        path: teamPath(team, 'contacts'),
        index: team.contactsLength,
        value: { role: 'On call', name: 'Name' },
      },
    ],
    label: `Add a contact to team ${team.title}`,
  };
}

/** Removes the contact; the last one takes the `contacts` key with it. */
export function removeContact(team: TeamView, contact: ContactView): DocEditDetail {
  const path =
    team.contactsLength === 1
      ? teamPath(team, 'contacts')
      : teamPath(team, 'contacts', contact.index);
  return {
    edits: [{ op: 'delete', path }],
    label: `Remove contact ${contact.name || contact.role} of team ${team.title}`,
  };
}
