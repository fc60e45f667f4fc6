import { describe, expect, it } from 'vitest';
import { minuteStamp } from '../../../src/ui/exercise-view/report-times.ts';

describe('minuteStamp(text)', () => {
  it('rounds a stamp with seconds to the nearest minute', () => {
    expect(minuteStamp('2026-01-30T11:37:20')).toBe('2026-01-30T11:37');
    expect(minuteStamp('2026-01-30T11:37:30')).toBe('2026-01-30T11:38');
    expect(minuteStamp('2026-01-30T11:37:40')).toBe('2026-01-30T11:38');
  });

  it('carries into the hour and the next day', () => {
    expect(minuteStamp('2026-01-30T11:59:45')).toBe('2026-01-30T12:00');
    expect(minuteStamp('2026-12-31T23:59:50')).toBe('2027-01-01T00:00');
  });

  it('keeps the UTC offset, and leaves a stamp on the minute as it is', () => {
    expect(minuteStamp('2026-10-25T01:30:40+01:00')).toBe('2026-10-25T01:31+01:00');
    expect(minuteStamp('2026-10-25T01:30+00:00')).toBe('2026-10-25T01:30+00:00');
    expect(minuteStamp('2026-01-30T11:37')).toBe('2026-01-30T11:37');
  });
});
