import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { EventLogEntry } from '../../analysis/timeline-types.ts';
import { csEvent } from '../events.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';

/** Index of the last entry at or before `t` (-1 when none). */
export function lastAtOrBefore(entries: readonly EventLogEntry[], t: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The run's events as sentences, following the playhead: what has happened is shown in full,
 * what is still to come is dimmed; the current entry stays in view. Click an entry to jump there.
 *
 * @fires cs-seek - an entry was chosen
 */
export class CsEventLog extends LitElement {
  static override styles = [
    controlStyles,
    panelStyles,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        max-height: 16rem;
        overflow-y: auto;
        font-size: 0.85rem;
      }
      li button {
        display: grid;
        grid-template-columns: 8.5rem 1fr;
        gap: 0.5rem;
        width: 100%;
        text-align: left;
        border: 0;
        border-radius: 4px;
        background: none;
        padding: 0.15rem 0.35rem;
      }
      li button:hover {
        background: var(--cs-hover);
      }
      .future {
        opacity: 0.45;
      }
      .current button {
        background: var(--cs-hover);
        outline: 1px solid var(--cs-accent);
      }
      time {
        color: var(--cs-muted);
        font-variant-numeric: tabular-nums;
      }
      .critical .text::before {
        content: '▲ ';
        color: var(--cs-down);
      }
      .warning .text::before {
        content: '◆ ';
        color: var(--cs-degraded);
      }
    `,
  ];

  @property({ attribute: false }) entries: readonly EventLogEntry[] = [];
  @property({ type: Number }) playhead = 0;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('playhead') || changed.has('entries')) {
      const current = this.renderRoot.querySelector<HTMLElement>('li.current');
      const list = this.renderRoot.querySelector<HTMLElement>('ol');
      if (current && list)
        list.scrollTop = Math.max(0, current.offsetTop - list.offsetTop - list.clientHeight / 2);
    }
  }

  protected override render() {
    const current = lastAtOrBefore(this.entries, this.playhead);
    return html`<section class="panel" aria-labelledby="log-title">
      <h2 id="log-title">Event log</h2>
      <ol aria-label="Events">
        ${this.entries.map(
          (e, i) =>
            html`<li
              class="${e.severity} ${i > current ? 'future' : ''} ${i === current ? 'current' : ''}"
            >
              <button
                type="button"
                @click=${() => this.dispatchEvent(csEvent('cs-seek', { t: e.t }))}
              >
                <time>${e.when}</time><span class="text">${e.text}</span>
              </button>
            </li>`,
        )}
      </ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-event-log': CsEventLog;
  }
}
