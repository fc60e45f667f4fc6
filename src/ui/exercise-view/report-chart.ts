import { LitElement, css, html } from 'lit';
import { property, query } from 'lit/decorators.js';
import type { TimelineModel } from '../../analysis/timeline-types.ts';
import { renderTimeline } from '../../charts/timeline.ts';

/** The width the chart is drawn at; it scales to its box (the page, the printed page). */
const DRAWN_WIDTH = 960;

/** What the report's chart shows: the exercise run's timeline, framed on the exercise. */
export interface ReportChart {
  readonly model: TimelineModel;
  /** The window shown, in the run's time (ms). */
  readonly from: number;
  readonly to: number;
  /** The exercise clock of a report made while it runs; null once it has ended. */
  readonly playhead: number | null;
}

/**
 * The after-action report's timeline chart: the chart of charts/timeline.ts (service state,
 * recovery against RTO and MTPD, plan steps, load, components) over the exercise, drawn once
 * at a fixed width and scaled to fit the screen or the printed page (it prints with the report).
 */
export class CsReportChart extends LitElement {
  static override styles = css`
    :host {
      display: block;
      break-inside: avoid;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
    }
  `;

  @property({ attribute: false }) chart: ReportChart | null = null;
  @query('svg') private svg?: SVGSVGElement;

  protected override updated(): void {
    const chart = this.chart;
    if (!chart || !this.svg) return;
    renderTimeline(this.svg, chart.model, {
      width: DRAWN_WIDTH,
      from: chart.from,
      to: chart.to,
      playhead: chart.playhead,
    });
  }

  override render() {
    return html`<svg
      role="img"
      aria-label="Timeline of ${this.chart?.model.service.name ?? 'the service'} during the exercise"
    ></svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cs-report-chart': CsReportChart;
  }
}
