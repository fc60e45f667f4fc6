/**
 * Moving the playhead from the keyboard, on the timeline and the Simulation time slider:
 *
 *   Left / Right (or Down / Up)             an hour back / on
 *   Shift + Left / Right (or Down / Up)     a day back / on (the same local time, across a
 *                                           clock change; 24 h where that time is skipped)
 *   [ or Page Down / ] or Page Up            the previous / next event
 *   Home / End                              the start / the end of the run
 *
 * Pure: a key and where the playhead stands in, the time it moves to out (null: not a key of
 * the playhead's).
 */
import type { Scenario } from '../../core/model.ts';
import { MS_PER_DAY, MS_PER_HOUR } from '../../core/time.ts';
import { localAt, readingsOf } from '../../core/zone.ts';
import { nextTime, previousTime } from '../../machines/playback.machine.ts';

/** The run's clock: its local start, its zone and its length (simulated ms). */
export type PlayheadClock = Pick<Scenario, 'startEpoch' | 'timeZone'> & {
  readonly horizon: number;
};

export interface PlayheadKey {
  readonly key: string;
  readonly shiftKey: boolean;
}

/** The keys in a line, for a control's title (keyboard.ts and the README list them too). */
export const PLAYHEAD_KEYS_HINT =
  '← → an hour, Shift+← → a day, [ ] (Page Down, Page Up) the previous / next event, Home / End the start / end';
/** The keys, for `aria-keyshortcuts`. */
export const PLAYHEAD_KEYSHORTCUTS =
  'ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight [ ] PageDown PageUp Home End';

/** The same local time `days` later (earlier when negative); `days` × 24 h where it is skipped. */
function sameTimeDaysOn(clock: PlayheadClock, t: number, days: number): number {
  const local = localAt(clock, t) + days * MS_PER_DAY;
  const readings = readingsOf(clock, local);
  // of two readings (the clocks go back), the one as far from t as a day of 24 h or more
  const pick = days > 0 ? readings[0] : readings[readings.length - 1];
  return pick ?? t + days * MS_PER_DAY;
}

/** Where `key` moves a playhead at `t` (clamped to the run), or null for a key of no move. */
export function playheadKeyTarget(
  key: PlayheadKey,
  t: number,
  eventTimes: readonly number[],
  clock: PlayheadClock,
): number | null {
  const clamp = (x: number): number => Math.min(clock.horizon, Math.max(0, x));
  const step = (sign: 1 | -1): number =>
    clamp(key.shiftKey ? sameTimeDaysOn(clock, t, sign) : t + sign * MS_PER_HOUR);
  switch (key.key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return step(1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return step(-1);
    case ']':
    case 'PageUp':
      return clamp(nextTime(eventTimes, t) ?? t);
    case '[':
    case 'PageDown':
      return clamp(previousTime(eventTimes, t) ?? t);
    case 'Home':
      return 0;
    case 'End':
      return clock.horizon;
    default:
      return null;
  }
}
