import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { csEvent } from '../events.ts';
import { controlStyles } from '../shared.styles.ts';
import { placeCallout, type Placement, type Size } from './placement.ts';
import type { TourStep } from './tour-steps.ts';
import { tourStyles } from './tour.styles.ts';
import '../term/define.ts';

/** Room left around the target inside the highlight outline. */
const PAD = 4;

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * A guided tour: a non-modal callout next to the target of the current step, and an outline
 * around that target. The parent owns the tour: it sets `index` (after switching to the step's
 * tab), measures the step's target and passes its rectangle down as `targetRect`.
 * Keys in the callout: ArrowRight next, ArrowLeft back, Escape skips the tour.
 *
 * @fires cs-tour-step - the person asked for step `index` (Next or Back)
 * @fires cs-tour-end - the tour closed: `completed` after Finish, not after Skip or Escape
 */
export class CsTour extends LitElement {
  static override styles = [controlStyles, tourStyles];

  /** The steps, in order. */
  @property({ attribute: false }) steps: readonly TourStep[] = [];
  /** The current step (0-based). */
  @property({ type: Number }) index = 0;
  /** Whether the tour shows. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** Where the current step's target is, in viewport coordinates; null centres the callout. */
  @property({ attribute: false }) targetRect: DOMRect | null = null;
  /** The callout's rendered size, measured after each render. */
  @state() private calloutSize: Size = { width: 384, height: 220 };

  /** Where the callout went in the last render. */
  private placed: Placement | null = null;
  /**
   * The step, callout size and viewport the page last scrolled for: the page scrolls once for
   * them (it may not be able to scroll as far as asked; then the least-bad place is taken).
   */
  private scrolledFor = '';

  /** What had the focus before the tour opened: it gets it back when the tour closes. */
  private returnFocus: HTMLElement | null = null;
  private readonly onResize = (): void => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('resize', this.onResize);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('resize', this.onResize);
    super.disconnectedCallback();
  }

  private get step(): TourStep | undefined {
    return this.steps[this.index];
  }

  private get last(): boolean {
    return this.index >= this.steps.length - 1;
  }

  private next(): void {
    if (this.last) this.dispatchEvent(csEvent('cs-tour-end', { completed: true }));
    else this.dispatchEvent(csEvent('cs-tour-step', { index: this.index + 1 }));
  }

  private back(): void {
    if (this.index > 0) this.dispatchEvent(csEvent('cs-tour-step', { index: this.index - 1 }));
  }

  private skip(): void {
    this.dispatchEvent(csEvent('cs-tour-end', { completed: false }));
  }

  private onKeydown(event: KeyboardEvent): void {
    const actions: Record<string, () => void> = {
      ArrowRight: () => this.next(),
      ArrowLeft: () => this.back(),
      Escape: () => this.skip(),
    };
    const action = actions[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    // The tour's keys, not the app's shortcuts (stepping the playhead).
    event.preventDefault();
    event.stopPropagation();
    action();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.returnFocus = deepActiveElement();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && !this.open && changed.get('open') === true) {
      this.returnFocus?.focus({ preventScroll: true });
      this.returnFocus = null;
    }
    const callout = this.renderRoot.querySelector<HTMLElement>('.callout');
    if (!callout) return;
    const { width, height } = callout.getBoundingClientRect();
    if (width > 0 && (width !== this.calloutSize.width || height !== this.calloutSize.height))
      this.calloutSize = { width, height };
    else if (this.placed && this.placed.scroll !== 0) {
      // the tour controller hears the scroll and measures the target again
      this.scrolledFor = this.scrollKey();
      window.scrollBy({ top: this.placed.scroll, behavior: 'instant' });
    }
    if (changed.has('index') || (changed.has('open') && this.open))
      callout.focus({ preventScroll: true });
  }

  private scrollKey(): string {
    const { width, height } = this.calloutSize;
    return `${this.index}:${width}x${height}:${window.innerWidth}x${window.innerHeight}`;
  }

  protected override render() {
    const step = this.step;
    if (!this.open || !step) return nothing;
    const rect = this.targetRect;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const outline = rect && {
      top: rect.top - PAD,
      left: rect.left - PAD,
      width: rect.width + 2 * PAD,
      height: rect.height + 2 * PAD,
    };
    const place = placeCallout(outline, this.calloutSize, viewport, {
      scroll: this.scrolledFor !== this.scrollKey(),
    });
    this.placed = place;
    const px = (n: number) => `${Math.round(n)}px`;
    return html`${
        outline
          ? html`<div
              class="highlight"
              aria-hidden="true"
              style=${styleMap({
                top: px(outline.top),
                left: px(outline.left),
                width: px(outline.width),
                height: px(outline.height),
              })}
            ></div>`
          : nothing
      }
      <div
        class="callout"
        role="dialog"
        aria-modal="false"
        aria-labelledby="tour-title"
        aria-describedby="tour-text"
        tabindex="-1"
        data-side=${place.side}
        style=${styleMap({ top: px(place.top), left: px(place.left) })}
        @keydown=${(e: KeyboardEvent) => this.onKeydown(e)}
      >
        <p class="count">Step ${this.index + 1} of ${this.steps.length}</p>
        <h2 id="tour-title">${step.title}</h2>
        <p class="text" id="tour-text">${step.text}</p>
        ${
          step.term
            ? html`<p class="term">In the glossary: <cs-term key=${step.term}></cs-term></p>`
            : nothing
        }
        <div class="actions">
          <button type="button" @click=${() => this.skip()}>Skip tour</button>
          <span class="spacer"></span>
          <button type="button" ?disabled=${this.index === 0} @click=${() => this.back()}>
            Back
          </button>
          <button class="primary" type="button" @click=${() => this.next()}>
            ${this.last ? 'Finish' : 'Next'}
          </button>
        </div>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-tour': CsTour;
  }
}
