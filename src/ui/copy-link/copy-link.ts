import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { controlStyles } from '../shared.styles.ts';
import { copyText } from './copy-text.ts';

/** How long "Link copied" stays (ms). */
const SHOWN_FOR = 4000;

/**
 * Copy link: copies the link to the view (the permalink) and says so, in a live region that
 * screen readers announce. Where the browser lets the page copy nothing, the link is shown
 * selected, to copy by hand.
 */
export class CsCopyLink extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
      }
      .said {
        font-size: 0.85rem;
        color: var(--cs-muted);
      }
      input {
        width: 16rem;
      }
    `,
  ];

  /** The link to copy, asked for when copying (it follows the playhead while playing). */
  @property({ attribute: false }) link: () => string = () => location.href;

  /** What the live region says. */
  @state() private said = '';
  /** The link shown to copy by hand, when copying failed. */
  @state() private manual: string | null = null;
  #timer = 0;

  override disconnectedCallback(): void {
    clearTimeout(this.#timer);
    super.disconnectedCallback();
  }

  private async copy(): Promise<void> {
    const link = this.link();
    clearTimeout(this.#timer);
    this.said = '';
    await this.updateComplete; // the same words twice are announced twice
    if (await copyText(link)) {
      this.manual = null;
      this.said = 'Link copied';
      this.#timer = window.setTimeout(() => (this.said = ''), SHOWN_FOR);
      return;
    }
    this.manual = link;
    this.said =
      'This browser did not let the page copy: the link is selected beside, copy it with Ctrl+C (⌘C)';
    await this.updateComplete;
    this.renderRoot.querySelector('input')?.select();
  }

  protected override render() {
    return html`<button
        type="button"
        title="Copy the link to this view: scenario, seed, playhead, injects and zoom"
        @click=${() => void this.copy()}
      >
        Copy link
      </button>
      ${
        this.manual === null
          ? nothing
          : html`<input
              type="text"
              readonly
              aria-label="Link to this view"
              .value=${this.manual}
              @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
            />`
      }
      <span class="said" role="status">${this.said}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-copy-link': CsCopyLink;
  }
}
