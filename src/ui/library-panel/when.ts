/** When something happened, in the planner's local time, relative while it is recent. */
import { localMinute } from '../storage/order.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const dayOf = (ms: number): string => localMinute(ms).slice(0, 10);

/**
 * `just now`, `5 min ago`, `3 h ago` within the last hours of today; then `today 09:10`,
 * `yesterday 17:45`, or the local date and time `2026-04-30 10:00`.
 */
export function whenText(ms: number, now: number): string {
  const ago = now - ms;
  const sameDay = dayOf(ms) === dayOf(now);
  if (ago >= 0 && ago < MINUTE) return 'just now';
  if (ago >= 0 && ago < HOUR) return `${Math.floor(ago / MINUTE)} min ago`;
  if (ago >= 0 && ago < 6 * HOUR && sameDay) return `${Math.floor(ago / HOUR)} h ago`;
  const time = localMinute(ms).slice(11);
  if (sameDay) return `today ${time}`;
  if (dayOf(ms) === dayOf(now - 24 * HOUR)) return `yesterday ${time}`;
  return localMinute(ms);
}

/** The full local date and time, for a tooltip and `<time datetime>`. */
export const exactTime = (ms: number): string => localMinute(ms);
