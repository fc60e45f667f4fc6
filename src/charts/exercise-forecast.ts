/**
 * The facilitator's forecast of an exercise: a time axis from its start to its end with the
 * exercise clock as a line, every inject as a numbered marker (filled once released, hollow
 * while due, dashed while it waits for the facilitator) and every decision as a band from its
 * opening to its deadline. Injects close in time go on rows of their own, so no marker or
 * number covers another. Each marker has a `<title>`; the summary is the chart's name.
 */
import * as d3 from 'd3';
import { localTicks } from './local-ticks.ts';
import { markerRows } from './marker-rows.ts';
import type { LocalClock } from './local-time.ts';
import { color } from './palette.ts';

export interface ForecastItem {
  /** ms since the scenario start. */
  readonly t: number;
  readonly label: string;
  readonly state: 'released' | 'due' | 'on-demand';
}

export interface ForecastDecision {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly state: 'open' | 'decided' | 'waiting';
}

export interface ForecastData {
  /** The scenario's clock: the axis is elapsed time, labelled in local time. */
  readonly clock: LocalClock;
  readonly start: number;
  readonly end: number;
  readonly now: number;
  readonly injects: readonly ForecastItem[];
  readonly decisions: readonly ForecastDecision[];
}

const MARGIN = { left: 12, right: 12, top: 10, bottom: 22 };
/** A marker's radius and the distance between marker rows. */
const R = 8;
const ROW = 2 * R + 3;

export function forecastSummary(data: ForecastData): string {
  const due = data.injects.filter((i) => i.state !== 'released').length;
  const released = data.injects.length - due;
  return `Exercise forecast: ${released} inject${released === 1 ? '' : 's'} released, ${due} still to come, ${data.decisions.filter((d) => d.state === 'open').length} decision open`;
}

export function renderExerciseForecast(
  svgElement: SVGSVGElement,
  data: ForecastData,
  width: number,
): void {
  const svg = d3.select(svgElement);
  svg.selectAll('*').remove();
  const x = d3
    .scaleLinear()
    .domain([data.start, data.end])
    .range([MARGIN.left + R, width - MARGIN.right - R]);
  const at = (t: number) => x(Math.min(Math.max(t, data.start), data.end));
  const rows = markerRows(
    data.injects.map((i) => at(i.t)),
    2 * R + 2,
  );
  const rowCount = Math.max(1, ...rows.map((r) => r + 1));
  const bandsTop = MARGIN.top + rowCount * ROW + 4;
  const HEIGHT = bandsTop + 16 + MARGIN.bottom;
  svg
    .attr('viewBox', `0 0 ${width} ${HEIGHT}`)
    .attr('width', width)
    .attr('height', HEIGHT)
    .attr('role', 'img')
    .attr('aria-label', forecastSummary(data));
  const axisY = HEIGHT - MARGIN.bottom;
  const count = Math.max(2, Math.floor(width / 90));
  const ticks = localTicks(data.clock, data.start, data.end, count, d3.utcFormat('%H:%M'));
  const labels = new Map(ticks.map((tick) => [tick.t, tick.label]));
  svg
    .append('g')
    .attr('transform', `translate(0,${axisY})`)
    .call(
      d3
        .axisBottom(x)
        .tickValues(ticks.map((tick) => tick.t))
        .tickFormat((t) => labels.get(+t) ?? ''),
    )
    .call((g) => g.selectAll('text').attr('fill', color('ink')))
    .call((g) => g.selectAll('line,path').attr('stroke', color('grid')));

  // decisions: a band from opening to deadline
  const bands = svg.append('g').attr('class', 'decisions');
  data.decisions.forEach((d, i) => {
    const y = bandsTop + (i % 2) * 8;
    bands
      .append('rect')
      .attr('x', at(d.from))
      .attr('y', y)
      .attr('width', Math.max(3, at(d.to) - at(d.from)))
      .attr('height', 6)
      .attr('rx', 2)
      .attr('fill', d.state === 'open' ? color('degraded') : color('recovering'))
      .attr('opacity', d.state === 'waiting' ? 0.45 : 1)
      .append('title')
      .text(`Decision (${d.state}): ${d.label}`);
  });

  // injects: numbered circles, on as many rows as it takes for none to cover another
  const marks = svg.append('g').attr('class', 'injects');
  data.injects.forEach((inject, i) => {
    const cx = at(inject.t);
    const cy = MARGIN.top + R + (rows[i] ?? 0) * ROW;
    const released = inject.state === 'released';
    const g = marks.append('g').attr('data-state', inject.state);
    g.append('circle')
      .attr('cx', cx)
      .attr('cy', cy)
      .attr('r', R)
      .attr('fill', released ? color('ink') : color('surface'))
      .attr('stroke', color('ink'))
      .attr('stroke-width', 1.5)
      .attr('stroke-dasharray', inject.state === 'on-demand' ? '2 2' : null);
    g.append('text')
      .attr('x', cx)
      .attr('y', cy + 3.5)
      .attr('text-anchor', 'middle')
      .attr('font-size', 10)
      .attr('font-weight', 'bold')
      .attr('fill', released ? color('surface') : color('ink'))
      .text(String(i + 1));
    g.append('title').text(`${i + 1}. ${inject.label} (${inject.state.replace('-', ' ')})`);
  });

  // the exercise clock
  svg
    .append('line')
    .attr('class', 'now')
    .attr('x1', at(data.now))
    .attr('x2', at(data.now))
    .attr('y1', MARGIN.top - 4)
    .attr('y2', axisY)
    .attr('stroke', color('playhead'))
    .attr('stroke-width', 2);
}
