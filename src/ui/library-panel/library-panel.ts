import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DEFAULT_SCENARIO_ID,
  bundledScenarios,
  findBundledScenario,
} from '../bundled-scenarios.ts';
import { csEvent, type LibraryChange } from '../events.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import type { RemovedScenario, ScenarioLibrary, StoredScenario } from '../storage/index.ts';
import { Coalesced } from './coalesced.ts';
import { libraryPanelStyles } from './library-panel.styles.ts';
import { newForm } from './new-form.ts';
import { newScenarioName } from './new-name.ts';
import { deletedNotice, storageNote } from './notices.ts';
import { ReviewFlagCache } from './review-flags.ts';
import { scenarioRow, type RowActions } from './scenario-row.ts';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * "My scenarios": the planner's own scenarios kept in this browser, most recently edited first,
 * with Open, Duplicate, Rename (inline) and Delete (with Undo), and a new scenario made from a
 * bundled one. What the library refuses is shown in an alert, never thrown.
 *
 * @fires cs-library-open - open this library scenario in the editor
 * @fires cs-library-change - the panel created, duplicated, renamed, removed or undeleted a scenario
 */
export class CsLibraryPanel extends LitElement {
  static override styles = [controlStyles, panelStyles, libraryPanelStyles];

  /** The library, or null while it is being opened. */
  @property({ attribute: false }) library: ScenarioLibrary | null = null;
  /** The library id of the open scenario; '' when a bundled scenario is open. */
  @property() current = '';
  /** Bumped by the parent after it saves, so the list (edited times, names) is read again. */
  @property({ type: Number }) revision = 0;
  /** The wall clock for "5 min ago"; tests pass a fixed one. */
  @property({ attribute: false }) now: () => number = () => Date.now();

  @state() private scenarios: StoredScenario[] | null = null;
  @state() private error = '';
  @state() private removed: RemovedScenario | null = null;
  @state() private renaming: { id: string; value: string } | null = null;
  @state() private bundledId = findBundledScenario(DEFAULT_SCENARIO_ID)
    ? DEFAULT_SCENARIO_ID
    : (bundledScenarios[0]?.id ?? '');
  readonly #loader = new Coalesced(() => this.#load());
  readonly #reviews = new ReviewFlagCache();
  #focus: (() => HTMLElement | null | undefined) | null = null;

  /**
   * Another part of the page changed a stored scenario without changing its text (the versions
   * panel marked it as exercised): the list (last exercised, review flags) is read again.
   */
  readonly #onElsewhere = (e: Event): void => {
    if (!e.composedPath().includes(this)) void this.#loader.request();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('cs-library-change', this.#onElsewhere);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('cs-library-change', this.#onElsewhere);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('library') || changed.has('revision')) void this.#loader.request();
  }

  protected override updated(): void {
    const target = this.#focus?.();
    this.#focus = null;
    target?.focus();
  }

  async #load(): Promise<void> {
    const library = this.library;
    try {
      const scenarios = library ? await library.list() : null;
      if (library === this.library) this.scenarios = scenarios;
    } catch (e) {
      this.error = message(e);
    }
  }

  /** Runs one library call: its error goes to the alert; the list is read again afterwards. */
  async #attempt<T>(work: (library: ScenarioLibrary) => Promise<T>): Promise<T | undefined> {
    const library = this.library;
    if (!library) return undefined;
    this.error = '';
    try {
      return await work(library);
    } catch (e) {
      this.error = message(e);
      return undefined;
    } finally {
      await this.#loader.request();
    }
  }

  #changed(s: StoredScenario, change: LibraryChange): void {
    this.dispatchEvent(csEvent('cs-library-change', { id: s.id, name: s.name, change }));
  }

  readonly #actions: RowActions = {
    open: (id) => this.dispatchEvent(csEvent('cs-library-open', { id })),
    duplicate: (id) =>
      void this.#attempt((l) => l.duplicate(id)).then((copy) => {
        if (copy) this.#changed(copy, 'duplicated');
      }),
    startRename: (id) => {
      const name = this.scenarios?.find((s) => s.id === id)?.name ?? '';
      this.renaming = { id, value: name };
      this.#focus = () => this.renderRoot.querySelector<HTMLInputElement>('input.rename-input');
    },
    renameInput: (value) => {
      if (this.renaming) this.renaming = { ...this.renaming, value };
    },
    renameKey: (e, id) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.#actions.commitRename(id);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.#actions.cancelRename();
      }
    },
    commitRename: (id) => {
      const value = this.renaming?.value ?? '';
      void this.#attempt((l) => l.rename(id, value)).then((renamed) => {
        if (!renamed) return;
        this.renaming = null;
        this.#focusRenameButton(id);
        this.#changed(renamed, 'renamed');
      });
    },
    cancelRename: () => {
      const id = this.renaming?.id;
      this.renaming = null;
      this.error = '';
      if (id) this.#focusRenameButton(id);
    },
    remove: (id) =>
      void this.#attempt((l) => l.remove(id)).then((token) => {
        if (!token) return;
        this.removed = token;
        if (this.renaming?.id === id) this.renaming = null;
        this.#focus = () => this.renderRoot.querySelector<HTMLButtonElement>('button.undo');
        this.#changed(token.scenario, 'removed');
      }),
  };

  #focusRenameButton(id: string): void {
    this.#focus = () =>
      this.renderRoot.querySelector<HTMLButtonElement>(`button[data-rename="${CSS.escape(id)}"]`);
  }

  #undo(): void {
    const token = this.removed;
    if (!token) return;
    void this.#attempt((l) => l.undoRemove(token)).then((back) => {
      if (!back) return;
      this.removed = null;
      this.#changed(back, 'undeleted');
    });
  }

  #create(): void {
    const bundled = findBundledScenario(this.bundledId);
    if (!bundled) return;
    const taken = new Set((this.scenarios ?? []).map((s) => s.name));
    const name = newScenarioName(bundled, taken);
    const source = { kind: 'bundled', id: bundled.id } as const;
    void this.#attempt((l) => l.create(name, bundled.text, source)).then((created) => {
      if (!created) return;
      this.#changed(created, 'created');
      this.dispatchEvent(csEvent('cs-library-open', { id: created.id }));
    });
  }

  protected override render() {
    return html`<section class="panel" aria-labelledby="library-title">
      <h2 id="library-title">My scenarios</h2>
      ${storageNote(this.library)}
      <p class="alert" role="alert">${this.error}</p>
      ${deletedNotice(this.removed, {
        undo: () => this.#undo(),
        dismiss: () => (this.removed = null),
      })}
      ${this.#list()}
      ${newForm(this.bundledId, this.library !== null, {
        choose: (id) => (this.bundledId = id),
        create: () => this.#create(),
      })}
    </section>`;
  }

  #list() {
    const scenarios = this.scenarios;
    if (scenarios === null) return nothing;
    if (scenarios.length === 0) {
      return html`<p class="muted empty">
        None yet. Make one from a bundled scenario below; it is kept here as you edit it.
      </p>`;
    }
    const now = this.now();
    return html`<ul class="list" aria-label="My scenarios">
      ${scenarios.map((s) =>
        scenarioRow(
          s,
          {
            current: s.id === this.current,
            renaming: this.renaming?.id === s.id ? this.renaming.value : null,
            now,
            review: this.#reviews.flags(s, now),
          },
          this.#actions,
        ),
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-library-panel': CsLibraryPanel;
  }
}
