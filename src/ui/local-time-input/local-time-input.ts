import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatLocal } from '../../core/civil.ts';
import { localAt } from '../../core/zone.ts';
import { csEvent } from '../events.ts';
import { readLocalTime, type Reading, type TypedClock } from './read-local-time.ts';

let count = 0;

/**
 * A local date-time field on a scenario's clock (read-local-time.ts). A time that names one
 * moment is passed on; one the clocks skip is refused in place, with the reason and a button
 * for each of the two times the person may have meant; one the clocks show twice is taken as
 * the first, with a choice of the second. What was typed stays in the field, with the reason,
 * until it is replaced or the host shows another time (`value`). Rendered in its host's tree (no shadow root), so that the host's labels, styles
 * and `aria-describedby` ids reach the input.
 *
 * @fires cs-local-time - `{ t, text, refused }`: the simulated time chosen (null without a
 *   clock) and the time as a scenario file writes it (`2026-10-25T01:30+00:00` for a second
 *   reading); or, with `refused`, a time typed that names no moment (t null)
 */
export class CsLocalTimeInput extends LitElement {
  /** The scenario's clock and run; null = no checks (the text is passed on as typed). */
  @property({ attribute: false }) clock: TypedClock | null = null;
  /** The time shown: `2026-03-29T02:30`, or with an offset for one of two readings. */
  @property() value = '';
  /** The input's accessible name. */
  @property() label = 'Time';
  /** The input's id, for a `<label for>` of the host. */
  @property() inputId: string | undefined = undefined;
  /** Issues of the host's (a file's validation) about this time: `aria-invalid` and the id. */
  @property() invalid: 'true' | 'false' = 'false';
  @property() describedBy: string | undefined = undefined;
  /**
   * The value follows something else (the playhead) until a time is typed: it is shown as it
   * is, with no choice between two readings to make.
   */
  @property({ type: Boolean }) follows = false;

  /** Text typed and refused: it stays in the field with the reason. */
  @state() private typed: string | null = null;
  readonly #id = `cs-local-time-${++count}`;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The host showed another time (it took what was typed, or moved on): that one shows.
    if (changed.has('value')) this.typed = null;
  }

  #emit(t: number | null, text: string): void {
    this.typed = null;
    this.dispatchEvent(csEvent('cs-local-time', { t, text, refused: false }));
  }

  #onChange(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    if (text === '') return;
    if (this.clock === null) return this.#emit(null, text);
    const read = readLocalTime(this.clock, text);
    if (read.kind === 'refused') {
      this.typed = text;
      this.dispatchEvent(csEvent('cs-local-time', { t: null, text, refused: true }));
    } else this.#emit(read.t, read.text);
  }

  #bound(t: number): string | undefined {
    return this.clock ? formatLocal(localAt(this.clock, t)).slice(0, 16) : undefined;
  }

  #pickButton(r: Reading) {
    return html`<button type="button" class="cs-lt-use" @click=${() => this.#emit(r.t, r.text)}>
      Use ${r.label}
    </button>`;
  }

  protected override render() {
    const current = this.typed ?? this.value;
    const quiet = this.follows && this.typed === null;
    const read =
      this.clock !== null && current !== '' && !quiet ? readLocalTime(this.clock, current) : null;
    const mine = read !== null && read.kind !== 'once' ? this.#id : undefined;
    const described = [mine, this.describedBy].filter(Boolean).join(' ');
    const refused = read?.kind === 'refused';
    return html`<input
        type="datetime-local"
        id=${ifDefined(this.inputId)}
        aria-label=${this.label}
        min=${ifDefined(this.#bound(0))}
        max=${ifDefined(this.clock ? this.#bound(this.clock.horizon) : undefined)}
        .value=${live(current.slice(0, 16))}
        aria-invalid=${refused ? 'true' : this.invalid}
        aria-describedby=${ifDefined(described || undefined)}
        @change=${(e: Event) => this.#onChange(e)}
      />${
        read?.kind === 'refused'
          ? html`<div class="cs-lt-note cs-lt-refused" id=${this.#id} role="alert">
              <span class="cs-lt-message">${read.message}.</span>
              <span class="cs-lt-hint">Hint: ${read.hint}.</span>
              ${read.alternatives.map((r) => this.#pickButton(r))}
            </div>`
          : nothing
      }${
        read?.kind === 'twice'
          ? html`<fieldset class="cs-lt-note cs-lt-twice" id=${this.#id}>
              <legend>
                ${current.slice(11, 16)} happens twice that night in ${this.clock!.timeZone!.name}
                (the clocks go back): which one?
              </legend>
              ${read.readings.map(
                (r, i) =>
                  html`<label
                    ><input
                      type="radio"
                      name=${this.#id}
                      .checked=${live(read.chosen === i)}
                      @change=${() => this.#emit(r.t, r.text)}
                    />
                    ${i === 0 ? 'the first' : 'the second'}: ${r.label}</label
                  >`,
              )}
            </fieldset>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-local-time-input': CsLocalTimeInput;
  }
}
