/**
 * Local times as text for what is exported or compared: `2026-10-25T01:30`, and where the
 * clocks change inside the span shown, with each time's UTC offset (`2026-10-25T01:30+01:00`,
 * then `2026-10-25T01:30+00:00`), as the scenario format writes a time the clocks show twice.
 * Plain arithmetic on the resolved zone: the same bytes in Node and every browser (the zone's
 * abbreviations, from Intl, are only for the screen: charts/zone-abbreviation.ts).
 */
import { formatLocal } from '../core/civil.ts';
import type { Scenario } from '../core/model.ts';
import { instantOf, localAt, offsetChanges } from '../core/zone.ts';
import { formatOffset } from '../core/zone.ts';

type Clock = Pick<Scenario, 'startEpoch' | 'timeZone'>;

/** Local date-time at simulated `t`, with its UTC offset when `withOffset` (and zoned). */
export function localStampAt(clock: Clock, t: number, withOffset: boolean): string {
  const local = localAt(clock, t);
  const zone = clock.timeZone;
  if (!withOffset || zone === null) return formatLocal(local);
  return formatLocal(local) + formatOffset(local - (instantOf(zone, clock.startEpoch) + t));
}

/** Stamps of the simulated span [from, to]: with offsets when the clocks change inside it. */
export function localStamps(clock: Clock, from: number, to: number): (t: number) => string {
  const withOffset = offsetChanges(clock, from, to + 1).length > 0;
  return (t) => localStampAt(clock, t, withOffset);
}
