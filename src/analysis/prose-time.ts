/**
 * A local date-time in a sentence, as people say it: `Fri 30 Jan 11:00`, to the minute with
 * the seconds cut, as the clock, the timeline, the event log and the after-action report show a
 * time (so a finding and the timeline name the same minute, and never a local time the clocks
 * skip), instead of the
 * `2026-01-30T11:00` that files and JSON keep. Text that is no local date-time stays as it is.
 */
import { formatLocal, parseLocal } from '../core/civil.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MINUTE = 60_000;

/** `Fri 30 Jan 11:00` of a local epoch (as if UTC), the seconds cut. */
export function proseLocal(local: number): string {
  const d = new Date(Math.floor(local / MINUTE) * MINUTE);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${formatLocal(d.getTime()).slice(11, 16)}`;
}

/**
 * `2026-01-30T11:00` (or `2026-01-30 11:00:40`, or with its offset `+01:00`) as
 * `Fri 30 Jan 11:00`.
 */
export function proseWhen(text: string): string {
  const local = parseLocal(text.trim().replace(/(?:[+-]\d{2}:\d{2}|Z)$/, ''));
  return Number.isNaN(local) ? text : proseLocal(local);
}
