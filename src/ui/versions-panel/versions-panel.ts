import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { csEvent, type LibraryChange } from '../events.ts';
import { Coalesced } from '../library-panel/coalesced.ts';
import { exactTime } from '../library-panel/when.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import type { SavePoint, ScenarioLibrary, StoredScenario } from '../storage/index.ts';
import { createComparer } from './compare.ts';
import { comparisonView, type Sides } from './comparison-view.ts';
import { exerciseSection, versionAt } from './exercise-section.ts';
import { versionLabel, versionRow, type Against, type RowActions } from './version-row.ts';
import { versionsPanelStyles } from './versions-panel.styles.ts';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The save points of the open library scenario, newest first: save one with a note, compare any
 * with now or with the one before it (the scenario's changes in words), restore one after an
 * inline confirmation; mark the scenario as exercised and see what changed since.
 *
 * Saving a version, restoring and marking an exercise first have the editor store `text`
 * (`persist`), so what is kept is what the planner sees even while an autosave is waiting; when
 * that cannot be done (another tab saved meanwhile, storage full) nothing is done and the panel
 * says why.
 *
 * @fires cs-version-restored - a save point was restored: load its text into the editor
 * @fires cs-library-change - a version was saved or an exercise marked
 */
export class CsVersionsPanel extends LitElement {
  static override styles = [controlStyles, panelStyles, versionsPanelStyles];

  @property({ attribute: false }) library: ScenarioLibrary | null = null;
  /** The library id of the open scenario; '' when none of the planner's own is open. */
  @property() scenarioId = '';
  /** The scenario's text as it is now in the editor. */
  @property({ attribute: false }) text = '';
  /** Stores the editor's text now (with its revision); rejects with why it could not. */
  @property({ attribute: false }) persist: () => Promise<void> = () => Promise.resolve();
  /** Bumped by the parent after saves, so the versions are read again. */
  @property({ type: Number }) revision = 0;

  @state() private versions: SavePoint[] = [];
  @state() private stored: StoredScenario | null = null;
  @state() private error = '';
  @state() private status = '';
  @state() private note = '';
  @state() private exerciseNote = '';
  @state() private comparing: { id: string; against: Against } | null = null;
  @state() private confirming = '';
  readonly #compare = createComparer();
  readonly #loader = new Coalesced(() => this.#load());

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scenarioId')) {
      this.comparing = null;
      this.confirming = '';
      this.status = '';
      this.error = '';
    }
    if (changed.has('library') || changed.has('scenarioId') || changed.has('revision'))
      void this.#loader.request();
  }

  async #load(): Promise<void> {
    const [library, id] = [this.library, this.scenarioId];
    try {
      const [versions, stored] =
        library && id ? await Promise.all([library.versions(id), library.get(id)]) : [[], null];
      if (library !== this.library || id !== this.scenarioId) return;
      this.versions = versions;
      this.stored = stored ?? null;
    } catch (e) {
      this.error = message(e);
    }
  }

  /** Stores the editor's text, then runs one library call; its error goes to the alert, never thrown. */
  async #attempt<T>(work: (library: ScenarioLibrary, id: string) => Promise<T>) {
    const [library, id] = [this.library, this.scenarioId];
    if (!library || !id) return undefined;
    this.error = '';
    this.status = '';
    try {
      await this.persist();
      return await work(library, id);
    } catch (e) {
      this.error = message(e);
      return undefined;
    } finally {
      await this.#loader.request();
    }
  }

  #changed(s: StoredScenario | null, change: LibraryChange): void {
    if (s) this.dispatchEvent(csEvent('cs-library-change', { id: s.id, name: s.name, change }));
  }

  async #saveVersion(): Promise<void> {
    const newest = this.versions[0];
    const saved = await this.#attempt((l, id) => l.saveVersion(id, this.note));
    if (!saved) return;
    this.note = '';
    this.status =
      saved.id === newest?.id
        ? `Nothing changed since version #${saved.number}, so no new version was made.`
        : `Saved version #${saved.number}.`;
    this.#changed(this.stored, 'versioned');
  }

  async #markExercised(): Promise<void> {
    const note = this.exerciseNote.trim();
    const marked = await this.#attempt(async (l, id) => {
      await l.saveVersion(id, note ? `exercised: ${note}` : 'exercised');
      return l.markExercised(id, note);
    });
    if (!marked) return;
    this.exerciseNote = '';
    this.status = 'Marked as exercised; the text at the exercise is kept as a version.';
    this.#changed(marked, 'exercised');
  }

  readonly #rowActions: RowActions = {
    compare: (id, against) => {
      const open = this.comparing?.id === id && this.comparing.against === against;
      this.comparing = open ? null : { id, against };
    },
    askRestore: (id) => (this.confirming = id),
    cancelRestore: () => (this.confirming = ''),
    restore: (versionId) => {
      const version = this.versions.find((v) => v.id === versionId);
      this.confirming = '';
      void this.#attempt((l) => l.restoreVersion(versionId)).then((restored) => {
        if (!restored || !version) return;
        this.comparing = null;
        this.status = `Restored ${versionLabel(version)}; the text before it is kept as a version.`;
        this.dispatchEvent(csEvent('cs-version-restored', { text: restored.text }));
      });
    },
  };

  #comparison(v: SavePoint, against: Against, previous: SavePoint | undefined) {
    const [before, after] = against === 'now' ? [v, null] : [previous, v];
    if (!before) return nothing;
    const sides: Sides = {
      before: versionLabel(before),
      after: after ? versionLabel(after) : 'now',
    };
    const label = `Changes from ${sides.before} to ${sides.after}`;
    return comparisonView(this.#compare(before.text, after?.text ?? this.text), sides, label);
  }

  protected override render() {
    return html`<section class="panel" aria-labelledby="versions-title">
      <h2 id="versions-title">Versions</h2>
      <p class="alert" role="alert">${this.error}</p>
      ${
        this.scenarioId
          ? this.#body()
          : html`<p class="muted">
              Versions are kept for your own scenarios: edit a copy of this one to save versions.
            </p>`
      }
    </section>`;
  }

  #body() {
    return html`<form
        class="row"
        @submit=${(e: Event) => {
          e.preventDefault();
          void this.#saveVersion();
        }}
      >
        <label
          >Note
          <input
            placeholder="after the March exercise"
            .value=${this.note}
            @input=${(e: Event) => (this.note = (e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="primary" ?disabled=${!this.library}>Save version</button>
      </form>
      <p class="status" role="status">${this.status}</p>
      ${this.#list()} ${this.#exercise()}`;
  }

  #list() {
    const versions = this.versions;
    if (versions.length === 0) return html`<p class="muted">No versions saved yet.</p>`;
    return html`<ol class="versions" aria-label="Saved versions, newest first">
      ${versions.map((v, i) => {
        const previous = versions[i + 1];
        const against = this.comparing?.id === v.id ? this.comparing.against : null;
        return versionRow(
          v,
          {
            previous,
            isNow: v.text === this.text,
            comparing: against,
            confirming: this.confirming === v.id,
            comparison: against ? this.#comparison(v, against, previous) : nothing,
          },
          this.#rowActions,
        );
      })}
    </ol>`;
  }

  #exercise() {
    const exercised = this.stored?.lastExercised ?? null;
    const base = exercised ? versionAt(this.versions, exercised.at) : undefined;
    const since = base
      ? comparisonView(
          this.#compare(base.text, this.text),
          { before: versionLabel(base), after: 'now' },
          `Changes since the exercise of ${exactTime(exercised?.at ?? base.at)}`,
        )
      : null;
    return exerciseSection(
      { exercised, note: this.exerciseNote, enabled: this.library !== null, since },
      {
        noteInput: (value) => (this.exerciseNote = value),
        mark: () => void this.#markExercised(),
      },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-versions-panel': CsVersionsPanel;
  }
}
