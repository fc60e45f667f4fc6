import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interval } from '../../src/core/intervals.ts';
import { TeamHours } from '../../src/simulator/team-common.ts';

/** The answers read straight off the list, for comparison. */
const naiveContains = (list: readonly Interval[], t: number): boolean =>
  list.some((iv) => iv.start <= t && t < iv.end);
const naiveNextStart = (list: readonly Interval[], t: number): number =>
  list.find((iv) => iv.start > t)?.start ?? Infinity;

/** Working hours 9 to 17 on each of `days` days (times in hours). */
const days = (n: number): Interval[] =>
  Array.from({ length: n }, (_, d) => ({ start: d * 24 + 9, end: d * 24 + 17 }));

describe('team hours (a team inside or outside its working hours)', () => {
  it('answers at, inside and outside an interval, on the same day and months later', () => {
    const hours = new TeamHours(days(200));
    expect(hours.contains(9)).toBe(true);
    expect(hours.contains(16.99)).toBe(true);
    expect(hours.contains(17)).toBe(false);
    expect(hours.nextStart(17)).toBe(24 + 9);
    // Far ahead (a binary search), then back to the start (the question moved backwards).
    expect(hours.contains(150 * 24 + 17)).toBe(false);
    expect(new TeamHours(days(200)).contains(150 * 24 + 17)).toBe(false);
    expect(new TeamHours(days(200)).contains(150 * 24 + 9)).toBe(true);
    expect(hours.contains(150 * 24 + 12)).toBe(true);
    expect(hours.nextStart(150 * 24 + 12)).toBe(151 * 24 + 9);
    expect(hours.contains(3)).toBe(false);
    expect(hours.nextStart(3)).toBe(9);
    expect(hours.contains(199 * 24 + 20)).toBe(false);
    expect(hours.nextStart(199 * 24 + 20)).toBe(Infinity);
  });

  it('has no hours when its list is empty', () => {
    const hours = new TeamHours([]);
    expect(hours.contains(0)).toBe(false);
    expect(hours.nextStart(0)).toBe(Infinity);
  });

  it('answers any sequence of questions as the list read straight through does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 50 })), {
          maxLength: 60,
        }),
        fc.array(
          fc.oneof(
            fc.integer({ min: -5, max: 3500 }),
            // At an interval's start or end (the edges of a seek), by index.
            fc.tuple(fc.nat(), fc.boolean()).map(([k, end]) => ({ k, end })),
          ),
          { maxLength: 40 },
        ),
        (gapsAndLengths, asked) => {
          let t = 0;
          const list: Interval[] = gapsAndLengths.map(([gap, length]) => {
            const start = t + gap;
            t = start + length;
            return { start, end: t };
          });
          const hours = new TeamHours(list);
          const questions = asked.map((q) => {
            if (typeof q === 'number') return q;
            const iv = list[q.k % Math.max(1, list.length)];
            return iv === undefined ? 0 : q.end ? iv.end : iv.start;
          });
          for (const q of questions) {
            expect(hours.contains(q)).toBe(naiveContains(list, q));
            expect(hours.nextStart(q)).toBe(naiveNextStart(list, q));
          }
        },
      ),
    );
  });
});
