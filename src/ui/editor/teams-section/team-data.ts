/**
 * The teams of the file's data as the form shows them: each with its index in the file (the
 * path of its edits), a title for labels ("Database administrators", or its id while it has
 * no name), and its fields as written. Entries that are not mappings are skipped (their
 * issues say why).
 */
import { items, list, record, text } from '../plans-section/form-data.ts';

export interface ContactView {
  readonly index: number;
  readonly role: string;
  readonly name: string;
  readonly reach: string;
}

export interface TeamView {
  /** Index in the file's `teams` list. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** The name, else the id, else "team 2". */
  readonly title: string;
  /** As written: a number, or whatever was typed. */
  readonly size: unknown;
  /** `always` (24x7), or the day map as written (`{ mon-fri: "08:00-18:00" }`). */
  readonly always: boolean;
  /** As written: `45m`, `30m-1h`, `{ min, likely, max }`, or undefined. */
  readonly callOut: unknown;
  readonly contacts: readonly ContactView[];
  /** Length of the `contacts` list in the file (mappings or not). */
  readonly contactsLength: number;
  readonly escalation: string;
}

/** A declared team as other parts of the form offer it: id and name. */
export interface TeamChoice {
  readonly id: string;
  readonly name: string;
}

export function teamViews(data: unknown): TeamView[] {
  return items(data, 'teams').map(({ index, item }) => {
    const id = text(item['id']);
    const name = text(item['name']);
    return {
      index,
      id,
      name,
      title: name || id || `team ${index + 1}`,
      size: item['size'],
      always: typeof item['hours'] === 'string' && item['hours'].trim() === 'always',
      callOut: item['callOut'],
      contacts: items(item, 'contacts').map(({ index: i, item: c }) => ({
        index: i,
        role: text(c['role']),
        name: text(c['name']),
        reach: text(c['reach']),
      })),
      contactsLength: list(item['contacts']).length,
      escalation: text(item['escalation']),
    };
  });
}

/** The declared teams with an id, in file order: what owners, escalation and "decided by" name. */
export function teamChoices(data: unknown): TeamChoice[] {
  return teamViews(data)
    .filter((t) => t.id !== '')
    .map((t) => ({ id: t.id, name: t.name || t.id }));
}

/** Whether the file has a `teams:` list with at least one entry. */
export const declaresTeams = (data: unknown): boolean => list(record(data)?.['teams']).length > 0;
