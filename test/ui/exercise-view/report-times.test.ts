import { describe, expect, it } from 'vitest';
import { formatLocal } from '../../../src/core/civil.ts';
import { minuteStamp } from '../../../src/ui/exercise-view/report-times.ts';

describe('minuteStamp(text)', () => {
  it("cuts the seconds, as the exercise clock and the participants' window show a time", () => {
    expect(minuteStamp('2026-01-30T11:37:20')).toBe('2026-01-30T11:37');
    expect(minuteStamp('2026-01-30T11:37:40')).toBe('2026-01-30T11:37');
    expect(minuteStamp('2026-01-30T15:28:59.9')).toBe('2026-01-30T15:28');
  });

  it('never carries into the next hour or day, so never names a time the clocks skip', () => {
    expect(minuteStamp('2026-01-30T11:59:45')).toBe('2026-01-30T11:59');
    expect(minuteStamp('2026-12-31T23:59:50')).toBe('2026-12-31T23:59');
    // the last minute before Berlin's clocks go from 02:00 to 03:00
    expect(minuteStamp('2026-03-29T01:59:45+01:00')).toBe('2026-03-29T01:59+01:00');
  });

  it('keeps the UTC offset, and leaves a stamp on the minute as it is', () => {
    expect(minuteStamp('2026-10-25T01:30:40+01:00')).toBe('2026-10-25T01:30+01:00');
    expect(minuteStamp('2026-10-25T01:30+00:00')).toBe('2026-10-25T01:30+00:00');
    expect(minuteStamp('2026-01-30T11:37')).toBe('2026-01-30T11:37');
  });

  it('names the same minute as the clock of the room for any moment', () => {
    for (const epoch of [0, 59_999, 60_000, 1_769_786_908_123, 1_774_749_599_000]) {
      const exact = new Date(epoch).toISOString().slice(0, 19);
      expect(minuteStamp(exact)).toBe(formatLocal(epoch).slice(0, 16));
    }
  });
});
