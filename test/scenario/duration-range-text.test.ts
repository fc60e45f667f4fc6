import { describe, expect, it } from 'vitest';
import { hours, minutes } from '../../src/core/time.ts';
import {
  formatDurationRange,
  parseDurationRangeText,
} from '../../src/scenario/duration-range-text.ts';

describe("a step's duration as one line of text, as the scenario format writes it", () => {
  it('writes fixed, uniform and triangular durations', () => {
    expect(formatDurationRange({ type: 'fixed', value: minutes(45) })).toBe('45m');
    expect(formatDurationRange({ type: 'uniform', min: minutes(30), max: hours(1) })).toBe(
      '30m-1h',
    );
    expect(
      formatDurationRange({ type: 'triangular', min: hours(2), likely: hours(3), max: hours(6) }),
    ).toBe('min 2h, likely 3h, max 6h');
  });

  it('reads a range as a range: 15m-30m is uniform between 15 and 30 minutes', () => {
    expect(parseDurationRangeText('15m-30m')).toEqual({
      ok: true,
      value: { type: 'uniform', min: minutes(15), max: minutes(30) },
    });
    expect(parseDurationRangeText(' 15m - 30m ')).toEqual(parseDurationRangeText('15m-30m'));
    expect(parseDurationRangeText('45m')).toEqual({
      ok: true,
      value: { type: 'fixed', value: minutes(45) },
    });
    expect(parseDurationRangeText('min 2h, likely 3h, max 6h')).toEqual({
      ok: true,
      value: { type: 'triangular', min: hours(2), likely: hours(3), max: hours(6) },
    });
  });

  it('reads back what it writes', () => {
    for (const text of ['45m', '30m-1h', '1h30m-2h', 'min 2h, likely 3h, max 6h']) {
      const parsed = parseDurationRangeText(text);
      expect(parsed.ok && formatDurationRange(parsed.value)).toBe(text);
    }
  });

  it('says what is wrong with a range that runs backwards, a bad unit or a misplaced likely', () => {
    const backwards = parseDurationRangeText('1h-30m');
    expect(!backwards.ok && backwards.message).toMatch(/starts after it ends/);
    const unit = parseDurationRangeText('15x-30m');
    expect(!unit.ok && unit.message).toMatch(/lower end/);
    const likely = parseDurationRangeText('min 2h, likely 7h, max 6h');
    expect(!likely.ok && likely.message).toMatch(/between min and max/);
  });
});
