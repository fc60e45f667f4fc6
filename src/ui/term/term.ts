import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GLOSSARY, type GlossaryKey } from '../glossary.ts';

let counter = 0;

/**
 * A continuity term with a short explanation in a popover, opened by click, Enter or Space,
 * closed by Escape or a click elsewhere.
 *
 * @slot - the term as shown (defaults to the glossary's name)
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
    [role='tooltip'] {
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
    :host([align='end']) [role='tooltip'] {
      left: auto;
      right: 0;
    }
    strong {
      display: block;
      margin-bottom: 0.2rem;
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

  protected override render() {
    const entry = GLOSSARY[this.key];
    return html`<button
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-describedby=${this.tipId}
        @click=${() => (this.open = !this.open)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Escape') this.open = false;
        }}
      >
        <slot>${entry.term}</slot></button
      ><span id=${this.tipId} role="tooltip" ?hidden=${!this.open}
        ><strong>${entry.term}</strong>${entry.text}</span
      >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-term': CsTerm;
  }
}
