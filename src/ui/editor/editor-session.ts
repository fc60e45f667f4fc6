/**
 * The editor's side of the app: the planner's library (opened once, in IndexedDB), the
 * scenario being edited (its EditorState), and the autosaver. Every change is saved a moment
 * later and flushed when the page is hidden or closed, so a reload loses nothing. The app
 * listens through `onChange` and re-runs the simulation whenever the last valid scenario
 * changes.
 */
import type { ReactiveControllerHost } from 'lit';
import type { LoadResult } from '../../scenario/index.ts';
import { openScenarioLibrary } from '../storage/browser.ts';
import { Autosaver, type SaveStatus } from '../storage/autosave.ts';
import type { ScenarioLibrary } from '../storage/library.ts';
import type { ScenarioSource, StoredScenario } from '../storage/records.ts';
import type { DocEdit } from './doc-edit.ts';
import {
  applyEdits,
  openEditor,
  redo,
  replaceText,
  typeText,
  undo,
  type EditorState,
} from './editor-state.ts';

/** The app's id of a scenario in the library. */
export const LIBRARY_PREFIX = 'my:';
export const libraryId = (id: string): string | null =>
  id.startsWith(LIBRARY_PREFIX) ? id.slice(LIBRARY_PREFIX.length) : null;

export interface OpenDocument {
  readonly id: string;
  readonly name: string;
  readonly state: EditorState;
}

export class EditorSession {
  library: ScenarioLibrary | null = null;
  libraryError: string | null = null;
  doc: OpenDocument | null = null;
  saveStatus: SaveStatus = 'saved';
  /** Bumped on every change, for views. */
  revision = 0;
  /** Bumped when the library's contents change (a save finished, a rename), for lists that read it. */
  stored = 0;
  readonly #host: ReactiveControllerHost;
  readonly #onValid: (doc: OpenDocument) => void;
  #opening: Promise<ScenarioLibrary | null> | null = null;
  #autosaver: Autosaver | null = null;

  /** `onValid` runs when the open document's last valid scenario changes. */
  constructor(host: ReactiveControllerHost, onValid: (doc: OpenDocument) => void) {
    this.#host = host;
    this.#onValid = onValid;
  }

  /** Opens the library once (IndexedDB, or memory when the browser refuses). */
  openLibrary(): Promise<ScenarioLibrary | null> {
    this.#opening ??= openScenarioLibrary().then(
      (library) => {
        this.library = library;
        this.#autosaver = new Autosaver((id, text) => library.save(id, text), {
          onStatus: (status) => {
            this.saveStatus = status;
            if (status === 'saved') this.stored++;
            this.#changed();
          },
        });
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

  /** Loads a stored scenario into the editor; null when there is no such scenario. */
  async open(id: string): Promise<OpenDocument | null> {
    const library = await this.openLibrary();
    const stored = await library?.get(id);
    if (!stored) return null;
    return this.#load(stored);
  }

  /** Makes a stored copy of a text (a bundled scenario, an imported file) and opens it. */
  async createCopy(name: string, text: string, source: ScenarioSource): Promise<OpenDocument> {
    const library = await this.openLibrary();
    if (!library) throw new Error(this.libraryError ?? 'the scenario library could not be opened');
    return this.#load(await library.create(name, text, source));
  }

  #load(stored: StoredScenario): OpenDocument {
    this.doc = {
      id: stored.id,
      name: stored.name,
      state: openEditor(`${stored.name}.yaml`, stored.text),
    };
    this.#changed();
    return this.doc;
  }

  edit(edits: readonly DocEdit[], label: string): void {
    this.#update((s) => applyEdits(s, edits, label));
  }

  type(text: string): void {
    this.#update((s) => typeText(s, text, performance.now()));
  }

  /** `parsed`: the loader's answer for `text`, when it was read already (in a worker). */
  replace(text: string, label: string, parsed?: LoadResult): void {
    this.#update((s) => replaceText(s, text, label, parsed));
  }

  undo(): void {
    this.#update(undo);
  }

  redo(): void {
    this.#update(redo);
  }

  /** Saves what is waiting now (on pagehide and when the page is hidden). */
  flush(): Promise<void> {
    return this.#autosaver?.flush() ?? Promise.resolve();
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
    this.#autosaver?.schedule(doc.id, next.text);
    if (next.valid !== doc.state.valid) this.#onValid(this.doc);
    this.#changed();
  }

  #changed(): void {
    this.revision++;
    this.#host.requestUpdate();
  }
}
