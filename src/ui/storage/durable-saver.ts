/**
 * How this tab saves the planner's edits so that none is lost and none overwrites another tab's:
 *
 * 1. Each accepted edit goes to the write-ahead journal at once, synchronously (journal.ts), and
 *    to the autosaver, which saves it in the library a moment later (autosave.ts).
 * 2. Each save states the revision its text was based on; the library refuses one based on an
 *    older revision (revision.ts). The save that lands supersedes the journal entry.
 * 3. Opening a scenario replays what the journal holds of it from this tab or from gone ones
 *    (replay.ts): a newer unsaved text is opened and saved, one that went another way is kept as
 *    a save point.
 * 4. When another tab saved (told over the tab channel, or by a refused save), this tab follows
 *    if it changed nothing, and otherwise holds its saves and shows a conflict until the planner
 *    chooses: keep mine (theirs becomes a save point) or take theirs (mine becomes one).
 */
import { Autosaver, type SaveStatus, type Timers } from './autosave.ts';
import { JournalError, type Journal } from './journal.ts';
import type { LibraryWrite, ScenarioLibrary } from './library.ts';
import { localMinute } from './order.ts';
import type { StoredScenario } from './records.ts';
import { reopen, type ReopenDeps } from './reopen.ts';
import { SaveConflictError } from './revision.ts';
import { savedElsewhere } from './saved-elsewhere.ts';
import type { TabPresence } from './tab-presence.ts';

/** The open scenario's text and another tab's, saved since this tab's text was based. */
export interface Conflict {
  readonly id: string;
  /** The scenario as the other tab saved it. */
  readonly theirs: StoredScenario;
}

export interface DurableSaverOptions {
  readonly library: ScenarioLibrary;
  readonly journal: Journal;
  readonly presence: Pick<TabPresence, 'gone'>;
  /** Milliseconds since the epoch, for the journal. */
  readonly now: () => number;
  readonly timers?: Timers;
  /** How a moment reads in notes and notices; local `2026-05-03 14:02` by default. */
  readonly formatTime?: (ms: number) => string;
  /** The text of scenario `id` open in this tab's editor, or null when it is not open. */
  readonly textOf: (id: string) => string | null;
  /** Another tab saved the open scenario and this tab changed nothing: show `stored.text`. */
  readonly onFollow: (stored: StoredScenario) => void;
  /** The status, the conflict, the notice or the journal problem changed. */
  readonly onChange: () => void;
}

/** How long a page that is going may take to release its lock before its text is left for later. */
const LATE_ADOPTION_MS = 60_000;

interface Known {
  readonly revision: number;
  readonly text: string;
}

export class DurableSaver {
  /** Saves of this scenario are held until the planner chooses which text to keep. */
  conflict: Conflict | null = null;
  /** Why the last edit has no write-ahead copy (storage full or disabled), or null. */
  journalProblem: JournalError | null = null;
  /** What happened to unsaved texts found on opening, or that this tab followed another. */
  notice: string | null = null;
  readonly #o: DurableSaverOptions;
  readonly #autosaver: Autosaver;
  readonly #known = new Map<string, Known>();
  /** This tab's writer id and those of gone pages whose unsaved text it took over. */
  readonly #lineage = new Set<string>();
  readonly #time: (ms: number) => string;

  constructor(options: DurableSaverOptions) {
    this.#o = options;
    this.#lineage.add(options.journal.writer);
    this.#time = options.formatTime ?? localMinute;
    this.#autosaver = new Autosaver((id, text) => this.#store(id, text), {
      ...(options.timers ? { timers: options.timers } : {}),
      onStatus: () => options.onChange(),
    });
  }

  /** 'saved' only once the library (IndexedDB) holds the text shown. */
  get status(): SaveStatus {
    return this.#autosaver.status;
  }

  /**
   * The text to show of a stored scenario: its stored text, or the newer unsaved text the
   * journal holds of it from this tab or from a gone one (saved right away). Unsaved texts that
   * went another way are kept as save points. Sets `notice` to say what was found.
   */
  async open(stored: StoredScenario): Promise<string> {
    const id = stored.id;
    // Text of this scenario still waiting here (its save was refused or failed) is planned with
    // the journal's entries, as this tab's latest: opened again, or kept as a save point.
    const text = this.#autosaver.take(id);
    const base = this.#known.get(id)?.revision ?? stored.revision;
    this.#known.set(id, { revision: stored.revision, text: stored.text });
    // A conflict waiting on this (or another) scenario ends here: the text this tab held is
    // opened or kept as a save point (or, for another scenario, when its save is tried).
    this.conflict = null;
    const opened = await reopen(
      stored,
      text === undefined ? undefined : { text, base },
      this.#reopenDeps(),
    );
    for (const writer of opened.writers) this.#lineage.add(writer);
    if (opened.unsaved) this.#autosaver.schedule(id, opened.text);
    this.notice = opened.notices.length ? opened.notices.join(' ') : null;
    this.#adoptWhenGone(id, opened.text, opened.writers);
    return opened.text;
  }

  #reopenDeps(): ReopenDeps {
    const { library, journal, presence, now } = this.#o;
    return { library, journal, presence, now, time: this.#time };
  }

  /**
   * Unsaved texts of pages that still held their lock when the scenario opened (a reloaded page
   * on a busy machine can take more than the wait to go): once such a page has gone, its text is
   * replayed here as on opening, provided this tab has changed nothing since. Otherwise it stays
   * in the journal for the next opening; nothing is dropped either way.
   */
  #adoptWhenGone(id: string, opened: string, adopted: readonly string[]): void {
    const { journal, presence } = this.#o;
    const late = journal
      .entries(id)
      .filter((e) => e.writer !== journal.writer && !adopted.includes(e.writer));
    for (const { writer } of late)
      void presence.gone(writer, LATE_ADOPTION_MS).then(async (gone) => {
        if (!gone || this.#o.textOf(id) !== opened || this.#autosaver.pending || this.conflict)
          return;
        const stored = await this.#o.library.get(id);
        if (!stored || this.#o.textOf(id) !== opened) return;
        const again = await reopen(stored, undefined, this.#reopenDeps());
        for (const w of again.writers) this.#lineage.add(w);
        this.#known.set(id, { revision: stored.revision, text: stored.text });
        if (again.unsaved) this.#o.onFollow({ ...stored, text: again.text });
        if (again.notices.length) {
          this.notice = again.notices.join(' ');
          this.#o.onChange();
        }
      });
  }

  /** An edit was accepted: journal it now, save it a moment later. */
  edited(id: string, name: string, text: string): void {
    const base = this.#known.get(id)?.revision ?? 0;
    try {
      this.#o.journal.record({ scenarioId: id, name, text, base, at: this.#o.now() });
      this.journalProblem = null;
    } catch (error) {
      this.journalProblem =
        error instanceof JournalError ? error : new JournalError(false, { cause: error });
    }
    this.#autosaver.schedule(id, text);
  }

  /** This tab's library call stored `stored` (a version restored): its text is now the base. */
  adopted(stored: StoredScenario): void {
    this.#known.set(stored.id, { revision: stored.revision, text: stored.text });
  }

  /** Saves what waits now (the page calls it on pagehide). Never rejects: see `status`. */
  flush(): Promise<void> {
    return this.#autosaver.flush();
  }

  /** Saves what waits now, and rejects with why when it could not (a conflict, storage full). */
  async saveNow(): Promise<void> {
    await this.#autosaver.flush();
    if (this.conflict) {
      throw new Error(
        'Another tab saved this scenario: first choose which text to keep, above the editor.',
      );
    }
    const status = this.#autosaver.status;
    if (typeof status === 'object') throw status.error;
  }

  /** Another tab wrote to the library: follow it, or show the conflict, as `savedElsewhere` says. */
  async anotherTabWrote(write: LibraryWrite): Promise<void> {
    const known = this.#known.get(write.id);
    if (!write.text || write.revision === null || !known || write.revision <= known.revision)
      return;
    const stored = await this.#o.library.get(write.id);
    if (!stored) return;
    if (this.conflict?.id === write.id) {
      this.conflict = { id: write.id, theirs: stored };
      this.#o.onChange();
      return;
    }
    await this.#theirs(write.id, stored, this.#o.textOf(write.id));
  }

  /**
   * Keeps this tab's text: the other tab's becomes a save point, then this text is saved on
   * top of it. Rejects (the conflict stays) when the save point cannot be written.
   */
  async keepMine(text: string): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    const { id, theirs } = conflict;
    await this.#o.library.keepText(
      id,
      theirs.text,
      `saved in another tab at ${this.#time(theirs.updatedAt)}, replaced by this tab's text`,
    );
    this.#known.set(id, { revision: theirs.revision, text: theirs.text });
    this.#o.journal.saved(id, theirs.text, theirs.revision);
    this.conflict = null;
    this.#autosaver.schedule(id, text);
    await this.#autosaver.flush();
  }

  /**
   * Takes the other tab's text: this tab's becomes a save point first. Resolves to the text to
   * show; rejects (the conflict stays) when the save point cannot be written.
   */
  async takeTheirs(text: string): Promise<StoredScenario | null> {
    const conflict = this.conflict;
    if (!conflict) return null;
    const { id, theirs } = conflict;
    await this.#o.library.keepText(
      id,
      text,
      `your edits in this tab, replaced by the text saved in another tab at ${this.#time(theirs.updatedAt)}`,
    );
    this.#known.set(id, { revision: theirs.revision, text: theirs.text });
    this.conflict = null;
    return theirs;
  }

  dispose(): void {
    this.#autosaver.dispose();
  }

  /** The autosaver's save: with the base revision, held while a conflict waits. */
  async #store(id: string, text: string): Promise<void> {
    const known = this.#known.get(id);
    const held = this.conflict?.id === id ? this.conflict : null;
    if (held) throw new SaveConflictError(held.theirs, known?.revision ?? 0);
    try {
      this.#stored(id, await this.#o.library.save(id, text, known?.revision));
    } catch (error) {
      if (!(error instanceof SaveConflictError)) throw error;
      const next = await this.#theirs(id, error.stored, this.#o.textOf(id) ?? text);
      if (next === 'held') throw error;
      if (next === 'retry')
        this.#stored(id, await this.#o.library.save(id, text, error.stored.revision));
    }
  }

  #stored(id: string, saved: StoredScenario): void {
    this.#known.set(id, { revision: saved.revision, text: saved.text });
    this.#o.journal.saved(id, saved.text, saved.revision);
  }

  /** The stored text changed without this tab: what `savedElsewhere` says, done. */
  async #theirs(
    id: string,
    stored: StoredScenario,
    text: string | null,
  ): Promise<'retry' | 'done' | 'held'> {
    const known = this.#known.get(id) ?? { revision: 0, text: '' };
    const verdict = savedElsewhere(
      { revision: known.revision, savedText: known.text, text },
      stored,
      this.#lineage,
    );
    switch (verdict) {
      case 'current':
        return 'retry';
      case 'agree':
      case 'rebase':
        this.#stored(id, stored);
        return 'retry';
      case 'follow':
        this.#stored(id, stored);
        if (this.#o.textOf(id) !== null) {
          this.notice = `Updated with the changes saved in another tab at ${this.#time(stored.updatedAt)} (Undo brings your text back).`;
          this.#o.onFollow(stored);
        }
        this.#o.onChange();
        return 'done';
      case 'conflict':
        if (this.#o.textOf(id) === null && text !== null) {
          // Not open any more: keep this tab's text as a save point; the other's stays current.
          await this.#o.library.keepText(
            id,
            text,
            `your edits in another scenario window, not saved: another tab saved at ${this.#time(stored.updatedAt)}`,
          );
          this.#stored(id, stored);
          this.#o.journal.discard({ scenarioId: id, writer: this.#o.journal.writer });
          return 'done';
        }
        this.conflict = { id, theirs: stored };
        this.notice = null; // the banner says what matters now
        this.#o.onChange();
        return 'held';
    }
  }
}
