/**
 * Tick values for an axis of durations (in minutes) at the steps people count in: 1, 2, 5,
 * 10, 15, 20 and 30 minutes, 1, 2, 3, 4, 6 and 12 hours, 1, 2 and 7 days, then 1, 2 or 5 times
 * a power of ten days. The ticks are the multiples of the first step that gives no more than
 * `count` of them inside [lo, hi]: `30 min, 1 h, 1 h 30 min, 2 h`, never `1h23m, 3h8m`. Pure.
 */
import { ticks as d3Ticks } from 'd3';

const MINUTE_STEPS = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 10080];
const DAY = 1440;

/** The step in minutes: the first of the steps above that leaves at most `count` ticks. */
export function durationTickStep(lo: number, hi: number, count: number): number {
  const span = Math.max(0, hi - lo);
  const most = Math.max(1, Math.floor(count));
  const fits = (step: number) => Math.floor(hi / step) - Math.ceil(lo / step) + 1 <= most;
  const known = MINUTE_STEPS.find(fits);
  if (known !== undefined) return known;
  for (let power = 1; ; power *= 10)
    for (const k of [1, 2, 5]) {
      const step = k * power * DAY;
      if (step >= 10080 && (fits(step) || step > span)) return step;
    }
}

/** Round tick values in minutes inside [lo, hi], at most `count` of them (at least one). */
export function niceDurationTicks(lo: number, hi: number, count: number): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const [a, b] = lo <= hi ? [lo, hi] : [hi, lo];
  const step = durationTickStep(a, b, count);
  const out: number[] = [];
  for (let k = Math.ceil(a / step); k * step <= b; k++) out.push(k * step);
  return out.length ? out : [Math.round(a)];
}

/** Round tick values for plain numbers (tpm): d3's 1, 2, 5 × 10ⁿ steps. */
export const niceNumberTicks = (lo: number, hi: number, count: number): number[] =>
  d3Ticks(lo, hi, Math.max(1, Math.floor(count)));
