/**
 * Local wall-clock time for people to read, on a scenario's clock (core/zone.ts maps elapsed
 * time to it). Where the zone's offset changes inside what a view shows, every time in it
 * carries its abbreviation (`01:30 BST`, `01:30 GMT`), so that the hour the clocks show twice
 * reads twice as different times; elsewhere times read as they always did. Without a time
 * zone, local = start + t and nothing changes.
 */
import type { Scenario, TimeZone } from '../core/model.ts';
import { formatLocal } from '../core/civil.ts';
import { instantOf, localAt, offsetChanges, type OffsetChange } from '../core/zone.ts';
import { zoneAbbreviation } from './zone-abbreviation.ts';

/** The clock of a scenario: its local start and its zone, if any. */
export type LocalClock = Pick<Scenario, 'startEpoch' | 'timeZone'>;

/** The UTC instant at simulated time `t` of a zoned clock. */
const utcAt = (clock: LocalClock, zone: TimeZone, t: number): number =>
  instantOf(zone, clock.startEpoch) + t;

/** The zone's abbreviation at simulated time `t` (`BST`); null without a zone. */
export function abbreviationAt(clock: LocalClock, t: number): string | null {
  const zone = clock.timeZone;
  return zone === null ? null : zoneAbbreviation(zone, utcAt(clock, zone, t));
}

/** The UTC offset (local = UTC + offset, ms) at simulated time `t`; null without a zone. */
export function utcOffsetAt(clock: LocalClock, t: number): number | null {
  const zone = clock.timeZone;
  return zone === null ? null : localAt(clock, t) - utcAt(clock, zone, t);
}

/** The offset changes inside simulated [from, to] (a view's ends included). */
export const changesInside = (clock: LocalClock, from: number, to: number): OffsetChange[] =>
  offsetChanges(clock, from, to + 1);

/**
 * ` BST` after a time at simulated `t` when the offset changes inside [from, to]; otherwise
 * the empty string.
 */
export function zoneSuffix(clock: LocalClock, from: number, to: number): (t: number) => string {
  if (changesInside(clock, from, to).length === 0) return () => '';
  return (t) => ` ${abbreviationAt(clock, t)}`;
}

/** Local date-time to the minute: `2026-03-29 00:30`. */
export const localMinuteAt = (clock: LocalClock, t: number): string =>
  formatLocal(localAt(clock, t)).slice(0, 16).replace('T', ' ');

/**
 * Formats simulated times as local `2026-03-29 00:30`, followed by the zone's abbreviation
 * (`2026-03-29 00:30 GMT`) when the offset changes inside the view [from, to].
 */
export function localStamp(clock: LocalClock, from: number, to: number): (t: number) => string {
  const suffix = zoneSuffix(clock, from, to);
  return (t) => localMinuteAt(clock, t) + suffix(t);
}

/** `1 h`, `30 min`, `1 h 30 min` for an offset step in ms. */
function stepText(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean).join(' ');
}

/** The abbreviations before and after a change (`GMT`, `BST`). */
function namesOf(clock: LocalClock, change: OffsetChange): { before: string; after: string } {
  const zone = clock.timeZone!;
  const utc = utcAt(clock, zone, change.t);
  return { before: zoneAbbreviation(zone, utc - 1), after: zoneAbbreviation(zone, utc) };
}

/** The short label of a change on a timeline: `clocks +1 h (GMT→BST)`. */
export function changeLabel(clock: LocalClock, change: OffsetChange): string {
  const { before, after } = namesOf(clock, change);
  const sign = change.after > change.before ? '+' : '−';
  return `clocks ${sign}${stepText(change.after - change.before)} (${before}→${after})`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Sun 29 Mar 2026` of a local epoch (as if UTC). */
function dayText(local: number): string {
  const d = new Date(local);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const clockText = (local: number): string => formatLocal(local).slice(11, 16);

/** When a change happens, on the clocks before it: `Sun 29 Mar 2026 at 01:00 GMT`. */
export function changeWhen(clock: LocalClock, change: OffsetChange): string {
  const from = localAt(clock, change.t) - change.after + change.before;
  return `${dayText(from)} at ${clockText(from)} ${namesOf(clock, change).before}`;
}

/**
 * A change in a sentence: `Clocks go forward 1 h on Sun 29 Mar 2026 at 01:00 GMT, to 02:00
 * BST: local times from 01:00 to 02:00 do not exist that night.`
 */
export function changeSentence(clock: LocalClock, change: OffsetChange): string {
  const { before, after } = namesOf(clock, change);
  const to = localAt(clock, change.t);
  const from = to - change.after + change.before;
  const forward = change.after > change.before;
  const [early, late] = forward ? [from, to] : [to, from];
  return (
    `Clocks go ${forward ? 'forward' : 'back'} ${stepText(change.after - change.before)} ` +
    `on ${dayText(from)} at ${clockText(from)} ${before}, to ${clockText(to)} ${after}: ` +
    `local times from ${clockText(early)} to ${clockText(late)} ` +
    `${forward ? 'do not exist' : 'happen twice'} that night.`
  );
}
