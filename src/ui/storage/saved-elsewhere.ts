/**
 * What a tab does when it learns that the stored text of a scenario changed without it (another
 * tab saved, or refused its own save because of that): the rule that no text is overwritten
 * without the planner seeing it.
 */
import type { StoredScenario } from './records.ts';

/**
 * - `current`: nothing newer than what this tab knows.
 * - `agree`: the stored text is this tab's text already.
 * - `rebase`: saved by this tab's own line (this page, or a gone page whose unsaved text it
 *   opened), so it is older than this tab's text: carry on from the new revision.
 * - `follow`: this tab changed nothing since it last saved: show the new text (undo goes back).
 * - `conflict`: both changed: tell the planner, show the other text, let them choose.
 */
export type SavedElsewhere = 'current' | 'agree' | 'rebase' | 'follow' | 'conflict';

export interface TabText {
  /** The stored revision this tab's text is based on, and that revision's text. */
  readonly revision: number;
  readonly savedText: string;
  /** The tab's text now (open in the editor, or waiting to be saved); null when it has none. */
  readonly text: string | null;
}

export function savedElsewhere(
  tab: TabText,
  stored: Pick<StoredScenario, 'text' | 'revision' | 'savedBy'>,
  /** Writer ids of this tab's line: its own and those of gone pages whose text it took over. */
  lineage: ReadonlySet<string>,
): SavedElsewhere {
  if (stored.revision <= tab.revision && stored.text === tab.savedText) return 'current';
  if (tab.text === null || stored.text === tab.text) return tab.text === null ? 'follow' : 'agree';
  if (lineage.has(stored.savedBy)) return 'rebase';
  if (tab.text === tab.savedText) return 'follow';
  return 'conflict';
}
