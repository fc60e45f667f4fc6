/**
 * Opening a scenario in a tab, with what the write-ahead journal holds of it: the entries of this
 * tab and of gone tabs are planned (replay.ts) and the plan carried out. A text that went another
 * way becomes a save point, one already stored is dropped, and the newest text that continues the
 * stored one is taken over as this tab's own, to be opened and saved.
 */
import type { Journal, JournalEntry } from './journal.ts';
import type { ScenarioLibrary } from './library.ts';
import type { StoredScenario } from './records.ts';
import { planReplay } from './replay.ts';
import type { TabPresence } from './tab-presence.ts';

export interface ReopenDeps {
  readonly library: Pick<ScenarioLibrary, 'keepText'>;
  readonly journal: Journal;
  readonly presence: Pick<TabPresence, 'gone'>;
  readonly now: () => number;
  readonly time: (ms: number) => string;
}

export interface Reopened {
  /** The text to open. */
  readonly text: string;
  /** Whether that text is an unsaved one (to be saved now), not the stored one. */
  readonly unsaved: boolean;
  /** Writers whose entries this tab took on: their late saves are older than its text. */
  readonly writers: readonly string[];
  /** What became of the unsaved texts found, for the page to say. */
  readonly notices: readonly string[];
}

/**
 * `waiting`: this tab's own text of the scenario that is still waiting to be saved (a save that
 * was refused or failed), and the revision it was based on; it counts as this tab's entry.
 */
export async function reopen(
  stored: StoredScenario,
  waiting: { readonly text: string; readonly base: number } | undefined,
  deps: ReopenDeps,
): Promise<Reopened> {
  const { journal, presence } = deps;
  const me = journal.writer;
  const found = journal.entries(stored.id).filter((e) => !waiting || e.writer !== me);
  if (waiting)
    found.push({
      scenarioId: stored.id,
      writer: me,
      name: stored.name,
      ...waiting,
      at: deps.now(),
    });
  const ours = await Promise.all(
    found.map(async (e) => (e.writer === me || (await presence.gone(e.writer)) ? e : null)),
  );
  const adopted = ours.filter((e): e is JournalEntry => e !== null);
  const plan = planReplay(stored, adopted);
  const notices: string[] = [];
  for (const entry of plan.diverged) notices.push(await keepDiverged(entry, deps));
  for (const entry of plan.stale) journal.discard(entry);
  const replayed = plan.replayed;
  if (replayed) {
    takeOver(replayed, stored, journal);
    notices.unshift(
      `Your edits of ${deps.time(replayed.at)} had not been saved when the page closed: ` +
        'they are back, and being saved.',
    );
  }
  return {
    text: plan.text,
    unsaved: replayed !== null,
    writers: adopted.map((e) => e.writer),
    notices,
  };
}

/** An unsaved text that went another way: kept as a save point, then dropped from the journal. */
async function keepDiverged(entry: JournalEntry, deps: ReopenDeps): Promise<string> {
  const when = deps.time(entry.at);
  const whose =
    entry.writer === deps.journal.writer
      ? `your unsaved edits of ${when} in this tab`
      : `unsaved edits of ${when} from a tab that closed`;
  const said = whose.charAt(0).toUpperCase() + whose.slice(1);
  try {
    await deps.library.keepText(entry.scenarioId, entry.text, `${whose}; another tab saved since`);
    deps.journal.discard(entry);
    return `${said} went another way than the text saved since: they are kept as a version.`;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `${said} could not be kept as a version (${reason}); they stay in this browser and are tried again next time.`;
  }
}

/** Makes a gone page's unsaved text this tab's own, then drops the gone page's entry. */
function takeOver(entry: JournalEntry, stored: StoredScenario, journal: Journal): void {
  if (entry.writer === journal.writer) return;
  try {
    journal.record({ ...entry, base: stored.revision });
    journal.discard(entry);
  } catch {
    // No room for a copy under this tab: the gone page's entry stays until the save lands.
  }
}
