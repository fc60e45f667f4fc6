import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Inject } from '../../core/model.ts';
import { MS_PER_MINUTE, formatDuration, type Duration, type SimTime } from '../../core/time.ts';
import { csEvent } from '../events.ts';
import { localMinute } from '../format.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import '../term/define.ts';

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
 * Live injects at the playhead: fail, degrade or restore a component, corrupt its data, or
 * surge demand. Lists the injects made so far, each removable (the run is then recomputed).
 *
 * @fires cs-inject-add - a new inject at the playhead
 * @fires cs-inject-remove - an inject was removed
 */
export class CsInjectForm extends LitElement {
  static override styles = [
    controlStyles,
    panelStyles,
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
  @property({ type: Number }) startEpoch = 0;
  @property({ attribute: false }) injects: readonly Inject[] = [];

  @state() private action: Action = 'fail';
  @state() private component = '';
  @state() private share = 50;
  @state() private factor = 1.8;
  @state() private durationMinutes = 60;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another scenario: forget a chosen component it does not have.
    if (changed.has('components') && !this.components.some((c) => c.id === this.component))
      this.component = '';
  }

  private submit(event: Event): void {
    event.preventDefault();
    const at = (Math.round(this.playhead / MS_PER_MINUTE) * MS_PER_MINUTE) as SimTime;
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
        <div class="actions">
          <span>at ${localMinute(this.startEpoch, this.playhead)}</span>
          <button type="submit" class="primary">Inject</button>
        </div>
      </form>
      ${
        this.injects.length
          ? html`<ol aria-label="Live injects">
              ${this.injects.map(
                (inject, i) =>
                  html`<li>
                    ${localMinute(this.startEpoch, inject.at)}: ${describeInject(inject, names)}
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

declare global {
  interface HTMLElementTagNameMap {
    'cs-inject-form': CsInjectForm;
  }
}
