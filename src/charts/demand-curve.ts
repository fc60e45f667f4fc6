/**
 * The demand curve editor: one bar per hour of the day at factor × tpm, the agreed hours
 * shaded and named, the capacity as a dashed line with the demand above it hatched. Each
 * hour is a slider: drag it up or down (d3-drag: mouse, pen and touch) to set its factor,
 * snapped to 0.05 and clamped to 0..max, or focus it and use the arrow keys (0.05; with Shift,
 * or Page Up/Down, 0.25; Home and End for 0 and max). `onChange` follows the drag and
 * `onCommit` gets the whole new array when it ends (a key press does both).
 *
 * The chart never changes the data it is given: while a drag or key press waits for the
 * caller, only the moved hour's marks follow (a preview); the caller passes the new factors
 * back and the chart redraws from them.
 */
import * as d3 from 'd3';
import {
  drawAgreed,
  drawCapacity,
  drawFactorAxis,
  drawHourAxis,
  covers,
  type AgreedWindow,
} from './demand-curve-axes.ts';
import {
  drawHours,
  FACTOR_MAX,
  FACTOR_STEP,
  hh,
  num,
  factorText,
  type Hour,
  type HourGeometry,
} from './demand-curve-hours.ts';
import { layer } from './layer.ts';
import { drawYAxis } from './montecarlo/axes.ts';
import { plotFrame, setupSvg, type ChartSize } from './montecarlo/frame.ts';
import { ensurePatterns } from './patterns.ts';

export {
  factorAfterKey,
  factorAt,
  snapFactor,
  FACTOR_MAX,
  FACTOR_STEP,
} from './demand-curve-hours.ts';
export type { AgreedWindow } from './demand-curve-axes.ts';

export interface DemandCurveData {
  /** 24 factors, one per hour from 00:00 (missing hours read as 0). */
  readonly hourly: readonly number[];
  /** Transactions per minute at factor 1. */
  readonly tpm: number;
  /** Agreed-hours windows to shade, in minutes of the day (`to` may be 1440). */
  readonly agreed?: readonly AgreedWindow[];
  /** The service's capacity in transactions per minute, drawn as a line. */
  readonly capacity?: number | null;
}

export interface DemandCurveOptions extends ChartSize {
  /** Each new factor of one hour while it is dragged (or changed with a key). */
  readonly onChange?: (hour: number, factor: number) => void;
  /** All 24 factors, once a drag ends or a key changed one. */
  readonly onCommit?: (hourly: number[]) => void;
  /** The highest factor a handle can reach (default 3). */
  readonly max?: number;
}

export const DEMAND_CURVE_SIZE = { width: 720, height: 280 } as const;
const MARGIN = { top: 40, right: 52, bottom: 44, left: 62 } as const;

export function renderDemandCurve(
  svg: SVGSVGElement,
  data: DemandCurveData,
  options: DemandCurveOptions = {},
): { height: number } {
  const f = plotFrame(
    options.width ?? DEMAND_CURVE_SIZE.width,
    options.height ?? DEMAND_CURVE_SIZE.height,
    MARGIN,
  );
  const max = options.max ?? FACTOR_MAX;
  const tpm = Math.max(0, data.tpm);
  const hours: Hour[] = d3.range(24).map((hour) => ({ hour, factor: data.hourly[hour] ?? 0 }));
  const capacity = data.capacity ?? null;
  const interactive = !!(options.onChange || options.onCommit);
  ensurePatterns(svg);
  const root = setupSvg(svg, 'cs-demand-curve', f, {
    title: `Demand by hour of the day, ${num(tpm)} tpm at factor 1`,
    desc: describe(hours, tpm, capacity),
    interactive,
  });
  const plot = layer(root, 'cs-plot');
  // The scale holds still while factors change: its top is the highest factor a handle can
  // reach (or the capacity, or a factor already above max, if higher).
  const capFactor = capacity !== null && tpm > 0 ? (capacity * 1.08) / tpm : 0;
  const top = Math.max(max, capFactor, d3.max(hours, (h) => h.factor) ?? 0, FACTOR_STEP);
  const y = d3.scaleLinear().domain([0, top]).range([f.bottom, f.top]);
  const hx = d3.scaleLinear().domain([0, 24]).range([f.left, f.right]);
  const band = hx(1) - hx(0);

  drawAgreed(plot, f, hx, data.agreed ?? []);
  drawYAxis(plot, f, {
    scale: d3
      .scaleLinear()
      .domain([0, top * tpm])
      .range(y.range()),
    ticks: 5,
    format: (v) => v.toLocaleString('en'),
    title: 'transactions per minute',
  });
  drawFactorAxis(plot, f, y);
  drawHourAxis(plot, f, hx, band);
  const geo: HourGeometry = { f, y, hx, band, tpm, capacity, max };
  const agreed = data.agreed ?? [];
  const inAgreed = (h: number) => agreed.some((w) => covers(w, h * 60));
  drawHours(plot, hours, geo, interactive ? options : null, inAgreed);
  drawCapacity(plot, f, y, tpm, capacity);
  return { height: f.height };
}

function describe(hours: readonly Hour[], tpm: number, capacity: number | null): string {
  const peak = hours.reduce((a, b) => (b.factor > a.factor ? b : a), hours[0]!);
  const text = `Peak ${num(Math.round(peak.factor * tpm))} tpm (${factorText(peak.factor)} ×) at ${hh(peak.hour)}.`;
  if (capacity === null) return text;
  const over = hours.filter((h) => h.factor * tpm > capacity).map((h) => hh(h.hour));
  return `${text} Capacity ${num(capacity)} tpm: ${over.length ? `demand above it at ${over.join(', ')}` : 'demand stays within it'}.`;
}
