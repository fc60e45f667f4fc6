/**
 * A recovery plan's review cycle, judged on the document's date: the plan is **overdue for
 * review** when its last review plus one cycle falls before that date (or it was never
 * reviewed), and **not exercised within the cycle** when the scenario was last exercised more
 * than one cycle before that date (or never). Dates are local calendar dates `YYYY-MM-DD`;
 * a month added to 31 January is the last day of February. The date is passed in: nothing
 * here reads a clock.
 */
import { daysInMonth } from '../../core/civil.ts';
import type { CalendarPeriod, PlanReview } from '../../core/model.ts';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `date` moved by `count` periods (negative: back), days clamped to the month's end. */
export function addPeriod(date: string, period: CalendarPeriod, count = 1): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const n = period.count * count;
  if (period.unit === 'day' || period.unit === 'week') {
    const day = new Date(Date.UTC(y, m - 1, d + n * (period.unit === 'week' ? 7 : 1)));
    return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  }
  const months = y * 12 + (m - 1) + n * (period.unit === 'year' ? 12 : 1);
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

export interface ReviewStatus {
  readonly owner: string;
  readonly every: CalendarPeriod;
  /** Last review, `YYYY-MM-DD`; null = never reviewed. */
  readonly last: string | null;
  /** When the next review is due (last + every); null when never reviewed (due now). */
  readonly due: string | null;
  /** The due date is before the document's date, or the plan was never reviewed. */
  readonly overdue: boolean;
  /** When the scenario was last exercised (`YYYY-MM-DD`); null = never, or not known. */
  readonly lastExercised: string | null;
  /**
   * Whether it was exercised within one cycle before the document's date; null when the
   * exercise history is not known (the command line has no library).
   */
  readonly exercisedWithinCycle: boolean | null;
}

/**
 * The review status of a plan on `date`. `lastExercised`: the local date of the last
 * exercise, null when never exercised, undefined when the history is not available.
 */
export function reviewStatus(
  review: PlanReview,
  date: string,
  lastExercised: string | null | undefined,
): ReviewStatus {
  const due = review.last === null ? null : addPeriod(review.last, review.every);
  const cycleStart = addPeriod(date, review.every, -1);
  return {
    owner: review.owner,
    every: review.every,
    last: review.last,
    due,
    overdue: due === null || due < date,
    lastExercised: lastExercised ?? null,
    exercisedWithinCycle:
      lastExercised === undefined ? null : lastExercised !== null && lastExercised >= cycleStart,
  };
}

/** The flags of a status in words, for a list or a badge; empty when all is well. */
export function reviewFlags(status: ReviewStatus): string[] {
  const flags: string[] = [];
  if (status.overdue)
    flags.push(
      status.last === null
        ? 'overdue for review (never reviewed)'
        : `overdue for review (due ${status.due})`,
    );
  if (status.exercisedWithinCycle === false)
    flags.push(
      status.lastExercised === null
        ? 'not exercised within the cycle (never exercised)'
        : `not exercised within the cycle (last exercised ${status.lastExercised})`,
    );
  return flags;
}
