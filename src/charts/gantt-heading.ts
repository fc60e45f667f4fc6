/**
 * The Gantt's heading: the summary sentence (wrapped to the width), the legend (bar at its
 * bound, where a step may end, critical path, over the RTO; with a simulated run, the waits for
 * teams on a line of their own) and a note for each step that names an unknown prerequisite.
 */
import { ROW } from './gantt-rows.ts';
import type { GanttBound, PlanSchedule } from './gantt-schedule.ts';
import { layer } from './layer.ts';
import { drawLabels, SERIES, textWidth, type G, type Label } from './montecarlo/frame.ts';
import { color } from './palette.ts';
import { patternFill } from './patterns.ts';
import { waitFill, type WaitKind } from './gantt-waits.ts';

export const HEADING = { summaryY: 18, summaryLine: 17, legendY: 42, noteHeight: 16 } as const;

/** One line per step that names an unknown prerequisite. */
export function notesOf(schedule: PlanSchedule): string[] {
  return schedule.steps
    .filter((s) => s.unknown.length > 0)
    .map((s) => {
      const names = s.unknown.map((u) => `“${u}”`).join(', ');
      const one = s.unknown.length === 1;
      return `Note: “${s.step.name}” waits for ${names}, which ${one ? 'is not a step' : 'are not steps'} of this plan: ignored.`;
    });
}

/** A duration's number and unit, and hours and their minutes (`2 h 28 min`), as one word. */
const DURATION = /\d+ (?:h|min|d)\b(?: \d+ min\b)?/g;
const NBSP = '\u00a0';

/**
 * Words of `text` in lines no wider than `width` px at `size` px bold; a duration
 * (`5 min`, `2 h 28 min`) is never broken across lines.
 */
export function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  const kept = text.replace(DURATION, (d) => d.replaceAll(' ', NBSP));
  for (const word of kept.split(' ').map((w) => w.replaceAll(NBSP, ' '))) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return [...lines, line];
}

export interface Heading {
  readonly lines: readonly string[];
  readonly legendY: number;
  readonly notes: readonly string[];
  readonly bound: GanttBound;
  readonly hasRto: boolean;
  /** The waits' legend, on a line of its own under the legend (gantt-waits.ts). */
  readonly waits?: readonly { key: string; kind: WaitKind; text: string }[];
}

/** Height of the waits' legend line, when there is one. */
export const WAIT_LEGEND_HEIGHT = 18;

/** The summary sentence, the legend and the notes, above the rows. */
export function drawHeading(
  plot: G,
  { lines, legendY, notes, bound, hasRto, waits = [] }: Heading,
): void {
  const L = HEADING;
  const entries = [
    { key: 'bar', text: `${bound} duration` },
    { key: 'range', text: 'where it ends, low–high' },
    { key: 'critical', text: 'critical path' },
    ...(hasRto ? [{ key: 'over', text: 'over the RTO' }] : []),
  ];
  let at = 8;
  const legend = entries.map((e) => {
    const item = { ...e, x: at };
    at += 22 + textWidth(e.text) + 18;
    return item;
  });
  type Entry = (typeof legend)[number];
  layer(plot, 'cs-legend')
    .selectChildren<SVGRectElement, Entry>('rect')
    .data(legend, (d) => d.key)
    .join('rect')
    .attr('x', (d) => d.x)
    .attr('y', (d) => (d.key === 'range' ? legendY - 6 : legendY - 10))
    .attr('width', 18)
    .attr('height', (d) => (d.key === 'range' ? ROW.stripHeight : 12))
    .attr('rx', (d) => (d.key === 'over' ? null : 2))
    .attr('fill', (d) => (d.key === 'over' ? patternFill('down') : SERIES))
    .attr('fill-opacity', (d) =>
      d.key === 'range' ? 0.35 : d.key === 'over' ? 0.3 : d.key === 'bar' ? 0.6 : null,
    )
    .attr('stroke', (d) => (d.key === 'critical' ? color('ink') : d.key === 'bar' ? SERIES : null))
    .attr('stroke-width', (d) => (d.key === 'critical' ? 2.5 : d.key === 'bar' ? 1 : null));
  let wx = 8;
  const waitY = legendY + WAIT_LEGEND_HEIGHT;
  const waitItems = waits.map((w) => {
    const item = { ...w, x: wx };
    wx += 22 + textWidth(w.text) + 18;
    return item;
  });
  if (waitItems.length > 0 || !plot.selectChild('g.cs-wait-legend').empty())
    layer(plot, 'cs-wait-legend')
      .selectChildren<SVGRectElement, (typeof waitItems)[number]>('rect')
      .data(waitItems, (d) => d.key)
      .join('rect')
      .attr('x', (d) => d.x)
      .attr('y', waitY - 10)
      .attr('width', 18)
      .attr('height', 12)
      .attr('fill', (d) => waitFill(d.kind))
      .attr('stroke', color('muted'))
      .attr('stroke-dasharray', '3 2');
  const labels: Label[] = [
    ...waitItems.map((d) => ({ key: `wait-${d.key}`, x: d.x + 24, y: waitY, text: d.text })),
    ...lines.map((text, i) => ({
      key: `summary-${i}`,
      x: 8,
      y: L.summaryY + i * L.summaryLine,
      text,
      size: 13,
      bold: true,
      cls: 'cs-summary',
    })),
    ...legend.map((d) => ({ key: d.key, x: d.x + 24, y: legendY, text: d.text })),
    ...notes.map((text, i) => ({
      key: `note-${i}`,
      x: 8,
      y: legendY + (waits.length ? WAIT_LEGEND_HEIGHT : 0) + (i + 1) * L.noteHeight + 2,
      text,
      fill: color('muted'),
    })),
  ];
  drawLabels(layer(plot, 'cs-heading'), labels);
}
