/**
 * The editor's side of the app: the planner's library (opened once, in IndexedDB), the
 * scenario being edited (its EditorState), and the saver (storage/durable-saver.ts). Every
 * accepted edit is copied to the write-ahead journal at once and saved a moment later, so a
 * reload or a closed tab loses nothing; two tabs on one scenario never silently overwrite each
 * other. The app listens through `onValid` and re-runs the simulation whenever the last valid
 * scenario changes.
 */
import type { ReactiveControllerHost } from 'lit';
import type { LoadResult } from '../../scenario/index.ts';
import { openBrowserStorage } from '../storage/browser.ts';
import type { SaveStatus } from '../storage/autosave.ts';
import type { Conflict, DurableSaver } from '../storage/durable-saver.ts';
import type { JournalError } from '../storage/journal.ts';
import type { ScenarioLibrary } from '../storage/library.ts';
import type { ScenarioSource, StoredScenario } from '../storage/records.ts';
import type { DocEdit } from './doc-edit.ts';
import { holidaysReady, onHolidayData } from '../app/holiday-loader.ts';
import type * as EditorStateModule from './editor-state.ts';
import type { EditorState } from './editor-state.ts';

/**
 * The editor's reducer, and with it the scenario reader (zod's schemas, YAML): imported when a
 * document is first opened, so that the first paint never evaluates them. Every edit comes after
 * an open (`#update` does nothing without a document), so it is here by then.
 */
type EditorOps = typeof EditorStateModule;
let ops: EditorOps | null = null;
const editorOps = async (): Promise<EditorOps> => (ops ??= await import('./editor-state.ts'));

/** The app's id of a scenario in the library. */
export const LIBRARY_PREFIX = 'my:';
export const libraryId = (id: string): string | null =>
  id.startsWith(LIBRARY_PREFIX) ? id.slice(LIBRARY_PREFIX.length) : null;

export interface OpenDocument {
  readonly id: string;
  readonly name: string;
  readonly state: EditorState;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class EditorSession {
  library: ScenarioLibrary | null = null;
  libraryError: string | null = null;
  doc: OpenDocument | null = null;
  /** Bumped on every change, for views. */
  revision = 0;
  /** Bumped when the library's contents change (a save finished, a rename), for lists that read it. */
  stored = 0;
  readonly #host: ReactiveControllerHost;
  readonly #onValid: (doc: OpenDocument) => void;
  readonly #onOtherTab: () => void;
  #opening: Promise<ScenarioLibrary | null> | null = null;
  #saver: DurableSaver | null = null;
  #lastStatus: SaveStatus = 'saved';

  /**
   * `onValid` runs when the open document's last valid scenario changes; `onOtherTab` when
   * another tab wrote to the library (lists of scenarios may need reading again).
   */
  constructor(
    host: ReactiveControllerHost,
    onValid: (doc: OpenDocument) => void,
    onOtherTab: () => void = () => {},
  ) {
    this.#host = host;
    this.#onValid = onValid;
    this.#onOtherTab = onOtherTab;
    // A holiday set just typed names a country not fetched yet: checked again once it is here.
    onHolidayData(() => {
      if (this.doc?.state.errors.length) this.#update((s) => ops!.recheck(s));
    });
  }

  /** 'saved' only once the library (IndexedDB) holds the text shown. */
  get saveStatus(): SaveStatus {
    return this.#saver?.status ?? 'saved';
  }

  /** Another tab saved the open scenario over this tab's unsaved edits: the planner chooses. */
  get conflict(): Conflict | null {
    return this.#saver?.conflict ?? null;
  }

  /** Why the last edit has no write-ahead copy (browser storage full or disabled), or null. */
  get journalProblem(): JournalError | null {
    return this.#saver?.journalProblem ?? null;
  }

  /** What became of unsaved texts found on opening, or that another tab's text was followed. */
  get notice(): string | null {
    return this.#saver?.notice ?? null;
  }

  dismissNotice(): void {
    if (this.#saver) this.#saver.notice = null;
    this.#changed();
  }

  /** Opens the library once (IndexedDB, or memory when the browser refuses). */
  openLibrary(): Promise<ScenarioLibrary | null> {
    this.#opening ??= openBrowserStorage(
      {
        textOf: (id) => (this.doc?.id === id ? this.doc.state.text : null),
        onFollow: (stored) => this.#follow(stored),
        onChange: () => this.#saverChanged(),
      },
      (write) => {
        this.stored++;
        this.#onOtherTab();
        this.#changed();
        void this.#saver?.anotherTabWrote(write);
      },
    ).then(
      ({ library, saver }) => {
        this.library = library;
        this.#saver = saver;
        this.#changed();
        return library;
      },
      (error: unknown) => {
        this.libraryError = error instanceof Error ? error.message : String(error);
        this.#changed();
        return null;
      },
    );
    return this.#opening;
  }

  /**
   * Loads a stored scenario into the editor, with the unsaved text a reload or a closed tab left
   * of it (see DurableSaver.open); null when there is no such scenario.
   */
  async open(id: string): Promise<OpenDocument | null> {
    const library = await this.openLibrary();
    await this.#saver?.flush(); // the scenario being left is saved first
    const stored = await library?.get(id);
    if (!stored) return null;
    return this.#load(stored);
  }

  /** Makes a stored copy of a text (a bundled scenario, an imported file) and opens it. */
  async createCopy(name: string, text: string, source: ScenarioSource): Promise<OpenDocument> {
    const library = await this.openLibrary();
    if (!library) throw new Error(this.libraryError ?? 'the scenario library could not be opened');
    await this.#saver?.flush();
    return this.#load(await library.create(name, text, source));
  }

  async #load(stored: StoredScenario): Promise<OpenDocument> {
    const text = (await this.#saver?.open(stored)) ?? stored.text;
    // The holiday data it names, fetched first; a failed fetch leaves the parser to say so.
    await holidaysReady(text, `${stored.name}.yaml`)?.catch(() => undefined);
    const { openEditor } = await editorOps();
    this.doc = {
      id: stored.id,
      name: stored.name,
      state: openEditor(`${stored.name}.yaml`, text),
    };
    this.#changed();
    return this.doc;
  }

  /** Keeps this tab's text over the other tab's, which is kept as a save point. */
  async keepMine(): Promise<void> {
    const doc = this.doc;
    if (!doc || !this.#saver) return;
    await this.#resolving(() => this.#saver!.keepMine(doc.state.text));
  }

  /** Takes the other tab's text; this tab's is kept as a save point first. */
  async takeTheirs(): Promise<void> {
    const doc = this.doc;
    if (!doc || !this.#saver) return;
    await this.#resolving(async () => {
      const theirs = await this.#saver!.takeTheirs(doc.state.text);
      if (theirs && this.doc?.id === theirs.id)
        this.#update((s) => ops!.replaceText(s, theirs.text, 'Use the other tab’s text'));
    });
  }

  edit(edits: readonly DocEdit[], label: string): void {
    this.#update((s) => ops!.applyEdits(s, edits, label));
  }

  type(text: string): void {
    this.#update((s) => ops!.typeText(s, text, performance.now()));
  }

  /** `parsed`: the loader's answer for `text`, when it was read already (in a worker). */
  replace(text: string, label: string, parsed?: LoadResult): void {
    this.#update((s) => ops!.replaceText(s, text, label, parsed));
  }

  undo(): void {
    this.#update((s) => ops!.undo(s));
  }

  redo(): void {
    this.#update((s) => ops!.redo(s));
  }

  /** Saves what is waiting now (on pagehide and when the page is hidden). */
  flush(): Promise<void> {
    return this.#saver?.flush() ?? Promise.resolve();
  }

  /** Saves what is waiting now; rejects with why it could not (for the versions panel). */
  persist(): Promise<void> {
    return this.#saver?.saveNow() ?? Promise.resolve();
  }

  /** Renamed elsewhere (the library panel): keep the open document's name in step. */
  renamed(id: string, name: string): void {
    this.stored++;
    if (this.doc?.id === id) this.doc = { ...this.doc, name };
    this.#changed();
  }

  #update(change: (s: EditorState) => EditorState): void {
    const doc = this.doc;
    if (!doc) return;
    let next: EditorState;
    try {
      next = change(doc.state);
    } catch (error) {
      // A form edit that cannot apply to the text as it is (e.g. the YAML is half typed).
      this.libraryError = error instanceof Error ? error.message : String(error);
      this.#changed();
      return;
    }
    if (next === doc.state) return;
    this.libraryError = null;
    this.doc = { ...doc, state: next };
    this.#saver?.edited(doc.id, doc.name, next.text);
    if (next.valid !== doc.state.valid) this.#onValid(this.doc);
    this.#changed();
  }

  /** Another tab saved the open scenario and this tab had changed nothing: show its text. */
  #follow(stored: StoredScenario): void {
    if (this.doc?.id !== stored.id) return;
    this.#update((s) => ops!.replaceText(s, stored.text, 'Changes saved in another tab'));
  }

  async #resolving(work: () => Promise<void>): Promise<void> {
    try {
      await work();
      this.libraryError = null;
    } catch (error) {
      this.libraryError = `Nothing was changed: ${message(error)}`;
    }
    this.stored++;
    this.#changed();
  }

  #saverChanged(): void {
    const status = this.saveStatus;
    if (status === 'saved' && this.#lastStatus !== 'saved') this.stored++;
    this.#lastStatus = status;
    this.#changed();
  }

  #changed(): void {
    this.revision++;
    this.#host.requestUpdate();
  }
}
