/**
 * Local wall-clock time and elapsed time. The engine runs on elapsed time: simulated time `t`
 * is milliseconds since the start, as a stopwatch counts them. Agreed hours, demand curves,
 * surges and the times people write in a scenario are local wall-clock times. This module
 * maps one onto the other.
 *
 * A local time is held as epoch ms "as if UTC" (`civil.ts` reads its date and hour). Without a
 * time zone, a scenario's clock is fixed: local = start + t, and every day lasts 24 h. With
 * one, the zone's offset changes (daylight saving) come from the IANA rules, resolved when the
 * scenario is read (scenario/time-zone.ts, through the Temporal polyfill) into the plain data of
 * `TimeZone`, so the engine needs no library and gives the same results in Node and browsers.
 */
import type { Scenario, TimeZone } from './model.ts';
import { formatLocal } from './civil.ts';
import { MS_PER_DAY, MS_PER_HOUR } from './time.ts';

type Zoned = Pick<Scenario, 'startEpoch' | 'timeZone'>;

/** How many of the zone's changes happen at or before UTC instant `utc`. */
function changesBy(zone: TimeZone, utc: number): number {
  const changes = zone.changes;
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changes[mid]!.at <= utc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The offset (local = UTC + offset, ms) in force at UTC instant `utc`. */
export function offsetAt(zone: TimeZone, utc: number): number {
  const n = changesBy(zone, utc);
  return n === 0 ? zone.offset : zone.changes[n - 1]!.offset;
}

/**
 * The UTC instants that read `local` on the zone's clocks, earliest first: one, none (a time
 * the clocks skip when they go forward) or two (a time they show twice when they go back).
 */
export function instantsOf(zone: TimeZone, local: number): number[] {
  // Offset changes lie more than a day apart: the offsets a day either side are the candidates.
  const a = local - offsetAt(zone, local - MS_PER_DAY);
  const b = local - offsetAt(zone, local + MS_PER_DAY);
  const readsA = a + offsetAt(zone, a) === local;
  if (a === b) return readsA ? [a] : [];
  const readsB = b + offsetAt(zone, b) === local;
  if (readsA && readsB) return a < b ? [a, b] : [b, a];
  return readsA ? [a] : readsB ? [b] : [];
}

/**
 * The earliest of instantsOf(zone, local), NaN when there is none: the same answer without
 * the arrays (the calendar and demand ask it for every window and hour of a run).
 */
function firstReading(zone: TimeZone, local: number): number {
  const a = local - offsetAt(zone, local - MS_PER_DAY);
  const b = local - offsetAt(zone, local + MS_PER_DAY);
  const readsA = a + offsetAt(zone, a) === local;
  if (a === b) return readsA ? a : NaN;
  const readsB = b + offsetAt(zone, b) === local;
  if (readsA && readsB) return Math.min(a, b);
  return readsA ? a : readsB ? b : NaN;
}

/**
 * The UTC instant of a local time, read as Temporal's `compatible` disambiguation reads it:
 * in a gap, the offset before the change (01:30 on a spring-forward night at 01:00 is 02:30
 * after it); in an overlap, the earlier of the two.
 */
export function instantOf(zone: TimeZone, local: number): number {
  const first = firstReading(zone, local);
  return Number.isNaN(first) ? local - offsetAt(zone, local - MS_PER_DAY) : first;
}

/**
 * The first UTC instant at which the zone's clocks show `local` or a later time: the first
 * reading of a time that exists, and for a time the clocks skip, the moment they jump past it
 * (01:30 on a spring-forward night at 01:00 is the jump, 02:00 after it). It never decreases
 * as `local` grows, so a local interval [from, to) is the elapsed time between the two.
 */
function firstInstantOf(zone: TimeZone, local: number): number {
  const first = firstReading(zone, local);
  if (!Number.isNaN(first)) return first;
  // Read at the offset before the jump, `local` falls after it: the last change by then.
  const n = changesBy(zone, local - offsetAt(zone, local - MS_PER_DAY));
  return n === 0 ? local - zone.offset : zone.changes[n - 1]!.at;
}

/** Start instants already worked out, by zone and local start (hot paths ask every step). */
const starts = new WeakMap<TimeZone, Map<number, number>>();

/** The last start asked for (hot paths ask with one scenario): saves the two map look-ups. */
let lastZone: TimeZone | null = null;
let lastStart = NaN;
let lastInstant = NaN;

/** The UTC instant of the start (the start itself is local wall-clock time). */
function startInstant(s: Zoned): number {
  const zone = s.timeZone;
  if (zone === null) return s.startEpoch;
  if (zone === lastZone && s.startEpoch === lastStart) return lastInstant;
  let known = starts.get(zone);
  if (known === undefined) starts.set(zone, (known = new Map<number, number>()));
  let instant = known.get(s.startEpoch);
  if (instant === undefined) known.set(s.startEpoch, (instant = instantOf(zone, s.startEpoch)));
  lastZone = zone;
  lastStart = s.startEpoch;
  lastInstant = instant;
  return instant;
}

/** Local wall-clock time (epoch ms as if UTC) at simulated time `t`. */
export function localAt(s: Zoned, t: number): number {
  if (s.timeZone === null) return s.startEpoch + t;
  const utc = startInstant(s) + t;
  return utc + offsetAt(s.timeZone, utc);
}

/**
 * Simulated time of local wall-clock time `local`: the first moment the clocks show it, or for
 * a time they skip, the moment they jump past it (see firstInstantOf). It never decreases as
 * `local` grows: agreed-hours windows, days and surges are laid out with it. (Times written in
 * a file are read `compatible` instead, see instantOf; a skipped one is refused there.)
 */
export function simAt(s: Zoned, local: number): number {
  if (s.timeZone === null) return local - s.startEpoch;
  return firstInstantOf(s.timeZone, local) - startInstant(s);
}

/** The simulated times that read `local`: one, none (skipped) or two (shown twice). */
export function readingsOf(s: Zoned, local: number): number[] {
  if (s.timeZone === null) return [local - s.startEpoch];
  const start = startInstant(s);
  return instantsOf(s.timeZone, local).map((u) => u - start);
}

/** A change of the zone's offset: at simulated time `t`, from `before` to `after` (ms). */
export interface OffsetChange {
  readonly t: number;
  readonly before: number;
  readonly after: number;
}

/** The offset changes in simulated [from, to), in order. */
export function offsetChanges(s: Zoned, from: number, to: number): OffsetChange[] {
  const zone = s.timeZone;
  if (zone === null) return [];
  const start = startInstant(s);
  const out: OffsetChange[] = [];
  let before = zone.offset;
  for (const change of zone.changes) {
    const t = change.at - start;
    if (t >= from && t < to && change.offset !== before)
      out.push({ t, before, after: change.offset });
    before = change.offset;
  }
  return out;
}

/**
 * The local wall-clock times a run of `horizon` shows, [from, to): from its start's to its
 * end's, widened where the clocks go back inside the run, as they then show, before the change,
 * times later than the end's (Antarctica/Casey went from 03:00 back to 00:00), and after it,
 * times earlier than the start's (St John's went from 00:01 back to 23:01 until 2011).
 */
export function localSpan(s: Zoned, horizon: number): { from: number; to: number } {
  let from = localAt(s, 0);
  let to = localAt(s, horizon);
  for (const c of offsetChanges(s, 0, horizon + 1)) {
    if (c.after >= c.before) continue;
    const after = localAt(s, c.t);
    from = Math.min(from, after);
    to = Math.max(to, after - c.after + c.before);
  }
  return { from, to };
}

/** The first simulated time after `t` at which the offset changes; Infinity if none. */
export function nextOffsetChange(s: Zoned, t: number): number {
  const zone = s.timeZone;
  if (zone === null) return Infinity;
  const start = startInstant(s);
  // The first change after t, by bisection (changes are in time order).
  const changes = zone.changes;
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changes[mid]!.at - start > t) hi = mid;
    else lo = mid + 1;
  }
  return lo < changes.length ? changes[lo]!.at - start : Infinity;
}

/** The first simulated time after `t` at which the local clock shows a new hour (or jumps). */
export function nextLocalHour(s: Zoned, t: number): number {
  const local = localAt(s, t);
  const toHour = MS_PER_HOUR - (((local % MS_PER_HOUR) + MS_PER_HOUR) % MS_PER_HOUR);
  return Math.min(t + toHour, nextOffsetChange(s, t));
}

/** Local midnight (epoch ms as if UTC) of the local date at simulated time `t`. */
const localMidnightAt = (s: Zoned, t: number): number =>
  Math.floor(localAt(s, t) / MS_PER_DAY) * MS_PER_DAY;

/** Local midnight of the local date at simulated time `t`, in simulated time (may be below 0). */
export const dayStartAt = (s: Zoned, t: number): number => simAt(s, localMidnightAt(s, t));

/**
 * The start fields of the same scenario begun `shift` later (a window of its run): its local
 * start as text and as epoch ms. The new start is read back as the first of its readings
 * (instantOf), so `shift` must not be the second reading of a time the clocks show twice.
 * Windows begin at a day start (dayStartAt), the first moment of a local date, which is safe
 * even where the clocks show midnight twice (America/Havana, Atlantic/Azores in autumn).
 */
export function startShiftedBy(s: Zoned, shift: number): { start: string; startEpoch: number } {
  const startEpoch = localAt(s, shift);
  return { start: formatLocal(startEpoch), startEpoch };
}

/** `+01:00` for an offset in ms. */
export function formatOffset(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset) / 60_000;
  const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');
  return `${sign}${pad(minutes / 60)}:${pad(minutes % 60)}`;
}

/**
 * Simulated time `t` as local `YYYY-MM-DDTHH:MM` (with `:SS` when not zero) and, with a time
 * zone, its UTC offset (`2026-10-25T01:30+01:00`): unambiguous on a night the clocks go back.
 */
export function formatZonedAt(s: Zoned, t: number): string {
  const text = formatLocal(localAt(s, t));
  if (s.timeZone === null) return text;
  return text + formatOffset(offsetAt(s.timeZone, startInstant(s) + t));
}
