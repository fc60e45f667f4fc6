/**
 * Building blocks of the resolved scenario (model.ts) that its teams (team-model.ts) use too:
 * a week of windows with its dated exceptions, and a duration drawn from a distribution.
 */
import type { Duration } from './time.ts';

/** Days of the week, Monday first (ISO 8601): 0 = Monday ... 6 = Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A window of agreed hours inside one day, in ms since local midnight: [from, to). */
export interface DayWindow {
  readonly from: number;
  readonly to: number;
}

export interface CalendarException {
  /** Local date `YYYY-MM-DD`. */
  readonly date: string;
  /** The windows that replace the weekday's windows on that date; empty = closed. */
  readonly windows: readonly DayWindow[];
  readonly note: string | null;
  /**
   * `holiday`: laid in from the calendar's public-holiday sets (the note names the holiday and
   * its set, `Good Friday (GB-ENG)`); absent: one of the file's own exceptions.
   */
  readonly origin?: 'holiday';
}

export interface Calendar {
  /** Agreed-hours windows for each weekday, index 0 = Monday. Empty = closed that day. */
  readonly weekly: readonly (readonly DayWindow[])[];
  readonly exceptions: readonly CalendarException[];
}

export type DurationDistribution =
  | { readonly type: 'fixed'; readonly value: Duration }
  | { readonly type: 'uniform'; readonly min: Duration; readonly max: Duration }
  | {
      readonly type: 'triangular';
      readonly min: Duration;
      readonly likely: Duration;
      readonly max: Duration;
    };
