import type { Backend } from './backend.ts';
import { withActionableErrors } from './errors.ts';
import { cleanName, copyName } from './names.ts';
import { localMinute, newestFirst, recentFirst } from './order.ts';
import type { SavePoint, ScenarioSource, StoredScenario } from './records.ts';

export interface LibraryOptions {
  /** Milliseconds since the epoch; the browser wiring passes `Date.now`. */
  readonly now: () => number;
  /** A fresh unique id; the browser wiring passes `crypto.randomUUID`. */
  readonly newId: () => string;
  /** How a moment reads in an automatic version's note; local `2026-05-03 14:02` by default. */
  readonly formatTime?: (ms: number) => string;
}

/** Everything `remove` took away, so that `undoRemove` can put it back exactly. */
export interface RemovedScenario {
  readonly scenario: StoredScenario;
  readonly versions: readonly SavePoint[];
}

/**
 * The planner's own scenarios and their save points, over any `Backend`. Writes from this tab run
 * one at a time, so an autosave and a rename never overwrite each other. A write that fails leaves
 * what was stored before and throws an error that says what to do.
 */
export class ScenarioLibrary {
  readonly #backend: Backend;
  readonly #now: () => number;
  readonly #newId: () => string;
  readonly #formatTime: (ms: number) => string;
  #writes: Promise<unknown> = Promise.resolve();

  constructor(backend: Backend, options: LibraryOptions) {
    this.#backend = withActionableErrors(backend);
    this.#now = options.now;
    this.#newId = options.newId;
    this.#formatTime = options.formatTime ?? localMinute;
  }

  /** False when the browser gave no lasting storage: changes are lost when the tab closes. */
  get persistent(): boolean {
    return this.#backend.persistent;
  }

  async list(): Promise<StoredScenario[]> {
    return (await this.#backend.list('scenarios')).sort(recentFirst);
  }

  get(id: string): Promise<StoredScenario | undefined> {
    return this.#backend.get('scenarios', id);
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
      };
      await this.#backend.put('scenarios', scenario);
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
      };
      await this.#backend.put('scenarios', copy);
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

  /** Autosave: keeps the text, without making a save point. Saving the same text writes nothing. */
  save(id: string, text: string): Promise<StoredScenario> {
    return this.#update(id, (s) => (s.text === text ? s : { ...s, text }));
  }

  /** Records that the scenario was just used in an exercise; it does not count as an edit. */
  markExercised(id: string, note: string): Promise<StoredScenario> {
    return this.#update(id, (s) => ({
      ...s,
      lastExercised: { at: this.#now(), note: note.trim() },
    }));
  }

  /** Removes the scenario and its save points; the returned token brings them back. */
  remove(id: string): Promise<RemovedScenario> {
    return this.#exclusive(async () => {
      const scenario = await this.#require(id);
      const versions = await this.#backend.list('versions', id);
      await this.#backend.delete('scenarios', id);
      for (const version of versions) await this.#backend.delete('versions', version.id);
      return { scenario, versions };
    });
  }

  /** Puts a removed scenario back exactly as it was, save points included. */
  undoRemove(token: RemovedScenario): Promise<StoredScenario> {
    return this.#exclusive(async () => {
      for (const version of token.versions) await this.#backend.put('versions', version);
      await this.#backend.put('scenarios', token.scenario);
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
      return this.#addVersion(scenario, note.trim(), latest);
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
          scenario,
          `before restoring ${this.#formatTime(version.at)}`,
          all[0],
        );
      }
      const restored = { ...scenario, text: version.text, updatedAt: this.#now() };
      await this.#backend.put('scenarios', restored);
      return restored;
    });
  }

  /** Whether a one-time step (such as a migration) has been done in this library. */
  async hasMarker(id: string): Promise<boolean> {
    return (await this.#backend.get('meta', id)) !== undefined;
  }

  setMarker(id: string): Promise<void> {
    return this.#exclusive(() => this.#backend.put('meta', { id, at: this.#now() }));
  }

  async #addVersion(scenario: StoredScenario, note: string, latest: SavePoint | undefined) {
    const version: SavePoint = {
      id: this.#newId(),
      scenarioId: scenario.id,
      number: (latest?.number ?? 0) + 1,
      at: this.#now(),
      note,
      text: scenario.text,
    };
    await this.#backend.put('versions', version);
    return version;
  }

  /** Applies a change; `updatedAt` moves only when the name or the text changed. */
  #update(id: string, change: (s: StoredScenario) => StoredScenario): Promise<StoredScenario> {
    return this.#exclusive(async () => {
      const before = await this.#require(id);
      const changed = change(before);
      if (changed === before) return before;
      const edited = changed.name !== before.name || changed.text !== before.text;
      const after = edited ? { ...changed, updatedAt: this.#now() } : changed;
      await this.#backend.put('scenarios', after);
      return after;
    });
  }

  async #require(id: string): Promise<StoredScenario> {
    const scenario = await this.#backend.get('scenarios', id);
    if (!scenario) {
      throw new Error('That scenario no longer exists: it may have been deleted in another tab.');
    }
    return scenario;
  }

  /** Runs writes one after another, whether or not the one before failed. */
  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#writes.then(work, work);
    this.#writes = result.catch(() => undefined);
    return result;
  }
}
