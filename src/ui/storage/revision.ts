/**
 * Revisions: each stored scenario counts the changes to its text, and a save says which revision
 * its text was based on. A save based on an older revision would overwrite text saved since (by
 * another tab), so the library refuses it; the tab is told and the planner chooses.
 */
import type { StoredScenario } from './records.ts';

/** A save refused because the text was changed since the revision it was based on. */
export class SaveConflictError extends Error {
  /** The scenario as it is stored now: the other tab's text. */
  readonly stored: StoredScenario;
  readonly base: number;

  constructor(stored: StoredScenario, base: number) {
    super(
      `Another tab saved this scenario (revision ${stored.revision}) after this tab's text was ` +
        `based on revision ${base}: choose which text to keep; neither is overwritten meanwhile.`,
    );
    this.name = 'SaveConflictError';
    this.stored = stored;
    this.base = base;
  }
}

/**
 * What saving `text` on top of revision `base` does to the stored scenario: nothing when the
 * text is already stored (two tabs that typed the same text agree), a write when the stored
 * revision is the base (or no base is stated), and otherwise a conflict.
 */
export function judgeSave(
  stored: Pick<StoredScenario, 'text' | 'revision'>,
  text: string,
  base: number | undefined,
): 'unchanged' | 'write' | 'conflict' {
  if (stored.text === text) return 'unchanged';
  if (base === undefined || base === stored.revision) return 'write';
  return 'conflict';
}

/** A record as stored by any version of the app: those from before revisions count as 0. */
export function withRevision(record: StoredScenario): StoredScenario {
  const partial = record as Partial<Pick<StoredScenario, 'revision' | 'savedBy'>>;
  if (typeof partial.revision === 'number' && typeof partial.savedBy === 'string') return record;
  return { ...record, revision: partial.revision ?? 0, savedBy: partial.savedBy ?? '' };
}
