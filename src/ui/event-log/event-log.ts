import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { EventLogEntry } from '../../analysis/timeline-types.ts';
import { zoneSuffix, type LocalClock } from '../../charts/local-time.ts';
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

/** Up to this many entries are all in the page; a longer log renders a window of them. */
export const ALL_UP_TO = 600;
/** Entries in the window of a long log, around the current one or the one scrolled to. */
const WINDOW = 400;
/** The window moves when the entry in view comes this close to its edge. */
const MARGIN = 80;
/**
 * A log put into an empty list renders this many entries around the current one first (the list
 * shows about a dozen), and the rest just after the page has painted: the first paint of a run
 * (the page's first load: 421 entries, ~1,460 elements) does not wait for rows out of view.
 */
export const FIRST_ROWS = 40;

/**
 * The run's events as sentences, following the playhead: what has happened is shown in full,
 * what is still to come is dimmed; the current entry stays in view. Click an entry to jump there.
 * A long log (a generated 2,000-component year has 40,000 entries) keeps only a window of
 * entries in the page, with the space of the others above and below it, so that it costs the
 * page the same whatever its length. Where the clocks change during the run, each time carries
 * the zone's abbreviation (`2026-10-25 01:30 BST`, then `01:30 GMT`).
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
      li.space {
        padding: 0;
      }
      li button {
        display: grid;
        grid-template-columns: var(--cs-log-time, 8.5rem) 1fr;
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
      /* entries still to come: muted and slanted, at the palette's readable muted contrast */
      .future .text {
        color: var(--cs-muted);
        font-style: italic;
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
  /** The scenario's clock and horizon (for the zone's abbreviation); null = plain local times. */
  @property({ attribute: false }) clock: (LocalClock & { readonly horizon: number }) | null = null;
  /** First entry of the window of a long log. */
  @state() private from = 0;
  /** The height of an entry, measured (for the space of the entries outside the window). */
  #rowHeight = 24;
  /** The log shows only its first rows (FIRST_ROWS) until the page has painted them. */
  @state() private partial = false;
  #whole: Promise<void> = Promise.resolve();

  /** Resolves once every entry of the log (or of its window) is in the page. */
  get whole(): Promise<void> {
    return this.#whole;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const wasEmpty =
      ((changed.get('entries') as readonly unknown[] | undefined) ?? []).length === 0;
    if (changed.has('entries') && wasEmpty && !this.partial && this.entries.length > FIRST_ROWS) {
      // Into an empty list (no row has the focus): the rows in view first, the rest once the
      // page has painted them (a frame, then a task).
      this.partial = true;
      this.#whole = new Promise((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            this.partial = false;
            void this.updateComplete.then(() => resolve());
          }),
        ),
      );
    }
    const current = lastAtOrBefore(this.entries, this.playhead);
    if (this.partial) {
      this.from = Math.max(0, Math.min(this.entries.length - FIRST_ROWS, current - FIRST_ROWS / 2));
      return;
    }
    if (this.entries.length <= ALL_UP_TO) {
      this.from = 0;
      return;
    }
    // The window follows the current entry when the playhead or the log changes.
    if (changed.has('playhead') || changed.has('entries') || changed.has('partial')) {
      const near = current >= this.from + MARGIN && current <= this.from + WINDOW - MARGIN;
      if (!near || changed.has('partial')) this.from = this.#windowAround(current);
    }
  }

  protected override updated(changed: PropertyValues): void {
    const list = this.renderRoot.querySelector<HTMLElement>('ol');
    // The row height places a long log's window: a short log, shown whole, is not measured (the
    // measure forced a layout of the whole page before its first paint, ~30-80 ms).
    const rows =
      this.entries.length > ALL_UP_TO ? list?.querySelectorAll<HTMLElement>('li.entry') : undefined;
    if (rows && rows.length > 1) {
      const first = rows[0]!;
      const last = rows[rows.length - 1]!;
      const measured = (last.offsetTop + last.offsetHeight - first.offsetTop) / rows.length;
      if (measured > 0) this.#rowHeight = measured;
    }
    // (and again once the whole log is in: the current entry's place may have moved)
    if (changed.has('playhead') || changed.has('entries') || changed.has('partial')) {
      const current = this.renderRoot.querySelector<HTMLElement>('li.current');
      if (current && list)
        list.scrollTop = Math.max(0, current.offsetTop - list.offsetTop - list.clientHeight / 2);
    }
  }

  #windowAround(index: number): number {
    return Math.max(0, Math.min(this.entries.length - WINDOW, index - WINDOW / 2));
  }

  /** Scrolled near the edge of the window of a long log: the window moves there. */
  readonly #onScroll = (event: Event): void => {
    if (this.entries.length <= ALL_UP_TO) return;
    const list = event.currentTarget as HTMLElement;
    const first = Math.floor(list.scrollTop / this.#rowHeight);
    const last = first + Math.ceil(list.clientHeight / this.#rowHeight);
    if (first < this.from + MARGIN / 2 || last > this.from + WINDOW - MARGIN / 2) {
      const from = this.#windowAround(Math.floor((first + last) / 2));
      if (from !== this.from) this.from = from;
    }
  };

  protected override render() {
    const entries = this.entries;
    const current = lastAtOrBefore(entries, this.playhead);
    const clock = this.clock;
    const suffix = clock ? zoneSuffix(clock, 0, clock.horizon) : () => '';
    const zoned = entries.length > 0 && suffix(entries[0]!.t) !== '';
    const from = this.from;
    const to = Math.min(
      entries.length,
      from + (this.partial ? FIRST_ROWS : entries.length <= ALL_UP_TO ? entries.length : WINDOW),
    );
    const shown = from === 0 && to === entries.length ? entries : entries.slice(from, to);
    const space = (count: number) =>
      count > 0
        ? html`<li
            class="space"
            aria-hidden="true"
            style=${styleMap({ height: `${count * this.#rowHeight}px` })}
          ></li>`
        : nothing;
    return html`<section class="panel" aria-labelledby="log-title">
      <h2 id="log-title">Event log</h2>
      <ol
        aria-label="Events"
        aria-busy=${this.partial ? 'true' : 'false'}
        style=${styleMap(zoned ? { '--cs-log-time': '11rem' } : {})}
        @scroll=${this.#onScroll}
      >
        ${space(from)}
        ${shown.map((e, k) => {
          const i = from + k;
          return html`<li
            class="entry ${e.severity} ${i > current ? 'future' : ''} ${i === current ? 'current' : ''}"
            aria-setsize=${entries.length}
            aria-posinset=${i + 1}
          >
            <button
              type="button"
              @click=${() => this.dispatchEvent(csEvent('cs-seek', { t: e.t }))}
            >
              <time>${e.when}${suffix(e.t)}</time><span class="text">${e.text}</span>
            </button>
          </li>`;
        })}
        ${space(entries.length - to)}
      </ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-event-log': CsEventLog;
  }
}
