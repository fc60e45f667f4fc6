import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Inject } from '../../core/model.ts';
import { formatLocal } from '../../core/civil.ts';
import { localAt } from '../../core/zone.ts';
import { localStamp } from '../../charts/local-time.ts';
import { MS_PER_MINUTE, formatDuration, type Duration, type SimTime } from '../../core/time.ts';
import { csEvent, type CsEventDetails } from '../events.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import '../term/define.ts';
import '../local-time-input/define.ts';
import { localTimeInputStyles } from '../local-time-input/local-time-input.styles.ts';
import { readLocalTime, type TypedClock } from '../local-time-input/read-local-time.ts';
import { injectMinute } from './inject-minute.ts';

type Action = Inject['action'];

const ACTIONS: readonly { value: Action; label: string }[] = [
  { value: 'fail', label: 'Fail' },
  { value: 'degrade', label: 'Degrade' },
  { value: 'restore', label: 'Restore' },
  { value: 'corrupt', label: 'Corrupt data' },
  { value: 'invoke', label: 'Invoke plan' },
  { value: 'surge', label: 'Surge demand' },
];

/** Describes an inject in a short sentence. */
export function describeInject(inject: Inject, names: ReadonlyMap<string, string>): string {
  const name = (id: string | null) => (id === null ? 'every service' : (names.get(id) ?? id));
  switch (inject.action) {
    case 'fail':
      return `Fail ${name(inject.component)}`;
    case 'restore':
      return `Restore ${name(inject.component)}`;
    case 'corrupt':
      return `Corrupt the data of ${name(inject.component)}`;
    case 'invoke':
      return `Invoke the continuity plan of ${name(inject.component)}`;
    case 'degrade':
      return `Degrade ${name(inject.component)} to ${Math.round(inject.capacity * 100)} %${inject.for === null ? '' : ` for ${formatDuration(inject.for)}`}`;
    case 'surge':
      return `Surge demand on ${name(inject.service)} x${inject.factor} for ${formatDuration(inject.duration)}`;
  }
}

/**
 * Live injects: fail, degrade or restore a component, corrupt its data, or surge demand, at
 * the playhead or at a local time typed in "At" (read on the scenario's clock: a time the
 * clocks skip is refused, one they show twice asks which). Lists the injects made so far, each
 * removable (the run is then recomputed).
 *
 * An inject happens at the start of the minute shown for it (inject-minute.ts): at the
 * playhead's minute, never after the playhead.
 *
 * @fires cs-inject-add - a new inject at the playhead
 * @fires cs-inject-remove - an inject was removed
 */
export class CsInjectForm extends LitElement {
  static override styles = [
    controlStyles,
    panelStyles,
    localTimeInputStyles,
    css`
      form {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.4rem 0.6rem;
        align-items: center;
      }
      form label {
        display: contents;
      }
      .actions {
        grid-column: 1 / -1;
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 0.5rem;
        font-size: 0.85rem;
        color: var(--cs-muted);
      }
      ol {
        margin: 0.6rem 0 0;
        padding-left: 1.3rem;
        font-size: 0.85rem;
      }
      li {
        margin: 0.2rem 0;
      }
      li button {
        font-size: 0.75rem;
        padding: 0.05rem 0.4rem;
        margin-left: 0.3rem;
      }
    `,
  ];

  @property({ attribute: false }) components: readonly { id: string; name: string }[] = [];
  /** The service a surge applies to. */
  @property() service: string | null = null;
  @property({ type: Number }) playhead = 0;
  /** The scenario's clock: its start, time zone and horizon. */
  @property({ attribute: false }) clock: TypedClock | null = null;
  @property({ attribute: false }) injects: readonly Inject[] = [];

  @state() private action: Action = 'fail';
  @state() private component = '';
  @state() private share = 50;
  @state() private factor = 1.8;
  @state() private durationMinutes = 60;
  /** The time typed in "At", as typed (even one that names no moment); null = the playhead. */
  @state() private atText: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another scenario: forget a chosen component it does not have.
    if (changed.has('components') && !this.components.some((c) => c.id === this.component))
      this.component = '';
    // Another scenario's clock: a typed time no longer says the same moment.
    const before = changed.get('clock');
    if (changed.has('clock') && before && !sameClock(before, this.clock)) this.atText = null;
  }

  /**
   * When the inject happens: at the playhead, at the moment typed, or nowhere (null) while
   * the time typed names none (it is refused in place, with the reason).
   */
  private when(): { t: number; typed: boolean } | null {
    if (this.atText === null || this.clock === null) return { t: this.playhead, typed: false };
    const read = readLocalTime(this.clock, this.atText);
    return read.kind === 'refused' ? null : { t: read.t, typed: true };
  }

  private submit(event: Event): void {
    event.preventDefault();
    const when = this.when()?.t;
    if (when === undefined) return;
    const at = injectMinute(this.clock, when) as SimTime;
    const component = this.component || this.components[0]?.id || '';
    const duration = (Math.max(1, this.durationMinutes) * MS_PER_MINUTE) as Duration;
    let inject: Inject;
    switch (this.action) {
      case 'degrade':
        inject = {
          at,
          action: 'degrade',
          component,
          capacity: Math.min(0.99, Math.max(0.01, this.share / 100)),
          for: null,
        };
        break;
      case 'surge':
        inject = {
          at,
          action: 'surge',
          service: this.service,
          factor: Math.max(0.1, this.factor),
          duration,
        };
        break;
      default:
        inject = { at, action: this.action, component };
    }
    this.dispatchEvent(csEvent('cs-inject-add', { inject }));
  }

  protected override render() {
    const names = new Map(this.components.map((c) => [c.id, c.name]));
    const surge = this.action === 'surge';
    const clock = this.clock;
    const stamp = clock
      ? localStamp(clock, 0, clock.horizon)
      : (t: number) => `+${formatDuration(t)}`;
    const playheadText = clock ? formatLocal(localAt(clock, this.playhead)).slice(0, 16) : '';
    const when = this.when();
    return html`<section class="panel" aria-labelledby="inject-title">
      <h2 id="inject-title">Live <cs-term key="inject">inject</cs-term></h2>
      <form @submit=${(e: Event) => this.submit(e)} aria-label="Inject">
        <label for="component">Component</label>
        <select
          id="component"
          ?disabled=${surge}
          @change=${(e: Event) => (this.component = (e.target as HTMLSelectElement).value)}
        >
          ${this.components.map((c) => html`<option value=${c.id} ?selected=${c.id === this.component}>${c.name}</option>`)}
        </select>
        <label for="action">Action</label>
        <select
          id="action"
          @change=${(e: Event) => (this.action = (e.target as HTMLSelectElement).value as Action)}
        >
          ${ACTIONS.map((a) => html`<option value=${a.value} ?selected=${a.value === this.action}>${a.label}</option>`)}
        </select>
        ${
          this.action === 'degrade'
            ? html`<label for="share">Capacity left (%)</label>
                <input
                  id="share"
                  type="number"
                  min="1"
                  max="99"
                  .value=${String(this.share)}
                  @change=${(e: Event) => (this.share = Number((e.target as HTMLInputElement).value))}
                />`
            : nothing
        }
        ${
          surge
            ? html`<label for="factor">Demand factor</label>
                <input
                  id="factor"
                  type="number"
                  min="0.1"
                  step="0.1"
                  .value=${String(this.factor)}
                  @change=${(e: Event) => (this.factor = Number((e.target as HTMLInputElement).value))}
                />
                <label for="duration">Duration (min)</label>
                <input
                  id="duration"
                  type="number"
                  min="1"
                  .value=${String(this.durationMinutes)}
                  @change=${(e: Event) => (this.durationMinutes = Number((e.target as HTMLInputElement).value))}
                />`
            : nothing
        }
        <label for="inject-at">At</label>
        <cs-local-time-input
          inputId="inject-at"
          label="At (local time)"
          .clock=${clock}
          .value=${this.atText ?? playheadText}
          ?follows=${this.atText === null}
          @cs-local-time=${(e: CustomEvent<CsEventDetails['cs-local-time']>) =>
            (this.atText = e.detail.text)}
        ></cs-local-time-input>
        <div class="actions">
          <span
            >${
              when === null
                ? 'mend the time above to inject'
                : !when.typed
                  ? html`at the playhead, ${stamp(this.playhead)}`
                  : html`at ${stamp(when.t)}
                      <button type="button" class="link" @click=${() => (this.atText = null)}>
                        at the playhead instead
                      </button>`
            }</span
          >
          <button type="submit" class="primary" ?disabled=${when === null}>Inject</button>
        </div>
      </form>
      ${
        this.injects.length
          ? html`<ol aria-label="Live injects">
              ${this.injects.map(
                (inject, i) =>
                  html`<li>
                    ${stamp(inject.at)}: ${describeInject(inject, names)}
                    <button
                      type="button"
                      aria-label="Remove inject ${i + 1}"
                      @click=${() => this.dispatchEvent(csEvent('cs-inject-remove', { index: i }))}
                    >
                      Remove
                    </button>
                  </li>`,
              )}
            </ol>`
          : nothing
      }
    </section>`;
  }
}

const sameClock = (a: TypedClock, b: TypedClock | null): boolean =>
  b !== null &&
  a.startEpoch === b.startEpoch &&
  a.horizon === b.horizon &&
  a.timeZone?.name === b.timeZone?.name;

declare global {
  interface HTMLElementTagNameMap {
    'cs-inject-form': CsInjectForm;
  }
}
