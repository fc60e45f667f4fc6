import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import type { TimelineModel } from '../../analysis/timeline-types.ts';
import { TIMELINE_LAYOUT, renderTimeline, timelineHeight, xScale } from '../../charts/timeline.ts';
import { verdictOf, type Verdict } from '../../charts/timeline-outage-labels.ts';
import { MS_PER_MINUTE } from '../../core/time.ts';
import { ResizeController } from '../controllers/resize-controller.ts';
import { csEvent } from '../events.ts';
import { minutesText } from '../format.ts';
import { localStamp } from '../../charts/local-time.ts';
import { controlStyles, panelStyles } from '../shared.styles.ts';
import '../term/define.ts';
import { PLAYHEAD_KEYSHORTCUTS, PLAYHEAD_KEYS_HINT, playheadKeyTarget } from './playhead-keys.ts';

/** The narrowest window one can zoom to. */
const MIN_WINDOW = 10 * MS_PER_MINUTE;

/**
 * The availability timeline: the chart of charts/timeline.ts, zoomable and pannable with d3-zoom
 * (wheel, drag, or zoomBy from the keyboard), a playhead line, and a text alternative: a table of
 * the outages and state changes. When `seekable`, the chart is also the playhead's slider for the keyboard
 * (focusable, with the time as its value): keys move it by hour, day and event
 * (playhead-keys.ts).
 *
 * @fires cs-view-change - the visible window changed (simulated ms)
 * @fires cs-seek - a click on the chart, or a key on it, moved the playhead
 */
export class CsTimelineView extends LitElement {
  static override styles = [
    controlStyles,
    panelStyles,
    css`
      .chart {
        position: relative;
        overflow: hidden;
        cursor: grab;
      }
      .chart:focus-visible {
        outline: 2px solid var(--cs-accent);
        outline-offset: -2px; /* inside: the panel around it would cut it */
      }
      svg {
        display: block;
      }
      .playhead {
        position: absolute;
        top: 0;
        bottom: 0;
        width: 2px;
        margin-left: -1px;
        background: var(--cs-playhead);
        pointer-events: none;
      }
      .toolbar {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        flex-wrap: wrap;
        margin-bottom: 0.4rem;
        font-size: 0.85rem;
        color: var(--cs-muted);
      }
      details {
        margin-top: 0.5rem;
        font-size: 0.85rem;
      }
      .table-wrap {
        max-height: 18rem;
        overflow: auto;
      }
    `,
  ];

  @property({ attribute: false }) model: TimelineModel | null = null;
  @property({ type: Number }) playhead = 0;
  /** The visible window (simulated ms); null = the whole horizon. */
  @property({ attribute: false }) view: { from: number; to: number } | null = null;
  /** The playhead can be moved here (a click, the keys): the chart is its slider. */
  @property({ type: Boolean }) seekable = false;
  /** The run's event times (sorted, distinct): the keys [ and ] step between them. */
  @property({ attribute: false }) eventTimes: readonly number[] = [];

  @query('svg') private svg!: SVGSVGElement;
  private readonly size = new ResizeController(this);
  private zoomBehavior: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  private frame = 0;
  private reportTimer = 0;
  /**
   * The window on screen. Zooming redraws the chart here, frame by frame, without a round
   * trip through the app; the app hears of the new window once zooming pauses (for the
   * permalink), and a `view` it sets that differs from this one moves the chart.
   */
  private shown: { from: number; to: number } | null = null;
  /** The app set a window the chart has yet to be drawn and zoomed to. */
  private viewMoved = false;
  /**
   * The chart's width read once in an update: drawing the chart dirties the page's layout, and
   * reading `clientWidth` again (zoom limits, zoom transform) forced another layout of it.
   */
  private widthInUpdate: number | null = null;
  /** What the chart and zoom were last fitted to. */
  private fitted: { width: number; horizon: number; start: number } | null = null;

  /**
   * The chart's width: the panel's content box (the host's width less the panel's padding and
   * border; the host's own width until the panel is drawn).
   */
  private width(): number {
    if (this.widthInUpdate !== null) return this.widthInUpdate;
    const chart = this.renderRoot?.querySelector<HTMLElement>('.chart');
    return chart && chart.clientWidth > 0 ? chart.clientWidth : this.size.width;
  }

  /** The chart's SVG element (for export). */
  svgElement(): SVGSVGElement | null {
    return this.svg ?? null;
  }

  /** Zooms in (factor > 1) or out around the playhead (or the middle when the playhead is out of view). */
  zoomBy(factor: number): void {
    if (!this.zoomBehavior || !this.model) return;
    const width = this.width();
    const x = this.scale()(this.playhead);
    const behavior = this.zoomBehavior;
    select(this.svg).call((s) =>
      behavior.scaleBy(s, factor, [x >= 0 && x <= width ? x : width / 2, 0]),
    );
  }

  /** Shows the whole horizon. */
  resetZoom(): void {
    const behavior = this.zoomBehavior;
    if (behavior) select(this.svg).call((s) => behavior.transform(s, zoomIdentity));
  }

  private window(): { from: number; to: number } {
    return this.shown ?? this.view ?? { from: 0, to: this.model?.horizon ?? 1 };
  }

  private scale() {
    const { from, to } = this.window();
    return xScale({ width: this.width(), from, to });
  }

  /**
   * A window the app sets (a jump to an outage) is taken before rendering, so that the range
   * shown, the playhead and the chart agree; it wins over one zooming was about to show or
   * report. `updated` then draws the chart and moves the zoom there.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && !sameWindow(this.view, this.shown)) {
      this.shown = this.view;
      this.viewMoved = true;
      cancelAnimationFrame(this.frame);
      clearTimeout(this.reportTimer);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.widthInUpdate = null;
    this.widthInUpdate = this.width();
    try {
      this.fitAndDraw(changed);
    } finally {
      this.widthInUpdate = null;
    }
  }

  private fitAndDraw(changed: PropertyValues<this>): void {
    if (!this.model || this.width() === 0 || !this.svg) return;
    // Another horizon (a new scenario) or another width: the window and zoom limits are refitted.
    const fit = {
      width: this.width(),
      horizon: this.model.horizon,
      start: this.model.startEpoch,
    };
    const other =
      this.fitted === null ||
      this.fitted.horizon !== fit.horizon ||
      this.fitted.start !== fit.start;
    const refit = other || this.fitted?.width !== fit.width;
    if (other) this.shown = this.view;
    const moved = this.viewMoved;
    this.viewMoved = false;
    if (changed.has('model') || moved || refit || !this.zoomBehavior) this.draw();
    if (!this.zoomBehavior) this.setUpZoom();
    else if (refit) {
      this.fitExtents(this.zoomBehavior);
      this.syncZoomTransform();
    } else if (moved) this.syncZoomTransform();
    this.fitted = fit;
  }

  /** Zoom limits for the current model and width: from the whole horizon down to ten minutes. */
  private fitExtents(behavior: ZoomBehavior<SVGSVGElement, unknown>): void {
    const model = this.model!;
    behavior.scaleExtent([1, Math.max(1, model.horizon / MIN_WINDOW)]).translateExtent([
      [0, 0],
      [this.width(), timelineHeight(model)],
    ]);
  }

  private draw(): void {
    const { from, to } = this.window();
    renderTimeline(this.svg, this.model!, { width: this.width(), from, to, playhead: null });
    // For the benchmark (and the browser's performance panel): drawn, then painted.
    performance.mark('cs-timeline-drawn');
    requestAnimationFrame(() => performance.mark('cs-timeline-painted'));
  }

  /** The zoom transform equivalent to the current window, relative to the whole horizon. */
  private transformForView() {
    const { from, to } = this.window();
    const horizon = this.model!.horizon;
    const k = horizon / Math.max(MIN_WINDOW, to - from);
    const full = xScale({ width: this.width(), from: 0, to: horizon });
    const left = TIMELINE_LAYOUT.margin.left;
    return zoomIdentity.translate(left, 0).scale(k).translate(-full(from), 0);
  }

  private setUpZoom(): void {
    const behavior = zoom<SVGSVGElement, unknown>().on(
      'zoom',
      (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const full = xScale({ width: this.width(), from: 0, to: this.model!.horizon });
        const [a = 0, b = 0] = event.transform.rescaleX(full).domain();
        const from = Math.max(0, a);
        const to = Math.min(this.model!.horizon, b);
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => {
          this.shown = { from, to };
          this.draw();
          this.requestUpdate();
        });
        clearTimeout(this.reportTimer);
        this.reportTimer = window.setTimeout(() => {
          this.dispatchEvent(csEvent('cs-view-change', { from, to }));
        }, 250);
      },
    );
    this.fitExtents(behavior);
    this.zoomBehavior = behavior;
    select(this.svg).call(behavior).on('dblclick.zoom', null);
    this.syncZoomTransform();
  }

  private syncZoomTransform(): void {
    if (!this.zoomBehavior) return;
    const svg = select(this.svg);
    const previous = this.zoomBehavior.on('zoom');
    this.zoomBehavior.on('zoom', null);
    const behavior = this.zoomBehavior;
    svg.call((s) => behavior.transform(s, this.transformForView()));
    if (previous) this.zoomBehavior.on('zoom', previous);
  }

  private onClick(event: MouseEvent): void {
    if (!this.model || event.defaultPrevented) return;
    const rect = this.svg.getBoundingClientRect();
    const t = this.scale().invert(event.clientX - rect.left);
    if (t >= 0 && t <= this.model.horizon)
      this.dispatchEvent(csEvent('cs-seek', { t: Math.round(t / MS_PER_MINUTE) * MS_PER_MINUTE }));
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.model || !this.seekable || event.altKey || event.ctrlKey || event.metaKey) return;
    const t = playheadKeyTarget(event, this.playhead, this.eventTimes, this.model);
    if (t === null) return;
    event.preventDefault();
    event.stopPropagation(); // not also the app's shortcut for the same key
    this.dispatchEvent(csEvent('cs-seek', { t }));
  }

  private renderTable() {
    const m = this.model!;
    // The tables list the whole run: their times carry the zone's abbreviation if the clocks
    // change in it.
    const at = localStamp(m, 0, m.horizon);
    const changes = m.service.intervals.filter(
      (iv, i, all) => i === 0 || all[i - 1]!.state !== iv.state,
    );
    return html`<details>
      <summary>The timeline as a table (outages and state changes)</summary>
      <div class="table-wrap">
        <table>
          <caption>
            Outages of ${m.service.name}, with their
            <cs-term key="recovery window">recovery window</cs-term>
          </caption>
          <thead>
            <tr>
              <th>Down from</th>
              <th>Restored</th>
              <th class="num">In agreed hours</th>
              <th>RTO deadline</th>
              <th>RTO</th>
              <th>MTPD</th>
            </tr>
          </thead>
          <tbody>
            ${m.outages.map(
              (o) =>
                html`<tr>
                  <td>${at(o.start)}</td>
                  <td>${o.ongoing ? 'not restored' : at(o.end)}</td>
                  <td class="num">${minutesText(o.minutesInAgreedHours)}</td>
                  <td>${at(o.rtoDeadline)}</td>
                  <td>${rtoCell[verdictOf(o)]}</td>
                  <td>${o.mtpdBreached ? 'breached' : 'ok'}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        <table>
          <caption>
            State changes of ${m.service.name}
          </caption>
          <thead>
            <tr>
              <th>Time</th>
              <th>State</th>
              <th class="num">Capacity (tpm)</th>
              <th class="num">Demand (tpm)</th>
            </tr>
          </thead>
          <tbody>
            ${changes.map(
              (iv) =>
                html`<tr>
                  <td>${at(iv.start)}</td>
                  <td>${iv.state}</td>
                  <td class="num">
                    ${iv.capacity === null ? 'unconstrained' : Math.round(iv.capacity)}
                  </td>
                  <td class="num">${Math.round(iv.demand)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  protected override render() {
    if (!this.model) return nothing;
    const { from, to } = this.window();
    const width = this.width();
    const x = width > 0 ? this.scale()(this.playhead) : -10;
    const at = localStamp(this.model, from, to);
    const visible = this.playhead >= from && this.playhead <= to;
    const slider = this.seekable;
    return html`<section class="panel" aria-labelledby="timeline-title">
      <div class="toolbar">
        <h2 id="timeline-title">
          Availability against <cs-term key="agreed hours">agreed hours</cs-term>
        </h2>
        <span>${at(from)} to ${at(to)}</span>
        <button type="button" @click=${() => this.zoomBy(2)} title="Zoom in (+)">Zoom in</button>
        <button type="button" @click=${() => this.zoomBy(0.5)} title="Zoom out (-)">
          Zoom out
        </button>
        <button type="button" @click=${() => this.resetZoom()}>Whole horizon</button>
      </div>
      <div
        class="chart"
        tabindex=${ifDefined(slider ? '0' : undefined)}
        role=${ifDefined(slider ? 'slider' : undefined)}
        aria-label=${ifDefined(slider ? 'Timeline playhead' : undefined)}
        aria-keyshortcuts=${ifDefined(slider ? PLAYHEAD_KEYSHORTCUTS : undefined)}
        title=${ifDefined(slider ? PLAYHEAD_KEYS_HINT : undefined)}
        aria-describedby=${ifDefined(slider ? 'timeline-chart' : undefined)}
        aria-valuemin=${ifDefined(slider ? '0' : undefined)}
        aria-valuemax=${ifDefined(slider ? this.model.horizon : undefined)}
        aria-valuenow=${ifDefined(slider ? Math.round(this.playhead) : undefined)}
        aria-valuetext=${ifDefined(slider ? localStamp(this.model, 0, this.model.horizon)(this.playhead) : undefined)}
        @click=${(e: MouseEvent) => this.onClick(e)}
        @keydown=${(e: KeyboardEvent) => this.onKey(e)}
      >
        <svg
          id="timeline-chart"
          role="img"
          aria-label="Availability timeline of ${this.model.service.name}; the table below gives the same information"
          width=${width}
          height=${timelineHeight(this.model)}
        ></svg>
        ${visible ? html`<div class="playhead" style=${styleMap({ left: `${x}px` })}></div>` : nothing}
      </div>
      ${guard([this.model], () => this.renderTable())}
    </section>`;
  }
}

const sameWindow = (
  a: { from: number; to: number } | null,
  b: { from: number; to: number } | null,
): boolean => a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);

const rtoCell: Record<Verdict, string> = {
  met: 'met',
  breached: 'breached',
  slower: 'plan slower, outside agreed hours',
  pending: 'open',
};

declare global {
  interface HTMLElementTagNameMap {
    'cs-timeline-view': CsTimelineView;
  }
}
