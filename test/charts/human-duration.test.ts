import { describe, expect, it } from 'vitest';
import { humanDuration } from '../../src/charts/format.ts';

const s = 1000;
const min = 60 * s;
const h = 60 * min;

describe('a duration on a chart', () => {
  it('reads in days, hours and minutes, rounded to the minute', () => {
    expect(humanDuration(7 * h + 15 * min + 55 * s)).toBe('7h 16m');
    expect(humanDuration(7 * h + 15 * min + 29 * s)).toBe('7h 15m');
    expect(humanDuration(2 * 24 * h + 4 * h)).toBe('2d 4h');
    expect(humanDuration(45 * min)).toBe('45m');
  });

  it('rounds up to the next hour or day where the minutes carry over', () => {
    expect(humanDuration(59 * min + 40 * s)).toBe('1h');
    expect(humanDuration(23 * h + 59 * min + 31 * s)).toBe('1d');
  });

  it('keeps seconds only under a minute, and says 0m for nothing', () => {
    expect(humanDuration(30 * s)).toBe('30s');
    expect(humanDuration(59 * s)).toBe('59s');
    expect(humanDuration(59.6 * s)).toBe('1m');
    expect(humanDuration(0)).toBe('0m');
  });

  it('marks a negative duration', () => {
    expect(humanDuration(-(1 * h + 12 * min))).toBe('-1h 12m');
  });
});
