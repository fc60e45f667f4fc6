/**
 * An event's time as the scenario's local wall-clock time (epoch ms as if UTC, as the scenario's
 * calendar arithmetic counts: src/core/civil.ts).
 *
 * - A date (an all-day event) and a floating time (no zone) are read as written.
 * - With a scenario time zone (`timeZone:`), a time in a zone (TZID) or in UTC (Z) is the
 *   instant it names, shown on the scenario's clock: 14:00 in New York is 19:00 in London.
 *   IANA zone names are resolved with Temporal; other names (Outlook's "W. Europe Standard
 *   Time") with the VTIMEZONE block the file carries for them.
 * - Without one, the scenario has a fixed local clock and no zone to convert to: a time in a
 *   zone is read as that zone's wall-clock time (14:00 New York stays 14:00), and a UTC time
 *   is shown in the calendar's own zone (X-WR-TIMEZONE) when it names one, else read as is.
 */
import type ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';

export interface ZoneContext {
  /** The scenario's IANA time zone, or null when it has none. */
  readonly scenarioZone: string | null;
  /** The file's X-WR-TIMEZONE (an IANA name), or null. */
  readonly calendarZone: string | null;
}

/** How a time was written: a date, floating, UTC, or in a named zone. */
export type TimeKind = 'date' | 'floating' | 'utc' | { readonly zone: string };

/**
 * How `t` was written. `tzid` is the TZID of the property it comes from: ical.js resolves a
 * zone the file defines (VTIMEZONE) but keeps no name for another one on the occurrences it
 * expands, so the name is taken from the property.
 */
export function kindOf(t: ICAL.Time, tzid: string | null = null): TimeKind {
  if (t.isDate) return 'date';
  const zone = t.zone?.tzid;
  if (zone === 'UTC') return 'utc';
  if (zone !== undefined && zone !== 'floating') return { zone };
  return tzid !== null && tzid !== '' ? { zone: tzid } : 'floating';
}

const wallClock = (t: ICAL.Time): number =>
  Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);

/** Whether `zone` is an IANA time zone name Temporal knows. */
export function isKnownZone(zone: string): boolean {
  try {
    Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

function wallClockIn(epochMs: number, zone: string): number {
  const z = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone);
  return Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second);
}

/** The instant of a time written in `zone`, or null when neither Temporal nor the file knows it. */
function instantOf(t: ICAL.Time, zone: string): number | null {
  try {
    return Temporal.ZonedDateTime.from(
      {
        year: t.year,
        month: t.month,
        day: t.day,
        hour: t.hour,
        minute: t.minute,
        second: t.second,
        timeZone: zone,
      },
      // A time in the spring gap moves forward by the gap, as RFC 5545 (3.3.5) says.
      { disambiguation: 'compatible' },
    ).epochMilliseconds;
  } catch {
    return t.zone !== undefined && t.zone.tzid === zone ? t.toUnixTime() * 1000 : null;
  }
}

/**
 * The scenario-local wall-clock time of `t` (epoch ms as if UTC), or null when `t` is in a
 * zone that has to be converted and is not known.
 */
export function localTime(t: ICAL.Time, tzid: string | null, ctx: ZoneContext): number | null {
  const kind = kindOf(t, tzid);
  if (kind === 'date' || kind === 'floating') return wallClock(t);
  if (ctx.scenarioZone === null) {
    if (kind === 'utc' && ctx.calendarZone !== null)
      return wallClockIn(wallClock(t), ctx.calendarZone);
    return wallClock(t);
  }
  const instant = kind === 'utc' ? wallClock(t) : instantOf(t, kind.zone);
  return instant === null ? null : wallClockIn(instant, ctx.scenarioZone);
}
