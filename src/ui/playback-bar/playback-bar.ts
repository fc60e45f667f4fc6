import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localStamp } from '../../charts/local-time.ts';
import { formatLocal } from '../../core/civil.ts';
import { localAt } from '../../core/zone.ts';
import { csEvent, type CsEventDetails } from '../events.ts';
import { controlStyles } from '../shared.styles.ts';
import '../local-time-input/define.ts';
import { localTimeInputStyles } from '../local-time-input/local-time-input.styles.ts';
import type { TypedClock } from '../local-time-input/read-local-time.ts';
import {
  PLAYHEAD_KEYSHORTCUTS,
  PLAYHEAD_KEYS_HINT,
  playheadKeyTarget,
} from '../timeline-view/playhead-keys.ts';

export interface SpeedChoice {
  readonly label: string;
  readonly value: number;
}

/**
 * Playback controls: Play / Pause, step to the previous / next event, speed, a scrubbable
 * playhead ("Simulation time") with the scenario-local time it stands at (with the zone's
 * abbreviation when the clocks change during the run), and "Go to": a date-time field that
 * shows the playhead's local time and moves it to a time typed or changed there (read on the
 * scenario's clock: a time the clocks skip is refused, one they show twice asks which).
 * On the slider, keys move by hour, day and event, as on the timeline (playhead-keys.ts).
 * Children (Copy link) follow the controls.
 *
 * @fires cs-play-toggle - Play or Pause pressed
 * @fires cs-step - step to the previous (-1) or next (1) event
 * @fires cs-speed-change - a new speed (simulated ms per real second)
 * @fires cs-seek - the playhead was moved (simulated ms)
 */
export class CsPlaybackBar extends LitElement {
  static override styles = [
    controlStyles,
    localTimeInputStyles,
    css`
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 0.75rem;
      }
      .time {
        flex: 1;
        min-width: 16rem;
      }
      .time input {
        flex: 1;
        padding: 0;
      }
      output {
        font-variant-numeric: tabular-nums;
        font-weight: 600;
        color: var(--cs-text);
        min-width: 10.5rem;
      }
      button.play {
        min-width: 5.5rem;
      }
    `,
  ];

  @property({ type: Boolean }) playing = false;
  /** Simulated ms since the scenario start. */
  @property({ type: Number }) playhead = 0;
  @property({ type: Number }) horizon = 0;
  /** The scenario's clock: its start, time zone and horizon. */
  @property({ attribute: false }) clock: TypedClock = { startEpoch: 0, timeZone: null, horizon: 0 };
  @property({ type: Number }) speed = 3_600_000;
  @property({ attribute: false }) speeds: readonly SpeedChoice[] = [];
  /** The run's event times (sorted, distinct): the keys [ and ] step between them. */
  @property({ attribute: false }) eventTimes: readonly number[] = [];
  /**
   * The last time typed in "Go to" and the playhead it left (kept, with the reason it was
   * refused or its choice of two readings, until the playhead moves on).
   */
  @state() private goTo: { text: string; t: number } | null = null;

  private onSliderKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const t = playheadKeyTarget(event, this.playhead, this.eventTimes, this.clock);
    if (t === null) return;
    event.preventDefault(); // not the slider's own steps of a minute or a tenth of the run
    event.stopPropagation();
    this.dispatchEvent(csEvent('cs-seek', { t }));
  }

  protected override render() {
    const when = localStamp(this.clock, 0, this.clock.horizon)(this.playhead);
    // "Go to" shows the playhead's time, or what was typed there while the playhead stays
    const typed = this.goTo !== null && this.goTo.t === this.playhead;
    return html`<div class="bar" role="group" aria-label="Playback">
      <button
        type="button"
        @click=${() => this.dispatchEvent(csEvent('cs-step', { direction: -1 }))}
        title="Previous event (Left arrow)"
      >
        Step back
      </button>
      <button
        type="button"
        class="primary play"
        @click=${() => this.dispatchEvent(csEvent('cs-play-toggle', {}))}
        title="Space"
      >
        ${this.playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        @click=${() => this.dispatchEvent(csEvent('cs-step', { direction: 1 }))}
        title="Next event (Right arrow)"
      >
        Step forward
      </button>
      <label
        >Speed
        <select
          aria-label="Speed"
          @change=${(e: Event) => this.dispatchEvent(csEvent('cs-speed-change', { speed: Number((e.target as HTMLSelectElement).value) }))}
        >
          ${this.speeds.map((s) => html`<option value=${s.value} ?selected=${s.value === this.speed}>${s.label}</option>`)}
        </select>
      </label>
      <label class="time"
        >Simulation time
        <input
          aria-label="Simulation time"
          type="range"
          min="0"
          max=${this.horizon}
          step="60000"
          .value=${String(this.playhead)}
          aria-valuetext=${when}
          aria-keyshortcuts=${PLAYHEAD_KEYSHORTCUTS}
          title=${PLAYHEAD_KEYS_HINT}
          @keydown=${(e: KeyboardEvent) => this.onSliderKey(e)}
          @input=${(e: Event) => this.dispatchEvent(csEvent('cs-seek', { t: Number((e.target as HTMLInputElement).value) }))}
        />
      </label>
      <output aria-live="off">${when}</output>
      <label class="go-to"
        >Go to
        <cs-local-time-input
          label="Go to a local time"
          .clock=${this.clock}
          .value=${typed ? this.goTo!.text : formatLocal(localAt(this.clock, this.playhead)).slice(0, 16)}
          ?follows=${!typed}
          @cs-local-time=${(e: CustomEvent<CsEventDetails['cs-local-time']>) => {
            const { t, text, refused } = e.detail;
            const to = !refused && t !== null ? t : this.playhead;
            this.goTo = { text, t: to }; // kept: a time refused stays in the field with the reason
            if (to !== this.playhead) this.dispatchEvent(csEvent('cs-seek', { t: to }));
          }}
        ></cs-local-time-input>
      </label>
      <slot></slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-playback-bar': CsPlaybackBar;
  }
}
