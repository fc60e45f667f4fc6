/**
 * Number and time formatting for the UI (local times of a run: charts/local-time.ts, which
 * adds the zone's abbreviation where the clocks change).
 */

const percentFormat = new Intl.NumberFormat('en', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 3,
});
const integerFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

export const percent = (x: number | null): string => (x === null ? 'n/a' : percentFormat.format(x));
export const integer = (x: number): string => integerFormat.format(x);
export const money = (x: number, currency: string): string =>
  new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(x);

/** Minutes as `45 min` or `3 h 05 min`. */
export function minutesText(m: number): string {
  const total = Math.round(m);
  if (total < 0) return `−${minutesText(-total)}`;
  if (total < 60) return `${total} min`;
  const rest = total % 60;
  return rest
    ? `${Math.floor(total / 60)} h ${String(rest).padStart(2, '0')} min`
    : `${total / 60} h`;
}

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
