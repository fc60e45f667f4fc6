/**
 * A local date-time a person types (`2026-03-29T01:30`, or `2026-10-25T01:30+00:00` to say
 * which of two readings), read on a scenario's clock: the simulated time it names, or why it
 * names none. With a time zone, a time the clocks skip when they go forward is refused, with
 * the two times the person may have meant; a time they show twice names two moments, the
 * first unless the person picks the second. Pure (the zone's abbreviations come from Intl,
 * for people to read only).
 */
import { formatLocal } from '../../core/civil.ts';
import type { Scenario } from '../../core/model.ts';
import { MS_PER_DAY } from '../../core/time.ts';
import { localAt, offsetAt, readingsOf } from '../../core/zone.ts';
import { formatOffset } from '../../core/zone.ts';
import { misreading } from '../../scenario/time-zone.ts';
import { parseLocalDateTime } from '../../scenario/units.ts';
import { abbreviationAt, utcOffsetAt } from '../../charts/local-time.ts';

/** A scenario's clock and run: local times are read on it, and must fall inside the run. */
export type TypedClock = Pick<Scenario, 'startEpoch' | 'timeZone'> & { readonly horizon: number };

/** One moment a typed time may name. */
export interface Reading {
  /** Simulated ms. */
  readonly t: number;
  /** As a scenario file writes it: `2026-10-25T01:30+00:00` (with the offset where needed). */
  readonly text: string;
  /** For people: `01:30 GMT (UTC+00:00)`. */
  readonly label: string;
}

export type LocalTimeRead =
  | { readonly kind: 'once'; readonly t: number; readonly text: string }
  | {
      readonly kind: 'twice';
      readonly t: number;
      /** What was typed (with its offset if one was). */
      readonly text: string;
      readonly message: string;
      readonly readings: readonly [Reading, Reading];
      /** The reading taken: the first, unless the offset typed names the second. */
      readonly chosen: 0 | 1;
    }
  | {
      readonly kind: 'refused';
      /** Not a date-time; an offset the zone never has then; skipped by the clocks; outside the run. */
      readonly reason: 'invalid' | 'offset' | 'skipped' | 'outside';
      readonly message: string;
      readonly hint: string;
      /** Times the person may have meant (a skipped time's two readings), inside the run. */
      readonly alternatives: readonly Reading[];
    };

const ZONED = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)([+-])(\d{2}):(\d{2})$/;

function parse(
  text: string,
): { local: number; offset: number | null } | { error: string; hint: string } {
  const zoned = ZONED.exec(text);
  const local = parseLocalDateTime(zoned ? zoned[1] : text);
  if (!local.ok) return { error: local.message, hint: local.hint ?? '' };
  if (!zoned) return { local: local.value, offset: null };
  const sign = zoned[2] === '-' ? -1 : 1;
  return { local: local.value, offset: sign * (Number(zoned[3]) * 60 + Number(zoned[4])) * 60_000 };
}

const timeText = (local: number): string => formatLocal(local).slice(11);

function reading(clock: TypedClock, t: number, withOffset: boolean): Reading {
  const local = localAt(clock, t);
  const offset = utcOffsetAt(clock, t) ?? 0;
  const abbreviation = abbreviationAt(clock, t);
  return {
    t,
    text: formatLocal(local) + (withOffset ? formatOffset(offset) : ''),
    label: `${timeText(local)}${abbreviation ? ` ${abbreviation}` : ''} (UTC${formatOffset(offset)})`,
  };
}

const inRun = (clock: TypedClock, t: number): boolean => t >= 0 && t <= clock.horizon;

/** Reads `text` typed as a local date-time on the scenario's clock. */
export function readLocalTime(clock: TypedClock, text: string): LocalTimeRead {
  const typed = text.trim();
  const parsed = parse(typed);
  if ('error' in parsed)
    return {
      kind: 'refused',
      reason: 'invalid',
      message: parsed.error,
      hint: parsed.hint,
      alternatives: [],
    };
  const { local, offset } = parsed;
  const zone = clock.timeZone;
  const shown = formatLocal(local);
  if (zone === null && offset !== null)
    return {
      kind: 'refused',
      reason: 'offset',
      message: `${typed} has a UTC offset, but the scenario has no time zone`,
      hint: `write ${shown}`,
      alternatives: [],
    };
  const outside = (t: number): LocalTimeRead => ({
    kind: 'refused',
    reason: 'outside',
    message: `${shown.replace('T', ' ')} is outside the scenario`,
    hint: `pick a time from ${formatLocal(localAt(clock, 0)).replace('T', ' ')} to ${formatLocal(localAt(clock, clock.horizon)).replace('T', ' ')}`,
    alternatives: t < 0 ? [reading(clock, 0, false)] : [reading(clock, clock.horizon, false)],
  });
  const times = readingsOf(clock, local);
  if (zone === null)
    return inRun(clock, times[0]!)
      ? { kind: 'once', t: times[0]!, text: shown }
      : outside(times[0]!);
  if (times.length === 0) {
    const wrong = misreading(zone, local, shown)!;
    const before = offsetAt(zone, local - MS_PER_DAY);
    const after = offsetAt(zone, local + MS_PER_DAY);
    // As the clocks show it after the change, then before it (see scenario/time-zone.ts).
    const alternatives = [local - before + after, local - after + before]
      .flatMap((l) => readingsOf(clock, l))
      .filter((t) => inRun(clock, t))
      .map((t) => reading(clock, t, false));
    return {
      kind: 'refused',
      reason: 'skipped',
      message: wrong.message,
      hint: wrong.hint,
      alternatives,
    };
  }
  const offsets = times.map((t) => utcOffsetAt(clock, t));
  let chosen = 0;
  if (offset !== null) {
    chosen = offsets.indexOf(offset);
    if (chosen < 0)
      return {
        kind: 'refused',
        reason: 'offset',
        message: `${zone.name} is never at UTC${formatOffset(offset)} at ${shown.replace('T', ' ')}`,
        hint: `write ${times.map((t) => reading(clock, t, times.length > 1).text).join(' or ')}`,
        alternatives: times
          .filter((t) => inRun(clock, t))
          .map((t) => reading(clock, t, times.length > 1)),
      };
  }
  const t = times[chosen]!;
  if (!inRun(clock, t)) return outside(t);
  if (times.length === 1) return { kind: 'once', t, text: shown };
  return {
    kind: 'twice',
    t,
    text: offset === null ? shown : typed,
    message: misreading(zone, local, shown)!.message,
    readings: [reading(clock, times[0]!, true), reading(clock, times[1]!, true)],
    chosen: chosen as 0 | 1,
  };
}
