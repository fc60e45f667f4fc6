/**
 * Text for chart labels and tooltips: axis ticks of local times (held as UTC dates, see
 * local-ticks.ts; whole date-times are in local-time.ts) and durations the way people say them
 * ("1h 12m").
 */
import * as d3 from 'd3';

const seconds = d3.utcFormat('%H:%M:%S');
const clock = d3.utcFormat('%H:%M');
const weekday = d3.utcFormat('%a %d');
const month = d3.utcFormat('%b');
const year = d3.utcFormat('%Y');

/** Axis ticks in 24-hour local time: `10:30`, `Mon 05`, `Feb`, `2027`. */
export function tickFormat(date: Date): string {
  if (d3.utcMinute(date) < date) return seconds(date);
  if (d3.utcDay(date) < date) return clock(date);
  if (d3.utcMonth(date) < date) return weekday(date);
  if (d3.utcYear(date) < date) return month(date);
  return year(date);
}

/**
 * `1h 12m`, `2d 4h`, `45m`; rounded to the minute, as every time the app shows (7h 15m 55s
 * reads `7h 16m`); under a minute in seconds (`30s`); `0m` for zero.
 */
export function humanDuration(ms: number): string {
  const magnitude = Math.abs(ms);
  let rest =
    magnitude < 59_500 ? Math.round(magnitude / 1000) : Math.round(magnitude / 60_000) * 60;
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  return (ms < 0 ? '-' : '') + (parts.length ? parts.join(' ') : '0m');
}

/** `42 %` for a share in [0, 1]. */
export const percent = (share: number): string => `${Math.round(share * 100)} %`;

/** Cuts `text` to `max` characters with an ellipsis. */
export const truncate = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;
