import type { Backend } from './backend.ts';
import { withActionableErrors } from './errors.ts';
import { cleanName, copyName } from './names.ts';
import { localMinute, newestFirst, recentFirst } from './order.ts';
import type { SavePoint, ScenarioSource, StoredScenario } from './records.ts';
import { SaveConflictError, judgeSave, withRevision } from './revision.ts';

export interface LibraryOptions {
  /** Milliseconds since the epoch; the browser wiring passes `Date.now`. */
  readonly now: () => number;
  /** A fresh unique id; the browser wiring passes `crypto.randomUUID`. */
  readonly newId: () => string;
  /** How a moment reads in an automatic version's note; local `2026-05-03 14:02` by default. */
  readonly formatTime?: (ms: number) => string;
  /** Who writes: this tab's writer id, kept as `savedBy` with each text it stores ('' by default). */
  readonly writer?: string;
  /** Told after each write that landed, e.g. to tell the other tabs (tab-channel.ts). */
  readonly onWrite?: (write: LibraryWrite) => void;
}

/** A write that landed: which scenario, and its revision when its text changed. */
export interface LibraryWrite {
  readonly id: string;
  /** The scenario's revision after the write; null when it was removed. */
  readonly revision: number | null;
  /** Whether the text changed (else a name, a version, a mark or a removal). */
  readonly text: boolean;
}

/** Everything `remove` took away, so that `undoRemove` can put it back exactly. */
export interface RemovedScenario {
  readonly scenario: StoredScenario;
  readonly versions: readonly SavePoint[];
}

/**
 * The planner's own scenarios and their save points, over any `Backend`. Writes from this tab run
 * one at a time, so an autosave and a rename never overwrite each other; a save names the
 * revision its text was based on, and one based on an older revision (another tab saved since)
 * is refused with a `SaveConflictError`. A write that fails leaves what was stored before and
 * throws an error that says what to do.
 */
export class ScenarioLibrary {
  readonly #backend: Backend;
  readonly #now: () => number;
  readonly #newId: () => string;
  readonly #formatTime: (ms: number) => string;
  readonly #writer: string;
  readonly #onWrite: (write: LibraryWrite) => void;
  #writes: Promise<unknown> = Promise.resolve();

  constructor(backend: Backend, options: LibraryOptions) {
    this.#backend = withActionableErrors(backend);
    this.#now = options.now;
    this.#newId = options.newId;
    this.#formatTime = options.formatTime ?? localMinute;
    this.#writer = options.writer ?? '';
    this.#onWrite = options.onWrite ?? (() => {});
  }

  /** The writer id this library stores with the texts it saves. */
  get writer(): string {
    return this.#writer;
  }

  /** False when the browser gave no lasting storage: changes are lost when the tab closes. */
  get persistent(): boolean {
    return this.#backend.persistent;
  }

  async list(): Promise<StoredScenario[]> {
    return (await this.#backend.list('scenarios')).map(withRevision).sort(recentFirst);
  }

  async get(id: string): Promise<StoredScenario | undefined> {
    const stored = await this.#backend.get('scenarios', id);
    return stored && withRevision(stored);
  }

  create(name: string, text: string, source: ScenarioSource): Promise<StoredScenario> {
    return this.#exclusive(async () => {
      const at = this.#now();
      const scenario: StoredScenario = {
        id: this.#newId(),
        name: cleanName(name),
        text,
        createdAt: at,
        updatedAt: at,
        source,
        lastExercised: null,
        revision: 1,
        savedBy: this.#writer,
      };
      await this.#backend.put('scenarios', scenario);
      this.#wrote(scenario, true);
      return scenario;
    });
  }

  /** A new scenario with the same text and source (not its versions), named `X (copy)` unless named. */
  duplicate(id: string, newName?: string): Promise<StoredScenario> {
    return this.#exclusive(async () => {
      const chosen = newName === undefined ? undefined : cleanName(newName);
      const original = await this.#require(id);
      const taken = new Set((await this.#backend.list('scenarios')).map((s) => s.name));
      const at = this.#now();
      const copy: StoredScenario = {
        ...original,
        id: this.#newId(),
        name: chosen ?? copyName(original.name, taken),
        createdAt: at,
        updatedAt: at,
        lastExercised: null,
        revision: 1,
        savedBy: this.#writer,
      };
      await this.#backend.put('scenarios', copy);
      this.#wrote(copy, true);
      return copy;
    });
  }

  /** Names are trimmed and need not be unique; an empty name is refused. */
  rename(id: string, name: string): Promise<StoredScenario> {
    return this.#update(id, (s) => {
      const clean = cleanName(name);
      return s.name === clean ? s : { ...s, name: clean };
    });
  }

  /**
   * Autosave: keeps the text, without making a save point. Saving the same text writes nothing.
   * With `base`, the revision the text was based on, a save over text changed since (by another
   * tab) is refused with a `SaveConflictError` that carries the stored scenario.
   */
  save(id: string, text: string, base?: number): Promise<StoredScenario> {
    return this.#update(id, (s) => {
      const verdict = judgeSave(s, text, base);
      if (verdict === 'conflict') throw new SaveConflictError(s, base ?? s.revision);
      return verdict === 'unchanged' ? s : { ...s, text };
    });
  }

  /**
   * Records that the scenario was just used in an exercise, and, when given, which recovery
   * plans the exercise invoked (each plan keeps its own last date); it does not count as an edit.
   */
  markExercised(id: string, note: string, plans?: readonly string[]): Promise<StoredScenario> {
    return this.#update(id, (s) => {
      const at = this.#now();
      if (plans === undefined) return { ...s, lastExercised: { at, note: note.trim() } };
      const plansExercised = { ...s.plansExercised };
      for (const plan of plans) plansExercised[plan] = at;
      return { ...s, lastExercised: { at, note: note.trim(), plans: [...plans] }, plansExercised };
    });
  }

  /** Removes the scenario and its save points; the returned token brings them back. */
  remove(id: string): Promise<RemovedScenario> {
    return this.#exclusive(async () => {
      const scenario = await this.#require(id);
      const versions = await this.#backend.list('versions', id);
      await this.#backend.delete('scenarios', id);
      for (const version of versions) await this.#backend.delete('versions', version.id);
      this.#onWrite({ id, revision: null, text: true });
      return { scenario, versions };
    });
  }

  /** Puts a removed scenario back exactly as it was, save points included. */
  undoRemove(token: RemovedScenario): Promise<StoredScenario> {
    return this.#exclusive(async () => {
      for (const version of token.versions) await this.#backend.put('versions', version);
      await this.#backend.put('scenarios', token.scenario);
      this.#wrote(token.scenario, true);
      return token.scenario;
    });
  }

  /** The scenario's save points, newest first. */
  async versions(id: string): Promise<SavePoint[]> {
    return (await this.#backend.list('versions', id)).sort(newestFirst);
  }

  /** Keeps the current text as a save point, unless the newest save point already has that text. */
  saveVersion(id: string, note = ''): Promise<SavePoint> {
    return this.#exclusive(async () => {
      const scenario = await this.#require(id);
      const [latest] = await this.versions(id);
      if (latest?.text === scenario.text) return latest;
      return this.#addVersion(scenario.id, scenario.text, note.trim(), latest);
    });
  }

  /**
   * Keeps any text as a save point of the scenario (e.g. the text of a tab that fell behind, so
   * that both tabs' texts are kept), unless some save point already holds that text.
   */
  keepText(id: string, text: string, note: string): Promise<SavePoint> {
    return this.#exclusive(async () => {
      const scenario = await this.#require(id);
      const all = await this.versions(scenario.id);
      return all.find((v) => v.text === text) ?? this.#addVersion(id, text, note.trim(), all[0]);
    });
  }

  /**
   * Makes a save point's text the scenario's text. The current text is first kept as a save point
   * (`before restoring <date>`) unless some save point already holds it, so nothing is lost.
   */
  restoreVersion(versionId: string): Promise<StoredScenario> {
    return this.#exclusive(async () => {
      const version = await this.#backend.get('versions', versionId);
      if (!version) throw new Error('That version no longer exists: its scenario was deleted.');
      const scenario = await this.#require(version.scenarioId);
      if (scenario.text === version.text) return scenario;
      const all = await this.versions(scenario.id);
      if (!all.some((v) => v.text === scenario.text)) {
        await this.#addVersion(
          scenario.id,
          scenario.text,
          `before restoring ${this.#formatTime(version.at)}`,
          all[0],
        );
      }
      return this.#write(scenario.id, (now) => {
        // Another tab saved since the text above was kept: restoring would overwrite its text.
        if (now.revision !== scenario.revision) throw new SaveConflictError(now, scenario.revision);
        return { ...now, text: version.text };
      });
    });
  }

  /** Whether a one-time step (such as a migration) has been done in this library. */
  async hasMarker(id: string): Promise<boolean> {
    return (await this.#backend.get('meta', id)) !== undefined;
  }

  setMarker(id: string): Promise<void> {
    return this.#exclusive(() => this.#backend.put('meta', { id, at: this.#now() }));
  }

  async #addVersion(
    scenarioId: string,
    text: string,
    note: string,
    latest: SavePoint | undefined,
  ): Promise<SavePoint> {
    const version: SavePoint = {
      id: this.#newId(),
      scenarioId,
      number: (latest?.number ?? 0) + 1,
      at: this.#now(),
      note,
      text,
    };
    await this.#backend.put('versions', version);
    this.#onWrite({ id: scenarioId, revision: null, text: false });
    return version;
  }

  /** Applies a change, one write at a time in this tab. */
  #update(id: string, change: (s: StoredScenario) => StoredScenario): Promise<StoredScenario> {
    return this.#exclusive(() => this.#write(id, change));
  }

  /**
   * Reads and writes the scenario in one step no other tab can come between. `updatedAt` moves
   * only when the name or the text changed; a new text counts one more revision, saved by us.
   */
  async #write(id: string, change: (s: StoredScenario) => StoredScenario): Promise<StoredScenario> {
    let outcome: { scenario: StoredScenario; wrote: boolean; text: boolean } | null = null;
    await this.#backend.update('scenarios', id, (raw) => {
      if (!raw) throw notFound();
      const before = withRevision(raw);
      const changed = change(before);
      if (changed === before) {
        outcome = { scenario: before, wrote: false, text: false };
        return raw;
      }
      const text = changed.text !== before.text;
      const edited = text || changed.name !== before.name;
      const after: StoredScenario = {
        ...changed,
        ...(edited ? { updatedAt: this.#now() } : {}),
        ...(text ? { revision: before.revision + 1, savedBy: this.#writer } : {}),
      };
      outcome = { scenario: after, wrote: true, text };
      return after;
    });
    const done = outcome as { scenario: StoredScenario; wrote: boolean; text: boolean } | null;
    if (!done) throw notFound();
    if (done.wrote) this.#wrote(done.scenario, done.text);
    return done.scenario;
  }

  async #require(id: string): Promise<StoredScenario> {
    const scenario = await this.get(id);
    if (!scenario) throw notFound();
    return scenario;
  }

  #wrote(scenario: StoredScenario, text: boolean): void {
    this.#onWrite({ id: scenario.id, revision: scenario.revision, text });
  }

  /** Runs writes one after another, whether or not the one before failed. */
  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#writes.then(work, work);
    this.#writes = result.catch(() => undefined);
    return result;
  }
}

const notFound = (): Error =>
  new Error('That scenario no longer exists: it may have been deleted in another tab.');
