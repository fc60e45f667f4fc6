import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  EXPORTED_SCHEMA_URL,
  readAt,
  toJsonText,
  withSchemaComment,
} from '../../scenario/document/index.ts';
import { scenarioJsonSchemaText } from '../../scenario/schema.ts';
import type { ScenarioIssue } from '../../scenario/issues.ts';
import { download } from '../app/download.ts';
import type { DocEditDetail } from './doc-edit.ts';
import type { EditorSession } from './editor-session.ts';
import { editorStyles } from './editor-view.styles.ts';
import { importFile, importPasted, type Imported } from './import-file.ts';
import { saverNotes } from './saver-notes.ts';
import { createComparer } from '../versions-panel/compare.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import type { CsYamlEditor } from '../yaml-editor/yaml-editor.ts';
import '../yaml-editor/define.ts';
import './calendar-section/define.ts';
import './services-section/define.ts';
import './components-section/define.ts';
import './plans-section/define.ts';
import './teams-section/define.ts';
import './injects-section/define.ts';
import '../library-panel/define.ts';
import '../versions-panel/define.ts';

type Section = 'calendar' | 'services' | 'components' | 'teams' | 'plans' | 'injects';
const SECTIONS: readonly [Section, string][] = [
  ['calendar', 'Scenario & hours'],
  ['services', 'Services'],
  ['components', 'Components'],
  ['teams', 'Teams'],
  ['plans', 'Recovery plans'],
  ['injects', 'Injects'],
];

/**
 * The scenario editor: a form for every part of the scenario and the raw YAML side by side,
 * both editing the same text. Validation is live; an invalid edit is shown at its line and
 * never replaces the last valid scenario (which the timeline keeps showing). Undo and redo
 * cover every edit; everything is saved in this browser as you go; import by picking,
 * dropping or pasting a file; export as YAML or JSON.
 *
 * @fires cs-library-open - (from the library panel) another stored scenario should be opened
 */
export class CsEditorView extends LitElement {
  static override styles = [controlStyles, panelStyles, editorStyles];

  @property({ attribute: false }) session: EditorSession | null = null;
  @property({ type: Number }) revision = 0;

  @state() private section: Section = 'plans';
  @state() private importErrors: { fileName: string; errors: readonly string[] } | null = null;
  @state() private importNotes: readonly string[] = [];
  @state() private pasting = false;
  /** The file being read (in a worker), or null. */
  @state() private importing: string | null = null;
  @state() private dragging = false;
  @state() private resolving = false;
  @query('cs-yaml-editor') private yaml?: CsYamlEditor;
  private readonly compare = createComparer();

  private async resolve(choice: 'keepMine' | 'takeTheirs'): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.resolving = true;
    try {
      await session[choice]();
    } finally {
      this.resolving = false;
    }
  }

  private onDocEdit = (e: CustomEvent<DocEditDetail>): void => {
    e.stopPropagation();
    this.session?.edit(e.detail.edits, e.detail.label);
  };

  /** Reads a picked, dropped or pasted file in a worker, then takes it in (or shows why not). */
  private async bring(fileName: string, read: () => Promise<Imported>): Promise<void> {
    const session = this.session;
    if (!session?.doc) return;
    this.importing = fileName;
    let r: Imported;
    try {
      r = await read();
    } catch (error) {
      r = {
        ok: false,
        fileName,
        errors: [
          `${fileName}: could not be read (${error instanceof Error ? error.message : String(error)})`,
        ],
      };
    } finally {
      this.importing = null;
    }
    if (!r.ok) {
      // A bad file never replaces what the planner has: show why, keep the current text.
      this.importErrors = { fileName: r.fileName, errors: r.errors };
      this.importNotes = [];
      return;
    }
    if (this.session !== session || !session.doc) return; // another scenario was opened meanwhile
    this.importErrors = null;
    this.importNotes = r.notes;
    session.replace(r.text, `Import ${fileName}`, r.parsed);
    this.yaml?.clearHistory();
  }

  private async pick(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.bring(file.name, () => importFile(file));
  }

  private async drop(event: DragEvent): Promise<void> {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file && /\.(ics|ical|icalendar)$/i.test(file.name)) {
      // A calendar, not a scenario: its import (with a preview) is in Scenario & hours.
      this.section = 'calendar';
      this.importNotes = [];
      this.importErrors = {
        fileName: file.name,
        errors: [
          `${file.name} is an iCalendar file, not a scenario: use Import .ics… under Exceptions (or drop the file there) to preview the days it changes.`,
        ],
      };
      return;
    }
    if (file) await this.bring(file.name, () => importFile(file));
  }

  private export(kind: 'yaml' | 'json'): void {
    const doc = this.session?.doc;
    if (!doc) return;
    const base = doc.name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'scenario';
    if (kind === 'yaml')
      download(
        `${base}.yaml`,
        withSchemaComment(doc.state.text, EXPORTED_SCHEMA_URL),
        'application/yaml',
      );
    else
      download(`${base}.json`, toJsonText(doc.state.text, EXPORTED_SCHEMA_URL), 'application/json');
  }

  /** The JSON Schema that exported files point to, to save next to them. */
  private exportSchema(): void {
    download('scenario.schema.json', scenarioJsonSchemaText(), 'application/schema+json');
  }

  private renderStatus(errors: readonly ScenarioIssue[]): TemplateResult {
    const session = this.session!;
    const s = session.saveStatus;
    const saved = session.conflict
      ? html`<span class="status error" data-testid="save-status"
          >Not saved: another tab saved this scenario; choose below which text to keep</span
        >`
      : typeof s === 'object'
        ? html`<span class="status error" role="alert" data-testid="save-status"
            >Not saved: ${s.error.message}</span
          >`
        : html`<span class="status" data-testid="save-status"
            >${
              s === 'saved'
                ? session.library?.persistent === false
                  ? 'Kept until this tab closes (this browser does not store data here)'
                  : 'All changes saved in this browser'
                : s === 'saving'
                  ? 'Saving…'
                  : 'Unsaved changes'
            }</span
          >`;
    return html`${saved}
    ${
      errors.length
        ? html`<span class="status error"
            >${errors.length} error${errors.length === 1 ? '' : 's'}</span
          >`
        : nothing
    }`;
  }

  /** What the saver has to say: a conflict with another tab, no safety copy, texts recovered. */
  private renderSaving(): TemplateResult {
    const session = this.session!;
    const conflict = session.conflict;
    const text = session.doc?.state.text;
    return saverNotes(
      {
        conflict,
        comparison:
          conflict && text !== undefined ? this.compare(text, conflict.theirs.text) : null,
        busy: this.resolving,
        journalProblem: session.journalProblem,
        notice: session.notice,
      },
      {
        keepMine: () => void this.resolve('keepMine'),
        takeTheirs: () => void this.resolve('takeTheirs'),
        dismissNotice: () => session.dismissNotice(),
      },
    );
  }

  private renderIssues(errors: readonly ScenarioIssue[]): TemplateResult {
    if (!errors.length)
      return html`<p class="valid" role="status" data-testid="editor-valid">
        Valid: the timeline, metrics and analyses follow your edits.
      </p>`;
    return html`<section class="problem" role="alert" data-testid="editor-errors">
      <strong>This version has errors, so the app keeps using the last valid one.</strong>
      <ul class="errors">
        ${errors.map(
          (e) =>
            html`<li>
              <button
                type="button"
                @click=${() => e.line !== null && this.yaml?.revealLine(e.line)}
              >
                ${e.line === null ? '' : `line ${e.line}: `}${e.path}
              </button>
              — ${e.message}. ${e.hint}
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderSection(data: unknown, issues: readonly ScenarioIssue[]): TemplateResult {
    const session = this.session!;
    const scenario = session.doc?.state.valid?.scenario ?? null;
    switch (this.section) {
      case 'calendar':
        return html`<cs-calendar-section
          .data=${data}
          .scenario=${scenario}
          .issues=${issues}
        ></cs-calendar-section>`;
      case 'services':
        return html`<cs-services-section
          .data=${data}
          .scenario=${scenario}
          .issues=${issues}
        ></cs-services-section>`;
      case 'components':
        return html`<cs-components-section
          .data=${data}
          .scenario=${scenario}
          .issues=${issues}
        ></cs-components-section>`;
      case 'teams':
        return html`<cs-teams-section .data=${data} .issues=${issues}></cs-teams-section>`;
      case 'plans':
        return html`<cs-plans-section
          .data=${data}
          .scenario=${scenario}
          .issues=${issues}
        ></cs-plans-section>`;
      case 'injects':
        return html`<cs-injects-section
          .data=${data}
          .scenario=${scenario}
          .issues=${issues}
        ></cs-injects-section>`;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const session = this.session;
    const doc = session?.doc;
    if (!session || !doc) return nothing;
    const state = doc.state;
    const issues = this.issuesOf(state);
    const lastUndo = state.undo[state.undo.length - 1];
    const lastRedo = state.redo[state.redo.length - 1];
    return html`<section
      class="panel ${this.dragging ? 'drop' : ''}"
      aria-label="Scenario editor"
      @cs-doc-edit=${this.onDocEdit}
      @dragover=${(e: DragEvent) => {
        e.preventDefault();
        this.dragging = true;
      }}
      @dragleave=${() => (this.dragging = false)}
      @drop=${(e: DragEvent) => void this.drop(e)}
    >
      <div class="toolbar">
        <h2>Editing <span data-testid="editor-name">${doc.name}</span></h2>
        ${this.renderStatus(state.errors)}
        <button
          type="button"
          ?disabled=${!lastUndo}
          title=${lastUndo ? `Undo: ${lastUndo.label} (Ctrl+Z)` : 'Nothing to undo'}
          @click=${() => session.undo()}
        >
          Undo${lastUndo ? html`: <span class="label">${lastUndo.label}</span>` : nothing}
        </button>
        <button
          type="button"
          ?disabled=${!lastRedo}
          title=${lastRedo ? `Redo: ${lastRedo.label} (Ctrl+Shift+Z)` : 'Nothing to redo'}
          @click=${() => session.redo()}
        >
          Redo
        </button>
        <label
          >Import
          <input type="file" accept=".yaml,.yml,.json" @change=${(e: Event) => void this.pick(e)}
        /></label>
        <button
          type="button"
          @click=${() => (this.pasting = !this.pasting)}
          aria-expanded=${this.pasting ? 'true' : 'false'}
        >
          Paste…
        </button>
        <button type="button" @click=${() => this.export('yaml')}>Export YAML</button>
        <button type="button" @click=${() => this.export('json')}>Export JSON</button>
        <button type="button" aria-describedby="schema-note" @click=${() => this.exportSchema()}>
          Download the schema
        </button>
        <span id="schema-note" class="muted"
          >Exported files point editors to <code>./scenario.schema.json</code>: keep the schema next
          to them for completion and checks.</span
        >
      </div>
      ${
        this.pasting
          ? html`<form
              @submit=${(e: Event) => {
                e.preventDefault();
                const text = (this.renderRoot.querySelector('textarea') as HTMLTextAreaElement)
                  .value;
                this.pasting = false;
                void this.bring('pasted text', () => importPasted('pasted text', text));
              }}
            >
              <label for="paste"
                >Paste a scenario (YAML or JSON); it replaces the current text (undo brings it
                back)</label
              >
              <textarea id="paste" rows="8"></textarea>
              <button class="primary" type="submit">Use this text</button>
            </form>`
          : nothing
      }
      ${
        this.importing !== null
          ? html`<p class="status" role="status" data-testid="import-reading">
              Reading ${this.importing}…
            </p>`
          : nothing
      }
      ${
        this.importErrors
          ? html`<section class="problem" role="alert" data-testid="import-errors">
              <strong
                >Could not import ${this.importErrors.fileName}; your scenario is unchanged.</strong
              >
              <ul class="errors">
                ${this.importErrors.errors.map((line) => html`<li><pre>${line}</pre></li>`)}
              </ul>
              <button type="button" @click=${() => (this.importErrors = null)}>Dismiss</button>
            </section>`
          : nothing
      }
      ${
        this.importNotes.length
          ? html`<section class="valid" role="status">
              <ul>
                ${this.importNotes.map((n) => html`<li>${n}</li>`)}
              </ul>
              <button type="button" @click=${() => (this.importNotes = [])}>Dismiss</button>
            </section>`
          : nothing
      }
      ${this.renderSaving()}
      ${
        session.libraryError
          ? html`<p class="problem" role="alert">${session.libraryError}</p>`
          : nothing
      }
      ${this.renderIssues(state.errors)}
      <div class="columns">
        <div class="form">
          <nav class="sections" aria-label="Scenario parts">
            ${SECTIONS.map(
              ([id, label]) =>
                html`<button
                  type="button"
                  aria-pressed=${this.section === id ? 'true' : 'false'}
                  @click=${() => (this.section = id)}
                >
                  ${label}
                </button>`,
            )}
          </nav>
          ${this.renderSection(this.data(state.text), issues)}
        </div>
        <div class="yaml">
          <cs-yaml-editor
            .text=${state.text}
            .issues=${issues}
            @cs-text-change=${(e: CustomEvent<{ text: string }>) => session.type(e.detail.text)}
          ></cs-yaml-editor>
        </div>
      </div>
      <div class="aside">
        <cs-versions-panel
          .library=${session.library}
          .scenarioId=${doc.id}
          .text=${state.text}
          .persist=${() => session.persist()}
          .revision=${session.stored}
          @cs-version-restored=${(e: CustomEvent<{ text: string }>) => session.replace(e.detail.text, 'Restore a version')}
        ></cs-versions-panel>
        <cs-library-panel
          .library=${session.library}
          .current=${doc.id}
          .revision=${session.stored}
        ></cs-library-panel>
      </div>
    </section>`;
  }

  /**
   * The errors and warnings, one array per editor state: the form sections update only when the
   * file changes, not whenever the app re-renders (a run finishing, "Saving…"), which would
   * reset an input the person is typing in to the file's value.
   */
  private issuesCache: { state: object; issues: readonly ScenarioIssue[] } | null = null;
  private issuesOf(state: {
    errors: readonly ScenarioIssue[];
    warnings: readonly ScenarioIssue[];
  }): readonly ScenarioIssue[] {
    if (this.issuesCache?.state !== state)
      this.issuesCache = { state, issues: [...state.errors, ...state.warnings] };
    return this.issuesCache.issues;
  }

  /** The file's data, parsed once per text. */
  private dataCache: { text: string; data: unknown } | null = null;
  private data(text: string): unknown {
    if (this.dataCache?.text !== text) this.dataCache = { text, data: readData(text) };
    return this.dataCache.data;
  }
}

function readData(text: string): unknown {
  try {
    return readAt(text, []);
  } catch {
    return null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-editor-view': CsEditorView;
  }
}
