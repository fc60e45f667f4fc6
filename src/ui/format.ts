/**
 * Number and time formatting for the UI (local times of a run: charts/local-time.ts, which
 * adds the zone's abbreviation where the clocks change).
 */

const percentFormat = new Intl.NumberFormat('en', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 3,
});

export const percent = (x: number | null): string => (x === null ? 'n/a' : percentFormat.format(x));
export { integer, minutesText, money } from '../analysis/figure-text.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A local ISO date-time (`2026-01-13T14:00`) as `13 Jan 14:00`, for narrow tables. */
export function shortLocal(iso: string): string {
  const month = MONTHS[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7);
  return `${Number(iso.slice(8, 10))} ${month} ${iso.slice(11, 16)}`;
}

/**
 * The time of day of a scenario-local date-time: `11:30`, or with `exact` the seconds too when
 * it is not on the minute (`16:29:53`).
 */
export const timeOfDay = (local: string, exact = false): string =>
  exact ? local.slice(11) : local.slice(11, 16);

/** Real seconds left as a countdown: `2:05`. */
export const countdown = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
