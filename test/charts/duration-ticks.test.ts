import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceDurationTicks, niceNumberTicks } from '../../src/charts/duration-ticks.ts';

const ROUND = [1, 2, 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 10080];

describe('niceDurationTicks(lo, hi, count): round ticks for an axis of minutes', () => {
  it('puts the RTO sweep (30 min to 4 h) on whole hours and half hours, not on 1h23m', () => {
    expect(niceDurationTicks(20.25, 249.75, 8)).toEqual([30, 60, 90, 120, 150, 180, 210, 240]);
    expect(niceDurationTicks(20.25, 249.75, 7)).toEqual([60, 120, 180, 240]);
  });

  it('counts in minutes, hours and days as the range grows', () => {
    expect(niceDurationTicks(0, 45, 4)).toEqual([0, 15, 30, 45]);
    expect(niceDurationTicks(0, 12 * 60, 5)).toEqual([0, 180, 360, 540, 720]);
    expect(niceDurationTicks(0, 6 * 1440, 4)).toEqual([0, 2880, 5760, 8640]);
    expect(niceDurationTicks(0, 100 * 1440, 6)).toEqual([0, 28800, 57600, 86400, 115200, 144000]);
  });

  it('gives at least one tick for a range with none inside', () => {
    expect(niceDurationTicks(61.2, 61.8, 3)).toEqual([61]);
  });

  it('keeps within the range and the count, on round multiples, for any range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }).map((n) => n / 1000),
        fc.integer({ min: 1000, max: 1e9 }).map((n) => n / 1000),
        fc.integer({ min: 2, max: 12 }),
        (lo, span, count) => {
          const ticks = niceDurationTicks(lo, lo + span, count);
          expect(ticks.length).toBeGreaterThan(0);
          expect(ticks.length).toBeLessThanOrEqual(count);
          if (ticks.length < 2) return;
          const step = ticks[1]! - ticks[0]!;
          const isRound =
            ROUND.includes(step) || (step % 1440 === 0 && /^[125]0*$/.test(String(step / 1440)));
          expect(isRound).toBe(true);
          for (const t of ticks) {
            expect(t).toBeGreaterThanOrEqual(lo);
            expect(t).toBeLessThanOrEqual(lo + span);
            expect(t % step).toBe(0);
          }
        },
      ),
    );
  });
});

describe('niceNumberTicks(lo, hi, count): round ticks for rates', () => {
  it('uses 1, 2, 5 × 10ⁿ steps', () => {
    expect(niceNumberTicks(131, 1236, 5)).toEqual([200, 400, 600, 800, 1000, 1200]);
  });
});
