import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { MS_PER_MINUTE } from '../../core/time.ts';
import {
  TIME_SLOTS_MINUTES,
  answerTime,
  expectedEnd,
  paceForSlot,
} from '../../exercise/time-slot.ts';
import { controlStyles } from '../shared.styles.ts';
import type { ExerciseStatus } from './participant-state.ts';

/** How often the expected end is brought up to date with the room's clock, in ms. */
const REFRESH_MS = 10_000;

const roomTime = (epoch: number) =>
  new Date(epoch).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

function realText(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const rest = seconds % 60;
  return rest ? `${Math.floor(seconds / 60)} min ${rest} s` : `${seconds / 60} min`;
}

/**
 * "Fit the time slot": choose 45, 60 or 90 minutes and the pace is set so that what is left of
 * the script plays in that time; shows, at the current pace, the room's wall-clock time at
 * which the exercise will end (from now: a pause moves it) and the real time a decision gives
 * the team to answer (the clock does not stop for decisions: their time limits are part of the
 * script, played at the pace).
 *
 * @fires cs-exercise-pace - set the pace (detail: pace, simulated minutes per real minute)
 */
export class CsExerciseTimeSlot extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 0.75rem;
      }
      .end {
        color: var(--cs-muted);
      }
    `,
  ];

  /** Simulated ms of the script still to play. */
  @property({ type: Number }) remaining = 0;
  /** Simulated minutes per real minute. */
  @property({ type: Number }) pace = 1;
  @property() status: ExerciseStatus = 'ready';
  /** The time limit (simulated ms) of the next decision to come, or null when none is left. */
  @property({ attribute: false }) decisionLimit: number | null = null;
  /** The slot chosen last, while the pace is still the one it set. */
  @state() private chosen: { minutes: number; pace: number } | null = null;
  #timer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#timer = setInterval(() => this.requestUpdate(), REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
  }

  #fit(minutes: number): void {
    const pace = paceForSlot(this.remaining, minutes * MS_PER_MINUTE);
    if (pace === null) return;
    this.chosen = { minutes, pace };
    this.dispatchEvent(
      new CustomEvent('cs-exercise-pace', { detail: { pace }, bubbles: true, composed: true }),
    );
  }

  override render() {
    if (this.status === 'ended') return nothing;
    const chosen = this.chosen?.pace === this.pace ? this.chosen.minutes : null;
    const end = roomTime(expectedEnd(Date.now(), this.remaining, this.pace));
    const when =
      this.status === 'ready'
        ? `If started now at ${this.pace} min / min, it`
        : this.status === 'paused'
          ? `If resumed now at ${this.pace} min / min, it`
          : `At ${this.pace} min / min it`;
    return html`<label
        >Fit the exercise into
        <select
          aria-label="Fit the exercise into a time slot of"
          .value=${live(chosen === null ? '' : String(chosen))}
          @change=${(e: Event) => {
            const value = Number((e.target as HTMLSelectElement).value);
            if (value > 0) this.#fit(value);
          }}
        >
          <option value="" ?selected=${chosen === null}>choose a slot</option>
          ${TIME_SLOTS_MINUTES.map(
            (m) => html`<option value=${m} ?selected=${chosen === m}>${m} min</option>`,
          )}
        </select></label
      >
      <span class="end" data-testid="expected-end"
        >${when} ends at about ${end} (room
        clock)${
          this.decisionLimit === null
            ? ''
            : `; the next decision gives the team ${realText(answerTime(this.decisionLimit, this.pace))} to answer`
        }.</span
      >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-exercise-time-slot': CsExerciseTimeSlot;
  }
}
