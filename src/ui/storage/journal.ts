/**
 * The write-ahead journal: each tab's latest unsaved text of each scenario, written to
 * localStorage synchronously at the moment an edit is accepted, so that it outlives a reload or
 * a closed tab even when the IndexedDB save had no time to finish. The library save of that text
 * (or a newer one) supersedes it; on load, replay.ts decides what to do with what is left.
 *
 * One key per scenario and tab (`continuity-simulator:unsaved:<scenario id>:<writer id>`), so two
 * tabs editing one scenario never overwrite each other's copy.
 */
import { isQuotaError } from './errors.ts';

export const JOURNAL_PREFIX = 'continuity-simulator:unsaved:';

/** One tab's unsaved text of one scenario. */
export interface JournalEntry {
  readonly scenarioId: string;
  /** The tab that wrote it (its writer id). */
  readonly writer: string;
  /** The scenario's name then, to say what was recovered. */
  readonly name: string;
  readonly text: string;
  /** The stored revision this text was based on. */
  readonly base: number;
  /** When it was written, in ms since the epoch. */
  readonly at: number;
}

/** The part of `Storage` the journal uses; tests pass an in-memory one. */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const journalKey = (scenarioId: string, writer: string): string =>
  `${JOURNAL_PREFIX}${scenarioId}:${writer}`;

/** The stored form: versioned, so a later format can read (or knowingly skip) this one. */
export const encodeEntry = (e: JournalEntry): string => JSON.stringify({ v: 1, ...e });

/** An entry read back, or null for anything that is not one (left where it is, never deleted). */
export function decodeEntry(raw: string | null): JournalEntry | null {
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  const strings = ['scenarioId', 'writer', 'name', 'text'].every((k) => typeof d[k] === 'string');
  const numbers = ['base', 'at'].every((k) => Number.isFinite(d[k]));
  if (d['v'] !== 1 || !strings || !numbers) return null;
  return {
    scenarioId: d['scenarioId'] as string,
    writer: d['writer'] as string,
    name: d['name'] as string,
    text: d['text'] as string,
    base: d['base'] as number,
    at: d['at'] as number,
  };
}

/** Why an edit has no write-ahead copy: the page says so next to the save status. */
export class JournalError extends Error {
  constructor(full: boolean, options?: ErrorOptions) {
    super(
      (full
        ? "Your browser's storage is full, so your last edit has no safety copy yet"
        : 'This browser does not let the page keep a safety copy of your edits (storage is disabled)') +
        ": it is saved a moment after you stop typing. Wait for 'All changes saved' before " +
        'closing or reloading the tab' +
        (full ? ', and free some room: export, then delete old scenarios or versions.' : '.'),
      options,
    );
    this.name = 'JournalError';
  }
}

/** One tab's view of the journal: it writes its own entries and reads every tab's. */
export class Journal {
  readonly #storage: JournalStorage | null;
  readonly #writer: string;

  /** `storage` null: localStorage is unavailable, and every `record` says so. */
  constructor(storage: JournalStorage | null, writer: string) {
    this.#storage = storage;
    this.#writer = writer;
  }

  get writer(): string {
    return this.#writer;
  }

  /** Keeps this tab's latest text of a scenario, synchronously; throws a `JournalError`. */
  record(entry: Omit<JournalEntry, 'writer'>): void {
    if (!this.#storage) throw new JournalError(false);
    const full: JournalEntry = { ...entry, writer: this.#writer };
    try {
      this.#storage.setItem(journalKey(entry.scenarioId, this.#writer), encodeEntry(full));
    } catch (error) {
      throw new JournalError(isQuotaError(error), { cause: error });
    }
  }

  /**
   * The library now holds `text` at `revision`: this tab's entry goes if it holds that text, and
   * otherwise (newer text typed meanwhile) is marked as based on `revision`.
   */
  saved(scenarioId: string, text: string, revision: number): void {
    const mine = this.mine(scenarioId);
    if (!mine) return;
    if (mine.text === text) this.discard(mine);
    else if (mine.base !== revision) this.#rewrite({ ...mine, base: revision });
  }

  /** This tab's entry for a scenario, if any. */
  mine(scenarioId: string): JournalEntry | null {
    return decodeEntry(this.#get(journalKey(scenarioId, this.#writer)));
  }

  /** Every tab's entries (of one scenario, when given), oldest first. */
  entries(scenarioId?: string): JournalEntry[] {
    const storage = this.#storage;
    if (!storage) return [];
    const prefix = JOURNAL_PREFIX + (scenarioId === undefined ? '' : `${scenarioId}:`);
    const found: JournalEntry[] = [];
    let length: number;
    try {
      length = storage.length;
    } catch {
      return [];
    }
    for (let i = 0; i < length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(prefix)) continue;
      const entry = decodeEntry(this.#get(key));
      if (entry && (scenarioId === undefined || entry.scenarioId === scenarioId)) found.push(entry);
    }
    return found.sort(oldestFirst);
  }

  /** Removes an entry (its text is stored, or kept as a save point). */
  discard(entry: Pick<JournalEntry, 'scenarioId' | 'writer'>): void {
    try {
      this.#storage?.removeItem(journalKey(entry.scenarioId, entry.writer));
    } catch {
      // Storage gone meanwhile: the entry is replayed (and found stored) on the next open.
    }
  }

  #rewrite(entry: JournalEntry): void {
    try {
      this.#storage?.setItem(journalKey(entry.scenarioId, entry.writer), encodeEntry(entry));
    } catch {
      // Full: the entry keeps its older base, which replay still reads as this tab's own.
    }
  }

  #get(key: string): string | null {
    try {
      return this.#storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }
}

/** Oldest first; the writer id breaks ties, so the order never depends on the browser. */
export const oldestFirst = (a: JournalEntry, b: JournalEntry): number =>
  a.at - b.at || (a.writer < b.writer ? -1 : a.writer > b.writer ? 1 : 0);
