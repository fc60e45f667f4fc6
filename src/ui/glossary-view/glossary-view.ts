import { LitElement, css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { GLOSSARY, type GlossaryKey } from '../glossary.ts';
import { controlStyles } from '../shared.styles.ts';

interface Entry {
  readonly key: GlossaryKey;
  readonly term: string;
  readonly text: string;
}

/** Every glossary entry, alphabetically by the name shown. */
export const GLOSSARY_ENTRIES: readonly Entry[] = (Object.keys(GLOSSARY) as GlossaryKey[])
  .map((key) => ({ key, ...GLOSSARY[key] }))
  .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));

/** The element id of a term's entry: `glossary-recovery-window`. */
export const glossaryId = (key: GlossaryKey): string =>
  `glossary-${key.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

const matches = (entry: Entry, query: string): boolean =>
  [entry.key, entry.term, entry.text].some((s) => s.toLowerCase().includes(query));

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The glossary: every continuity term the UI uses, with its explanation, in a modal dialog with
 * a filter. `open(key)` opens it at one term. Escape or Close closes it and gives the focus back.
 */
export class CsGlossary extends LitElement {
  static override styles = [
    controlStyles,
    css`
      dialog {
        box-sizing: border-box;
        width: min(40rem, calc(100vw - 2rem));
        max-height: calc(100vh - 4rem);
        padding: 0;
        border: 1px solid var(--cs-border, #ccc);
        border-radius: 10px;
        background: var(--cs-surface, #fff);
        color: var(--cs-text, #111);
        box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.35);
      }
      .body {
        display: flex;
        flex-direction: column;
        max-height: calc(100vh - 4rem);
      }
      .head {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        padding: 0.9rem 1rem 0.6rem;
        border-bottom: 1px solid var(--cs-border, #ccc);
        flex-wrap: wrap;
      }
      h2 {
        margin: 0;
        font-size: 1.1rem;
        flex: 1;
      }
      .count {
        margin: 0;
        padding: 0.4rem 1rem 0;
        font-size: 0.8rem;
        color: var(--cs-muted, #555);
      }
      .terms {
        overflow-y: auto;
      }
      .terms:focus-visible {
        outline: 2px solid var(--cs-accent, #0072b2);
        outline-offset: -2px;
      }
      dl {
        margin: 0;
        padding: 0.25rem 1rem 1rem;
      }
      .entry {
        padding: 0.5rem 0.6rem;
        border-radius: 6px;
        scroll-margin: 0.5rem;
      }
      .entry:focus {
        outline: none;
      }
      .entry[aria-current='true'] {
        background: color-mix(in srgb, var(--cs-accent, #0072b2) 12%, var(--cs-surface, #fff));
        box-shadow: inset 3px 0 0 var(--cs-accent, #0072b2);
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0.15rem 0 0;
        line-height: 1.45;
        font-size: 0.92rem;
      }
    `,
  ];

  @state() private filter = '';
  @state() private current: GlossaryKey | null = null;
  private returnFocus: HTMLElement | null = null;

  private get dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /** Opens the glossary; with a key, scrolled to that term and marked. */
  async open(key?: GlossaryKey): Promise<void> {
    this.current = key ?? null;
    if (key) this.filter = '';
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog) return;
    if (!dialog.open) {
      this.returnFocus = deepActiveElement();
      dialog.showModal();
    }
    const entry = key ? this.renderRoot.querySelector<HTMLElement>(`#${glossaryId(key)}`) : null;
    if (entry) {
      entry.focus({ preventScroll: true });
      entry.scrollIntoView?.({ block: 'center' });
    } else this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  /** Closes the glossary and gives the focus back to what had it. */
  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  private onClose(): void {
    this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  protected override render() {
    const query = this.filter.trim().toLowerCase();
    const shown = GLOSSARY_ENTRIES.filter((e) => query === '' || matches(e, query));
    return html`<dialog
      aria-labelledby="glossary-title"
      @close=${() => this.onClose()}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        this.close();
      }}
      @click=${(e: MouseEvent) => {
        // A click on the backdrop lands on the dialog itself, outside its body.
        if (e.target === this.dialog) this.close();
      }}
    >
      <div class="body">
        <div class="head">
          <h2 id="glossary-title">Glossary</h2>
          <label
            >Filter terms
            <input
              type="search"
              .value=${this.filter}
              @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)}
          /></label>
          <button type="button" @click=${() => this.close()}>Close</button>
        </div>
        <p class="count" role="status">
          ${
            shown.length === GLOSSARY_ENTRIES.length
              ? `${shown.length} terms`
              : shown.length === 0
                ? `No term matches “${this.filter.trim()}”`
                : `${shown.length} of ${GLOSSARY_ENTRIES.length} terms`
          }
        </p>
        <!-- the list scrolls: a keyboard reaches it (Tab) and scrolls it with the arrows -->
        <section class="terms" tabindex="0" aria-label="Glossary terms">
          <dl>
            ${shown.map(
              (e) =>
                html`<div
                  class="entry"
                  id=${glossaryId(e.key)}
                  tabindex=${e.key === this.current ? '-1' : nothing}
                  aria-current=${e.key === this.current ? 'true' : nothing}
                >
                  <dt>${e.term}</dt>
                  <dd>${e.text}</dd>
                </div>`,
            )}
          </dl>
        </section>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-glossary': CsGlossary;
  }
}
