import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { decodeScenarioBytes } from '../../../../scenario/decode-text.ts';
import type {
  ExistingChoice,
  IcsCalendar,
  IcsPreview,
  TimedMeaning,
} from '../../../../scenario/ics/index.ts';
import type * as IcsReader from '../../../../scenario/ics/index.ts';
import { formatIcsProblem, type IcsProblem } from '../../../../scenario/ics/problem.ts';
import { LIMITS } from '../../../../scenario/limits.ts';
import { controlStyles, panelStyles } from '../../../shared.styles.ts';
import { fireEdits } from '../form-field.ts';
import { importBaseOf } from './import-base.ts';
import { importEdits, type ImportEdits } from './ics-edits.ts';
import { icsImportStyles } from './ics-import.styles.ts';
import { appliedMessage, previewPanel } from './ics-preview.ts';

/** The reader (ical.js, Temporal): loaded on the first import, not with the page. */
type IcsModule = typeof IcsReader;
let icsModule: Promise<IcsModule> | null = null;
const loadIcs = (): Promise<IcsModule> =>
  (icsModule ??= import('../../../../scenario/ics/index.ts'));

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'refused'; readonly fileName: string; readonly problems: readonly string[] }
  | {
      readonly kind: 'preview';
      readonly fileName: string;
      readonly file: IcsCalendar;
      readonly ics: IcsModule;
    }
  | { readonly kind: 'applied'; readonly message: string };

type PreviewOrReason =
  | ({ readonly ok: true; readonly preview: IcsPreview } & ImportEdits)
  | { readonly ok: false; readonly text: string };

const refusedBy = (fileName: string, p: IcsProblem): Phase => ({
  kind: 'refused',
  fileName,
  problems: [formatIcsProblem(p, fileName)],
});

/**
 * Import .ics… in the calendar section: pick (or drop) an iCalendar file of closures or special
 * hours, see the days it would change, then apply it to `calendar.exceptions` as one undoable
 * edit, or cancel. A file that cannot be read is refused with its line and a hint; nothing in
 * the scenario changes until Apply.
 *
 * @fires cs-doc-edit - the import, as one change of `calendar.exceptions`
 */
export class CsIcsImport extends LitElement {
  static override styles = [controlStyles, panelStyles, icsImportStyles];

  /** The whole scenario file as plain data (the editor's current text). */
  @property({ attribute: false }) data: unknown = null;

  @state() private phase: Phase = { kind: 'idle' };
  @state() private timed: TimedMeaning = 'closures';
  @state() private existing: ExistingChoice = 'keep';
  @state() private over = false;
  @query('input[type=file]') private input?: HTMLInputElement;
  @query('button.pick') private pickButton?: HTMLButtonElement;

  /** Reads a picked or dropped file: its bytes decoded (UTF-8, or UTF-16 by its mark), then checked. */
  async take(file: Blob & { readonly name: string }): Promise<void> {
    const fileName = file.name;
    if (file.size > LIMITS.textBytes) {
      this.phase = refusedBy(fileName, {
        line: null,
        message: `the file is ${(file.size / 1048576).toFixed(1)} MB; an iCalendar file to import may have at most 5 MB`,
        hint: 'export only the calendar of closures, or a shorter period',
      });
      return;
    }
    this.phase = { kind: 'reading', fileName };
    let bytes: Uint8Array;
    let ics: IcsModule;
    try {
      [bytes, ics] = await Promise.all([
        file.arrayBuffer().then((b) => new Uint8Array(b)),
        loadIcs(),
      ]);
    } catch (error) {
      this.phase = refusedBy(fileName, {
        line: null,
        message: `the file could not be read (${error instanceof Error ? error.message : String(error)})`,
        hint: 'pick the file again; if it is on a network drive, copy it to this computer first',
      });
      return;
    }
    const decoded = decodeScenarioBytes(bytes);
    if (!decoded.ok) {
      this.phase = refusedBy(fileName, decoded.error);
      return;
    }
    const read = ics.readIcs(decoded.text);
    if (!read.ok) {
      this.phase = refusedBy(fileName, read.problem);
      return;
    }
    this.timed = 'closures';
    this.existing = 'keep';
    this.phase = { kind: 'preview', fileName, file: read.value, ics };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#ics-preview-title')?.focus();
  }

  private async pick(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.take(file);
  }

  private async drop(e: DragEvent): Promise<void> {
    // The editor around reads dropped scenario files: this drop is a calendar, and ours.
    e.preventDefault();
    e.stopPropagation();
    this.over = false;
    const file = e.dataTransfer?.files[0];
    if (file) await this.take(file);
  }

  private memo: { key: readonly unknown[]; value: PreviewOrReason } | null = null;

  /** The preview for the file and the current choices (and the edits it makes), or why there is none. */
  private previewOf(fileName: string, file: IcsCalendar, ics: IcsModule): PreviewOrReason {
    const key = [file, this.data, this.timed, this.existing];
    if (this.memo !== null && this.memo.key.every((k, i) => k === key[i])) return this.memo.value;
    const base = importBaseOf(this.data);
    let value: PreviewOrReason;
    if (!base.ok) value = { ok: false, text: base.reason };
    else {
      const p = ics.previewIcsImport(file, {
        ...base.value,
        timed: this.timed,
        existing: this.existing,
      });
      value = p.ok
        ? { ok: true, preview: p.value, ...importEdits(this.data, p.value) }
        : { ok: false, text: formatIcsProblem(p.problem, fileName) };
    }
    this.memo = { key, value };
    return value;
  }

  private close(phase: Phase = { kind: 'idle' }): void {
    this.phase = phase;
    void this.updateComplete.then(() => this.pickButton?.focus());
  }

  private apply(fileName: string, p: PreviewOrReason & { ok: true }): void {
    fireEdits(this, p.edits, `Import ${fileName}`);
    this.close({
      kind: 'applied',
      message: appliedMessage(fileName, p.preview),
    });
  }

  private renderPhase(): TemplateResult | typeof nothing {
    const phase = this.phase;
    switch (phase.kind) {
      case 'idle':
        return nothing;
      case 'reading':
        return html`<p class="muted" role="status">Reading ${phase.fileName}…</p>`;
      case 'applied':
        return html`<p class="done" role="status">
          ${phase.message}
          <button type="button" class="small" @click=${() => this.close()}>Dismiss</button>
        </p>`;
      case 'refused':
        return html`<section class="problem" role="alert" data-testid="ics-errors">
          <strong>Could not import ${phase.fileName}; your scenario is unchanged.</strong>
          <ul>
            ${phase.problems.map((p) => html`<li>${p}</li>`)}
          </ul>
          <button type="button" @click=${() => this.close()}>Dismiss</button>
        </section>`;
      case 'preview': {
        const p = this.previewOf(phase.fileName, phase.file, phase.ics);
        if (!p.ok)
          return html`<section class="problem" role="alert" data-testid="ics-errors">
            <strong>Cannot import ${phase.fileName} into this scenario; it is unchanged.</strong>
            <p>${p.text}</p>
            <button type="button" @click=${() => this.close()}>Cancel</button>
          </section>`;
        return previewPanel(
          {
            fileName: phase.fileName,
            preview: p.preview,
            timed: this.timed,
            existing: this.existing,
            wholeList: p.wholeList,
          },
          {
            timed: (v) => (this.timed = v),
            existing: (v) => (this.existing = v),
            apply: () => this.apply(phase.fileName, p),
            cancel: () => this.close(),
          },
        );
      }
    }
  }

  protected override render(): TemplateResult {
    return html`<div
      class="ics ${this.over ? 'over' : ''}"
      @dragover=${(e: DragEvent) => {
        e.preventDefault();
        e.stopPropagation();
        this.over = true;
      }}
      @dragleave=${() => (this.over = false)}
      @drop=${(e: DragEvent) => void this.drop(e)}
    >
      <div class="bar">
        <button
          type="button"
          class="pick"
          aria-describedby="ics-help"
          @click=${() => this.input?.click()}
        >
          Import .ics…
        </button>
        <input
          type="file"
          accept=".ics,text/calendar"
          hidden
          @change=${(e: Event) => void this.pick(e)}
        />
        <span id="ics-help" class="muted"
          >Closures or special hours from a calendar program (iCalendar), or drop an .ics file here.
          You see the days it changes before anything is written.</span
        >
      </div>
      ${this.renderPhase()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-ics-import': CsIcsImport;
  }
}
