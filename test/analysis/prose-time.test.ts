import { describe, expect, it } from 'vitest';
import { proseWhen } from '../../src/analysis/prose-time.ts';

describe('proseWhen(local): a local date-time as people write it in a sentence', () => {
  it('writes the weekday, day, month and time: 2026-01-30T11:00 is Fri 30 Jan 11:00', () => {
    expect(proseWhen('2026-01-30T11:00')).toBe('Fri 30 Jan 11:00');
    expect(proseWhen('2026-01-07 15:30')).toBe('Wed 7 Jan 15:30');
  });

  it('cuts the seconds as the clock and the timeline do, never carrying into the next day', () => {
    expect(proseWhen('2026-01-30T11:00:29')).toBe('Fri 30 Jan 11:00');
    expect(proseWhen('2026-01-30T11:00:59')).toBe('Fri 30 Jan 11:00');
    expect(proseWhen('2026-12-31T23:59:45')).toBe('Thu 31 Dec 23:59');
  });

  it('drops an offset the stamp carries, and leaves other text as it is', () => {
    expect(proseWhen('2026-10-25T02:30+01:00')).toBe('Sun 25 Oct 02:30');
    expect(proseWhen('soon')).toBe('soon');
  });
});
