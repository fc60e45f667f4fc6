import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addPeriod, reviewFlags, reviewStatus } from '../../../src/analysis/plan-document/index.ts';
import type { PlanReview } from '../../../src/core/model.ts';

const yearly = (last: string | null): PlanReview => ({
  owner: 'Head of IT operations',
  every: { unit: 'month', count: 12 },
  last,
});

describe('the review cycle of a plan', () => {
  it('reviewed on 2025-11-01 every 12 months is due on 2026-11-01, so overdue on 2026-12-07', () => {
    const s = reviewStatus(yearly('2025-11-01'), '2026-12-07', undefined);
    expect(s.due).toBe('2026-11-01');
    expect(s.overdue).toBe(true);
    expect(reviewFlags(s)).toEqual(['overdue for review (due 2026-11-01)']);
  });

  it('is not overdue on its due date, nor the day before it', () => {
    expect(reviewStatus(yearly('2025-11-01'), '2026-11-01', undefined).overdue).toBe(false);
    expect(reviewStatus(yearly('2025-11-01'), '2026-10-31', undefined).overdue).toBe(false);
    expect(reviewStatus(yearly('2025-11-01'), '2026-11-02', undefined).overdue).toBe(true);
  });

  it('never reviewed is overdue (due now)', () => {
    const s = reviewStatus(yearly(null), '2026-12-07', undefined);
    expect(s).toMatchObject({ due: null, overdue: true });
    expect(reviewFlags(s)).toEqual(['overdue for review (never reviewed)']);
  });

  it('exercised within one cycle before the date is in order; a day earlier is not', () => {
    // one cycle before 2026-12-07 is 2025-12-07
    expect(
      reviewStatus(yearly('2026-06-01'), '2026-12-07', '2025-12-07').exercisedWithinCycle,
    ).toBe(true);
    const late = reviewStatus(yearly('2026-06-01'), '2026-12-07', '2025-12-06');
    expect(late.exercisedWithinCycle).toBe(false);
    expect(reviewFlags(late)).toEqual([
      'not exercised within the cycle (last exercised 2025-12-06)',
    ]);
    expect(reviewFlags(reviewStatus(yearly('2026-06-01'), '2026-12-07', null))).toEqual([
      'not exercised within the cycle (never exercised)',
    ]);
  });

  it('does not judge the exercises where their history is not known (the command line)', () => {
    const s = reviewStatus(yearly('2026-06-01'), '2026-12-07', undefined);
    expect(s.exercisedWithinCycle).toBeNull();
    expect(reviewFlags(s)).toEqual([]);
  });
});

describe('addPeriod(date, period) counts calendar periods', () => {
  it('ends a month late in the month on the month’s last day, and a leap day on 28 February', () => {
    expect(addPeriod('2025-01-31', { unit: 'month', count: 1 })).toBe('2025-02-28');
    expect(addPeriod('2024-01-31', { unit: 'month', count: 1 })).toBe('2024-02-29');
    expect(addPeriod('2024-02-29', { unit: 'year', count: 1 })).toBe('2025-02-28');
    expect(addPeriod('2025-12-15', { unit: 'month', count: 3 })).toBe('2026-03-15');
    expect(addPeriod('2026-12-07', { unit: 'month', count: 12 }, -1)).toBe('2025-12-07');
    expect(addPeriod('2026-12-28', { unit: 'week', count: 1 })).toBe('2027-01-04');
    expect(addPeriod('2026-03-01', { unit: 'day', count: 1 }, -1)).toBe('2026-02-28');
  });

  it('moves a date forward (and a later review is never more overdue)', () => {
    const date = fc
      .date({
        min: new Date(Date.UTC(2000, 0, 1)),
        max: new Date(Date.UTC(2100, 0, 1)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const period = fc.record({
      unit: fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'year' as const),
      count: fc.integer({ min: 1, max: 36 }),
    });
    fc.assert(
      fc.property(date, date, date, period, (a, b, today, every) => {
        expect(addPeriod(a, every) > a).toBe(true);
        const [early, late] = a <= b ? [a, b] : [b, a];
        const review = (last: string): PlanReview => ({ owner: 'x', every, last });
        if (!reviewStatus(review(early), today, undefined).overdue)
          expect(reviewStatus(review(late), today, undefined).overdue).toBe(false);
      }),
    );
  });
});
