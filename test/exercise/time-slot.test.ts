import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hours, minutes } from '../../src/core/time.ts';
import { answerTime, expectedEnd, paceForSlot } from '../../src/exercise/time-slot.ts';

describe('paceForSlot(remaining, slot)', () => {
  it("fits the bank's 6 h script into 45, 60 or 90 minutes at 8, 6 or 4 simulated minutes a minute", () => {
    expect(paceForSlot(hours(6), minutes(45))).toBe(8);
    expect(paceForSlot(hours(6), minutes(60))).toBe(6);
    expect(paceForSlot(hours(6), minutes(90))).toBe(4);
  });

  it('rounds up to a tenth, so the slot is never overrun: 5 h 13 min in 45 min is 6.96, so 7', () => {
    expect(paceForSlot(hours(5) + minutes(13), minutes(45))).toBe(7);
    // 2 h in 90 min is 1.333..., so 1.4
    expect(paceForSlot(hours(2), minutes(90))).toBe(1.4);
  });

  it('has nothing to fit when nothing of the script remains, and refuses an empty slot', () => {
    expect(paceForSlot(0, minutes(45))).toBeNull();
    expect(() => paceForSlot(hours(6), 0)).toThrow(/time slot must be longer than 0/);
  });

  it('plays any remaining script within the slot, and at most a tenth of a pace faster', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 48 * 60 }),
        fc.constantFrom(45, 60, 90),
        (simMinutes, slotMinutes) => {
          const pace = paceForSlot(minutes(simMinutes), minutes(slotMinutes))!;
          expect(minutes(simMinutes) / pace).toBeLessThanOrEqual(minutes(slotMinutes) + 1e-6);
          expect(pace - simMinutes / slotMinutes).toBeLessThan(0.1 + 1e-9);
        },
      ),
    );
  });
});

describe('expectedEnd(wallNow, remaining, pace)', () => {
  it('is the wall clock now plus the remaining script at the pace: 6 h at 6 ends an hour from now', () => {
    const now = Date.UTC(2026, 2, 10, 9, 15);
    expect(expectedEnd(now, hours(6), 6)).toBe(Date.UTC(2026, 2, 10, 10, 15));
    // 4 h 30 min left at pace 8: 33 min 45 s
    expect(expectedEnd(now, hours(4) + minutes(30), 8)).toBe(now + minutes(33) + 45_000);
    expect(expectedEnd(now, 0, 8)).toBe(now);
  });
});

describe('answerTime(timeLimit, pace)', () => {
  it('gives the team a 15-minute decision in 1 min 52.5 s of real time at pace 8', () => {
    expect(answerTime(minutes(15), 8)).toBe(minutes(1) + 52_500);
    expect(answerTime(minutes(15), 6)).toBe(minutes(2.5));
  });
});
