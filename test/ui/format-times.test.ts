import { describe, expect, it } from 'vitest';
import { countdown, timeOfDay } from '../../src/ui/format.ts';

describe('times as the exercise views show them', () => {
  it('gives the time of day to the minute, or exactly with its seconds', () => {
    expect(timeOfDay('2026-01-30T11:30')).toBe('11:30');
    expect(timeOfDay('2026-01-30T16:29:53')).toBe('16:29');
    expect(timeOfDay('2026-01-30T16:29:53', true)).toBe('16:29:53');
    expect(timeOfDay('2026-01-30T11:30', true)).toBe('11:30');
  });

  it('counts down in minutes and two-digit seconds', () => {
    expect(countdown(0)).toBe('0:00');
    expect(countdown(8)).toBe('0:08');
    expect(countdown(125)).toBe('2:05');
  });
});
