import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { countdown } from '../format.ts';
import { stampTime } from '../local-stamp.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import '../term/define.ts';
import type { ExerciseMessage, ParticipantState } from './participant-state.ts';
import { recoveryStyles, renderRecovery } from './recovery-panel.ts';

const STATUS: Record<ParticipantState['status'], string> = {
  ready: 'Waiting for the facilitator to start',
  running: 'Running',
  paused: 'Paused by the facilitator',
  ended: 'The exercise has ended',
};

const dayText = (local: string) =>
  new Date(`${local.slice(0, 10)}T00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });

/**
 * What the team sees (a second window, or the projector mode of the facilitator's): the
 * exercise clock, the narrative so far, the service now and the decision asked with its
 * countdown. Never what is still to come. With `channel`, it follows the facilitator's window
 * over a BroadcastChannel and sends the team's choice back; without, it shows `state`.
 *
 * @fires cs-exercise-decide - the team chose an option (detail: decision, option)
 */
export class CsExerciseParticipant extends LitElement {
  static override styles = [
    controlStyles,
    panelStyles,
    recoveryStyles,
    css`
      /* It fills the window (less the app's padding) or the projector, and never scrolls as a
         whole: the decision stays in view, the narrative and the recovery scroll within. */
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
        font-size: 1.15rem;
      }
      :host([channel]) {
        height: calc(100dvh - 3rem);
      }
      header,
      .decision {
        flex: none;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.5rem 1.5rem;
        margin-bottom: 0.75rem;
      }
      h1 {
        margin: 0;
        font-size: 1.5rem;
      }
      .clock {
        font-size: 2.6rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .status {
        color: var(--cs-muted);
      }
      .grid {
        flex: 1;
        min-height: 0;
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
        grid-template-rows: minmax(0, 1fr);
        gap: 1rem;
      }
      .grid > * {
        min-height: 0;
        overflow: auto;
      }
      @media (max-width: 800px) {
        .grid {
          flex: none;
          grid-template-columns: 1fr;
          grid-template-rows: none;
        }
      }
      ol.narrative {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      ol.narrative li {
        padding: 0.5rem 0;
        border-bottom: 1px solid var(--cs-border);
      }
      ol.narrative li:first-child {
        font-weight: 600;
      }
      time {
        font-variant-numeric: tabular-nums;
        color: var(--cs-muted);
        margin-right: 0.5rem;
      }
      .service {
        display: flex;
        justify-content: space-between;
        padding: 0.5rem 0.75rem;
        border-radius: 6px;
        margin-bottom: 0.4rem;
        border: 2px solid var(--cs-border);
      }
      .service[data-state='down'] {
        border-color: var(--cs-down);
      }
      .service[data-state='degraded'] {
        border-color: var(--cs-degraded);
      }
      .service[data-state='up'] {
        border-color: var(--cs-up);
      }
      .decision {
        margin-bottom: 1rem;
        border: 2px solid var(--cs-accent);
      }
      .decision h2 {
        font-size: 1.2rem;
        margin-bottom: 0.25rem;
      }
      .decision p {
        margin: 0;
      }
      .countdown {
        font-size: 1.6rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .countdown.urgent {
        color: var(--cs-danger);
      }
      .options {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr));
        gap: 0.5rem;
        margin-top: 0.5rem;
      }
      .options button {
        text-align: left;
        font-size: 1.05rem;
        padding: 0.5rem 0.8rem;
      }
      .options button.default {
        border-width: 2px;
        border-style: dashed;
      }
      .default-tag {
        display: block;
        font-size: 0.85rem;
        font-weight: 600;
        color: var(--cs-muted);
      }
      .sent {
        color: var(--cs-muted);
      }
      .empty {
        color: var(--cs-muted);
      }
      ul.decided {
        margin: 0;
        padding-left: 1.1rem;
      }
    `,
  ];

  /** The state to show (projector mode); set by the channel in a participant window. */
  @property({ attribute: false }) state: ParticipantState | null = null;
  /** The BroadcastChannel to follow, in a participant window. */
  @property() channel = '';
  /** The team's answers sent for the decisions still asked. */
  @state() private sent: readonly { decision: string; option: string }[] = [];
  #channel: BroadcastChannel | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('channel')) this.#listen();
    if (changed.has('state'))
      this.sent = this.sent.filter((x) => this.state?.decisions.some((d) => d.id === x.decision));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#channel?.close();
    this.#channel = null;
  }

  #listen(): void {
    this.#channel?.close();
    this.#channel = null;
    if (this.channel === '' || typeof BroadcastChannel !== 'function') return;
    const channel = new BroadcastChannel(this.channel);
    channel.addEventListener('message', (e: MessageEvent<ExerciseMessage>) => {
      if (e.data.type === 'state') this.state = e.data.state;
    });
    const hello: ExerciseMessage = { type: 'hello' };
    channel.postMessage(hello);
    this.#channel = channel;
  }

  #choose(decision: string, option: string): void {
    this.sent = [...this.sent, { decision, option }];
    if (this.#channel) {
      const message: ExerciseMessage = { type: 'decide', decision, option };
      this.#channel.postMessage(message);
    } else
      this.dispatchEvent(
        new CustomEvent('cs-exercise-decide', {
          detail: { decision, option },
          bubbles: true,
          composed: true,
        }),
      );
  }

  override render() {
    const s = this.state;
    if (s === null)
      return html`<p class="empty" role="status">
        Waiting for the facilitator's window… Open this view from the Exercise tab ("Open the
        participant window"), in the same browser.
      </p>`;
    return html`<header>
        <h1>${s.exercise}</h1>
        <span class="clock" aria-label="Exercise clock" data-testid="participant-clock"
          >${stampTime(s.clock, s.timeZone)}</span
        >
        <span>${dayText(s.clock)}</span>
        <span class="status" role="status">${STATUS[s.status]}</span>
      </header>
      ${s.decisions.map((d) => this.renderDecision(d, s.status))}
      <div class="grid">
        <section class="panel" aria-labelledby="narrative-title" tabindex="0">
          <h2 id="narrative-title">What you know</h2>
          ${s.narrative.length === 0 ? html`<p class="empty">Nothing has happened yet.</p>` : nothing}
          <ol class="narrative" aria-live="polite">
            ${repeat(
              s.narrative,
              (n) => `${n.at} ${n.text}`,
              (n) => html`<li><time>${stampTime(n.at, s.timeZone)}</time>${n.text}</li>`,
            )}
          </ol>
        </section>
        <div tabindex="0" role="region" aria-label="The service and its recovery">
          <section class="panel" aria-labelledby="service-title">
            <h2 id="service-title">The service now</h2>
            ${s.services.map(
              (x) =>
                html`<div class="service" data-state=${x.state}>
                  <strong>${x.name}</strong>
                  <span
                    >${
                      x.state === 'up'
                        ? 'Up'
                        : x.state === 'down'
                          ? 'Down'
                          : html`<cs-term key="degraded">Degraded</cs-term>`
                    }
                    · ${Math.round(x.served * 100)} % of demand served</span
                  >
                </div>`,
            )}
          </section>
          ${renderRecovery(s.recovery, s.timeZone)}
          ${
            s.decided.length
              ? html`<section class="panel" aria-labelledby="decided-title" style="margin-top:1rem">
                  <h2 id="decided-title">Decided</h2>
                  <ul class="decided">
                    ${s.decided.map(
                      (d) =>
                        html`<li>
                          <time>${stampTime(d.at, s.timeZone)}</time><strong>${d.label}</strong>${
                            d.timedOut ? ' (the time ran out: the default was taken)' : ''
                          }
                        </li>`,
                    )}
                  </ul>
                </section>`
              : nothing
          }
        </div>
      </div>`;
  }

  private renderDecision(d: ParticipantState['decisions'][number], status: string) {
    const sent = this.sent.find((x) => x.decision === d.id);
    return html`<section class="panel decision" aria-labelledby="decision-title">
      <h2 id="decision-title">Decision: ${d.question}</h2>
      <p>
        <span class="countdown ${d.secondsLeft <= 30 ? 'urgent' : ''}" role="timer"
          >${countdown(d.secondsLeft)}</span
        >
        left (${d.minutesLeft} simulated minutes)${status === 'paused' ? ' · paused' : ''}
      </p>
      <div class="options" role="group" aria-label="Options">
        ${d.options.map(
          (o) =>
            html`<button
              type="button"
              class=${o.isDefault ? 'default' : ''}
              aria-pressed=${sent?.option === o.id ? 'true' : 'false'}
              ?disabled=${sent !== undefined}
              @click=${() => this.#choose(d.id, o.id)}
            >
              ${o.label}${
                o.isDefault
                  ? html`<span class="default-tag">Default: taken if the time runs out</span>`
                  : nothing
              }
            </button>`,
        )}
      </div>
      ${sent ? html`<p class="sent" role="status">Sent to the facilitator.</p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-exercise-participant': CsExerciseParticipant;
  }
}
