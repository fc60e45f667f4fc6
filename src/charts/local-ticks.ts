/**
 * Axis ticks at round local times on an axis of elapsed time. A chart's x axis is linear in
 * simulated time (an hour is as wide at 01:00 on the night the clocks change as at noon); its
 * ticks sit where the local clock shows a round time (00:00, 06:00, Mon 30), so on a 23 h or a
 * 25 h day they lie an hour closer or further apart and each still reads what the clock
 * showed. Where the offset changes inside the view, time-of-day labels carry the zone's
 * abbreviation (an hour the clocks show twice gets two ticks, `01:00 BST` and `01:00 GMT`).
 */
import * as d3 from 'd3';
import { localAt, readingsOf, simAt } from '../core/zone.ts';
import { tickFormat } from './format.ts';
import { abbreviationAt, changesInside, type LocalClock } from './local-time.ts';

export interface LocalTick {
  /** Simulated ms. */
  readonly t: number;
  readonly label: string;
}

/** The local times shown over simulated [from, to]: from the earliest to the latest. */
function localDomain(clock: LocalClock, from: number, to: number): [number, number] {
  let lo = localAt(clock, from);
  let hi = localAt(clock, to);
  for (const change of changesInside(clock, from, to)) {
    const after = localAt(clock, change.t);
    const before = after - change.after + change.before;
    lo = Math.min(lo, after, before);
    hi = Math.max(hi, after, before);
  }
  return [lo, hi];
}

/** Whether a local time is a local midnight (a day, month or year tick). */
const isMidnight = (date: Date): boolean => +d3.utcDay(date) === +date;

/**
 * About `count` ticks over simulated [from, to], each at a round local time, labelled by
 * `format` (of the local time as a UTC date; charts/format.ts `tickFormat` by default).
 */
export function localTicks(
  clock: LocalClock,
  from: number,
  to: number,
  count: number,
  format: (local: Date) => string = tickFormat,
): LocalTick[] {
  const zoned = changesInside(clock, from, to).length > 0;
  const seen = new Set<number>();
  const ticks: LocalTick[] = [];
  for (const date of d3
    .scaleUtc()
    .domain(localDomain(clock, from, to))
    .ticks(count)) {
    const local = +date;
    const readings = readingsOf(clock, local);
    // A time the clocks skip: its tick goes where the clocks jump, and reads what they show
    // there (a skipped midnight still names its day).
    const times = readings.length > 0 ? readings : [simAt(clock, local)];
    for (const t of times) {
      if (t < from || t > to || seen.has(t)) continue;
      seen.add(t);
      const shown = readings.length > 0 || isMidnight(date) ? date : new Date(localAt(clock, t));
      const label = format(shown);
      ticks.push({
        t,
        label: zoned && !isMidnight(shown) ? `${label} ${abbreviationAt(clock, t)}` : label,
      });
    }
  }
  return ticks.sort((a, b) => a.t - b.t);
}
