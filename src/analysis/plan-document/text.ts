/**
 * How the continuity plan document writes numbers and times: minutes as `3 h 05 min`, money
 * with its currency, shares as percentages, calendar periods as `12 months` (the same words as
 * the BIA view, so the document and the screen name the same figures the same way).
 */
import type { CalendarPeriod, DayWindow } from '../../core/model.ts';

export { integer, minutesText, money } from '../figure-text.ts';

/** A share as a percentage with as many decimals as it needs: `99.5 %`. */
export const percentText = (share: number): string =>
  `${Number((share * 100).toFixed(3)).toString()} %`;

/** `12 months`, `1 year`, `2 weeks`. */
export const periodText = (p: CalendarPeriod): string =>
  `${p.count} ${p.unit}${p.count === 1 ? '' : 's'}`;

const hhmm = (msOfDay: number): string => {
  const minutes = Math.round(msOfDay / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/** One day's windows: `09:00–16:00`, `08:00–12:00, 13:00–17:00`, or `closed`. */
export const windowsText = (windows: readonly DayWindow[]): string =>
  windows.length === 0 ? 'closed' : windows.map((w) => `${hhmm(w.from)}–${hhmm(w.to)}`).join(', ');

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * A week of windows in few words: consecutive days with the same windows are joined
 * (`Mon–Fri 09:00–16:00; Sat–Sun closed`); every day the same reads `every day 00:00–24:00`.
 */
export function weekText(weekly: readonly (readonly DayWindow[])[]): string {
  const texts = weekly.map(windowsText);
  if (texts.every((t) => t === texts[0])) return `every day ${texts[0]}`;
  const parts: string[] = [];
  for (let i = 0; i < texts.length;) {
    let j = i;
    while (j + 1 < texts.length && texts[j + 1] === texts[i]) j++;
    parts.push(`${i === j ? DAYS[i] : `${DAYS[i]}–${DAYS[j]}`} ${texts[i]}`);
    i = j + 1;
  }
  return parts.join('; ');
}

/** `Mon 7 Dec 2026` of a local date `YYYY-MM-DD`. */
export function dateText(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][day.getUTCDay()];
  const month = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ][m - 1];
  return `${weekday} ${d} ${month} ${y}`;
}
