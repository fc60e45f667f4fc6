import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { csEvent } from '../events.ts';
import { GLOSSARY, type GlossaryKey } from '../glossary.ts';

let counter = 0;

/**
 * A continuity term with a short explanation in a popover, opened by click, Enter or Space,
 * closed by Escape or a click elsewhere. The popover links to the full glossary.
 *
 * @slot - the term as shown (defaults to the glossary's name)
 * @fires cs-glossary-open - "More in the glossary" was chosen: open the glossary at `key`
 */
export class CsTerm extends LitElement {
  static override styles = css`
    :host {
      position: relative;
      display: inline;
    }
    button {
      font: inherit;
      color: inherit;
      background: none;
      border: 0;
      padding: 0;
      cursor: help;
      text-decoration: underline dotted;
      text-underline-offset: 3px;
    }
    button:focus-visible {
      outline: 2px solid var(--cs-accent, #0072b2);
      outline-offset: 2px;
    }
    .popover {
      position: absolute;
      z-index: 20;
      left: 0;
      top: 1.6em;
      width: min(22rem, 80vw);
      padding: 0.6rem 0.75rem;
      border: 1px solid var(--cs-border, #ccc);
      border-radius: 6px;
      background: var(--cs-surface, #fff);
      color: var(--cs-text, #111);
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
      font-size: 0.85rem;
      font-weight: normal;
      line-height: 1.4;
      text-align: left;
      white-space: normal;
    }
    :host([align='end']) .popover {
      left: auto;
      right: 0;
    }
    .popover[hidden] {
      display: none;
    }
    strong {
      display: block;
      margin-bottom: 0.2rem;
    }
    button.more {
      display: block;
      margin-top: 0.4rem;
      color: var(--cs-accent, #0072b2);
      cursor: pointer;
      text-decoration: underline;
    }
  `;

  /** Which glossary entry to explain. */
  @property() key: GlossaryKey = 'rto';
  /** Which edge of the term the explanation lines up with (use `end` near the right of the page). */
  @property({ reflect: true }) align: 'start' | 'end' = 'start';
  @state() private open = false;
  private readonly tipId = `cs-term-${++counter}`;

  private readonly closeOnOutside = (event: Event): void => {
    if (!event.composedPath().includes(this)) this.open = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.closeOnOutside);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('click', this.closeOnOutside);
    super.disconnectedCallback();
  }

  private openGlossary(): void {
    this.open = false;
    this.dispatchEvent(csEvent('cs-glossary-open', { key: this.key }));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    // Closing the popover is all this Escape does (not closing a tour or dialog around it).
    event.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button.term')?.focus();
  }

  protected override render() {
    const entry = GLOSSARY[this.key];
    return html`<span @keydown=${(e: KeyboardEvent) => this.onKeydown(e)}
      ><button
        class="term"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-describedby=${this.tipId}
        @click=${() => (this.open = !this.open)}
      >
        <slot>${entry.term}</slot></button
      ><span class="popover" ?hidden=${!this.open}
        ><span id=${this.tipId} role="tooltip"><strong>${entry.term}</strong>${entry.text}</span
        ><button class="more" type="button" @click=${() => this.openGlossary()}>
          More in the glossary
        </button></span
      ></span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-term': CsTerm;
  }
}
