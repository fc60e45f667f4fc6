/**
 * What to open when a scenario is opened and the journal holds unsaved texts of it (from this
 * tab, or from tabs that are gone: reloaded, closed, crashed). Nothing is ever dropped: a text is
 * either already stored, opened (the newest that continues the stored text), or kept as a save
 * point (it went another way than a text another tab saved since).
 *
 * An unsaved text continues the stored one when it was based on the stored revision (or a later
 * one), or when the stored text was saved by the very tab that wrote it: a tab's entry always
 * holds its latest text, so anything that tab saved is older than its entry. Revisions decide,
 * not clocks, so two machines' clocks never matter.
 */
import type { JournalEntry } from './journal.ts';
import type { StoredScenario } from './records.ts';

export interface ReplayPlan {
  /** The text to open: the stored one, or the newest unsaved text that continues it. */
  readonly text: string;
  /** The entry whose text is opened; null when the stored text is. */
  readonly replayed: JournalEntry | null;
  /** Unsaved texts that went another way than the stored one, newest first: kept as save points. */
  readonly diverged: readonly JournalEntry[];
  /** Entries whose text is already stored (or is the one opened): nothing more to do but remove them. */
  readonly stale: readonly JournalEntry[];
}

type Stored = Pick<StoredScenario, 'text' | 'revision' | 'savedBy'>;

/** Whether an unsaved text continues the stored one (see the module comment). */
export const continues = (entry: JournalEntry, stored: Stored): boolean =>
  entry.base >= stored.revision || stored.savedBy === entry.writer;

/** The plan for the entries of one scenario, from tabs that are gone or this one. */
export function planReplay(stored: Stored, entries: readonly JournalEntry[]): ReplayPlan {
  const newestFirst = [...entries].sort((a, b) => b.at - a.at || (a.writer < b.writer ? 1 : -1));
  const stale: JournalEntry[] = [];
  const diverged: JournalEntry[] = [];
  let replayed: JournalEntry | null = null;
  for (const entry of newestFirst) {
    if (entry.text === stored.text || entry.text === replayed?.text) stale.push(entry);
    else if (replayed === null && continues(entry, stored)) replayed = entry;
    else diverged.push(entry);
  }
  return { text: replayed?.text ?? stored.text, replayed, diverged, stale };
}
