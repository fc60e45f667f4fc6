import { setDiagnostics } from '@codemirror/lint';
import { Annotation, Compartment, EditorState, Transaction } from '@codemirror/state';
import { EditorView, type ViewUpdate } from '@codemirror/view';
import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ScenarioIssue } from '../../scenario/index.ts';
import { csEvent } from '../events.ts';
import { issueDiagnostics } from './diagnostics.ts';
import { minimalChange } from './minimal-change.ts';
import { yamlEditorSetup } from './setup.ts';
import { yamlEditorStyles } from './yaml-editor.styles.ts';

/** Marks the transactions that carry a `text` property update (not the person's edits). */
const fromProperty = Annotation.define<boolean>();

/** CodeMirror keeps `\n` line breaks; compare and replace in that form. */
const normaliseBreaks = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * A YAML editor for a scenario file (CodeMirror 6): highlighting, line numbers, bracket
 * matching, folding, undo (Ctrl-Z), search (Ctrl-F) and the scenario's issues as inline
 * diagnostics with gutter markers (F8 goes to the next one, Ctrl-Shift-M lists them).
 * Escape then Tab moves the focus out of the editor.
 *
 * @fires cs-text-change - the person edited the text: `{ text }` on every change, not debounced
 */
export class CsYamlEditor extends LitElement {
  static override styles = yamlEditorStyles;

  /**
   * The YAML. Setting a text that differs from the editor's replaces only the part that
   * differs, so the cursor, scroll and undo history survive; such updates are not undoable
   * and fire no `cs-text-change`. Line breaks become `\n`. The element keeps this property in
   * step with the person's edits (like an input's value).
   */
  @property({ attribute: false }) text = '';
  /**
   * The issues of the last parse, shown at their line and column (the whole line without a
   * column; issues about the whole file at the start). Errors red, warnings amber.
   */
  @property({ attribute: false }) issues: readonly ScenarioIssue[] = [];
  /** The text can be read, selected and searched but not changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  private view: EditorView | null = null;
  /** The editor's state while the element is out of the document. */
  private saved: EditorState | null = null;
  private readonly readOnlyConfig = new Compartment();
  private pendingLine: number | null = null;

  /** Scrolls a 1-based line (clamped) to the middle, selects it and focuses the editor. */
  revealLine(line: number): void {
    const view = this.view;
    if (view === null) {
      this.pendingLine = line;
      return;
    }
    const doc = view.state.doc;
    const target = doc.line(Math.min(Math.max(1, Math.trunc(line) || 1), doc.lines));
    view.dispatch({
      selection: { anchor: target.from, head: target.to },
      effects: EditorView.scrollIntoView(target.from, { y: 'center' }),
    });
    view.focus();
  }

  /** Forgets the undo history, e.g. after another scenario was loaded into the editor. */
  clearHistory(): void {
    const view = this.view;
    if (view === null) {
      this.saved = null;
      return;
    }
    view.setState(this.createState(view.state.doc.toString(), view.state.selection.main.head));
    this.showIssues();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && this.view === null) this.mount();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.view === null) return;
    this.saved = this.view.state;
    this.view.destroy();
    this.view = null;
  }

  protected override render() {
    return html`<div class="editor"></div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.view === null) {
      if (this.isConnected) this.mount();
      return;
    }
    if (changed.has('text')) this.showText();
    if (changed.has('readonly')) this.showReadonly();
    // Issues of an older text stay where the edits since have moved them, until new ones come.
    if (changed.has('issues')) this.showIssues();
  }

  private mount(): void {
    const parent = this.renderRoot.querySelector<HTMLElement>('.editor');
    if (parent === null) return;
    const state = this.saved ?? this.createState(normaliseBreaks(this.text), 0);
    this.saved = null;
    this.view = new EditorView({ state, parent });
    this.showText();
    this.showReadonly();
    this.showIssues();
    if (this.pendingLine !== null) {
      const line = this.pendingLine;
      this.pendingLine = null;
      this.revealLine(line);
    }
  }

  private createState(doc: string, cursor: number): EditorState {
    return EditorState.create({
      doc,
      selection: { anchor: Math.min(cursor, doc.length) },
      extensions: [
        yamlEditorSetup,
        this.readOnlyConfig.of(EditorState.readOnly.of(this.readonly)),
        // tabindex: axe counts the text (which scrolls) as reachable by keyboard only with one
        EditorView.contentAttributes.of({ 'aria-label': 'Scenario YAML', tabindex: '0' }),
        EditorView.updateListener.of((update) => this.onUpdate(update)),
      ],
    });
  }

  private onUpdate(update: ViewUpdate): void {
    if (!update.docChanged) return;
    if (update.transactions.every((tr) => !tr.docChanged || tr.annotation(fromProperty))) return;
    const text = update.state.doc.toString();
    this.text = text;
    this.dispatchEvent(csEvent('cs-text-change', { text }));
  }

  private showText(): void {
    const view = this.view;
    if (view === null) return;
    const change = minimalChange(view.state.doc.toString(), normaliseBreaks(this.text));
    if (change === null) return;
    view.dispatch({
      changes: change,
      annotations: [fromProperty.of(true), Transaction.addToHistory.of(false)],
    });
  }

  private showReadonly(): void {
    this.view?.dispatch({
      effects: this.readOnlyConfig.reconfigure(EditorState.readOnly.of(this.readonly)),
    });
  }

  private showIssues(): void {
    const view = this.view;
    if (view === null) return;
    view.dispatch(setDiagnostics(view.state, issueDiagnostics(view.state.doc, this.issues)));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-yaml-editor': CsYamlEditor;
  }
}
