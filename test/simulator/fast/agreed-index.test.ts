/**
 * AgreedIndex finds the first agreed interval ending after a time in a step or two, and it is
 * always the very interval a search of the ends finds: hand-computed weekday windows first, then
 * any ascending ends (long horizons with buckets over an hour, ends that repeat, fractions) and
 * any time, against a plain scan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreedIndex } from '../../../src/simulator/fast/agreed-index.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The first index whose end is after t, by a plain scan. */
function scan(ends: Float64Array, t: number): number {
  let k = 0;
  while (k < ends.length && ends[k]! <= t) k++;
  return k;
}

describe('AgreedIndex', () => {
  // Windows 09:00-16:00 on days 0 and 1: ends at 16:00 and 40:00.
  const ends = Float64Array.of(16 * HOUR, 40 * HOUR);
  const index = new AgreedIndex(ends);

  it('finds the first window ending after a time: the same day, the next day, none', () => {
    expect(index.firstEndingAfter(0)).toBe(0);
    expect(index.firstEndingAfter(16 * HOUR - 1)).toBe(0);
    // An interval ending exactly at t does not end after it.
    expect(index.firstEndingAfter(16 * HOUR)).toBe(1);
    expect(index.firstEndingAfter(DAY + 12 * HOUR)).toBe(1);
    expect(index.firstEndingAfter(40 * HOUR)).toBe(2);
    expect(index.firstEndingAfter(365 * DAY)).toBe(2);
  });

  it('leaves a negative time or one that is not a number to the caller (-1)', () => {
    expect(index.firstEndingAfter(-1)).toBe(-1);
    expect(index.firstEndingAfter(Number.NaN)).toBe(-1);
  });

  it('answers as a scan of the ends does, for any ascending ends and any time from 0', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e13, noNaN: true }), { maxLength: 60 }),
        fc.array(fc.double({ min: 0, max: 1.2e13, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.boolean(),
        (raw, times, whole) => {
          const ends = Float64Array.from(raw.map((x) => (whole ? Math.round(x) : x))).sort();
          const index = new AgreedIndex(ends);
          // Also the ends themselves and their neighbours, where an off-by-one would show.
          for (const t of [...times, ...ends, ...ends.map((e) => e - 1), ...ends.map((e) => e + 1)])
            if (t >= 0) expect(index.firstEndingAfter(t)).toBe(scan(ends, t));
        },
      ),
    );
  });

  it('answers with no agreed intervals at all (none ends after anything)', () => {
    const none = new AgreedIndex(new Float64Array(0));
    expect(none.firstEndingAfter(0)).toBe(0);
    expect(none.firstEndingAfter(5 * DAY)).toBe(0);
  });
});
