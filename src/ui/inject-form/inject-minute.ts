/**
 * The moment a live inject takes: the start of the minute the form shows for it.
 *
 * Times are shown to the minute, cut (01:46:59 reads 01:46), so an inject "at the playhead"
 * happens at the start of that minute: never after the playhead, so the view at the playhead
 * shows its effect, and the minute in the form is the minute in the list and in the link.
 * (Rounding to the nearest minute put it at 01:47, after a playhead at 01:46:59, where the
 * view still showed the service up.) Pure.
 */
import type { Scenario } from '../../core/model.ts';
import { localAt } from '../../core/zone.ts';
import { MS_PER_MINUTE } from '../../core/time.ts';

/** The clock times are read on: its local start and its zone, if any. */
export type MinuteClock = Pick<Scenario, 'startEpoch' | 'timeZone'>;

/**
 * The simulated time at the start of the local minute shown for `t` (never before 0); on no
 * clock, the start of the minute since the start.
 */
export function injectMinute(clock: MinuteClock | null, t: number): number {
  const local = clock ? localAt(clock, t) : t;
  // shown times round the local ms, then cut the seconds (core/civil.ts formatLocal)
  const shown = Math.round(local);
  const minute = shown - (((shown % MS_PER_MINUTE) + MS_PER_MINUTE) % MS_PER_MINUTE);
  // (a playhead less than half a millisecond before a minute shows that minute: it stays)
  return Math.max(0, Math.min(t, Math.round(t - (local - minute))));
}
