import { describe, expect, it } from 'vitest';
import {
  downInAgreedHours,
  stateDifferences,
  windowAround,
} from '../../../src/analysis/variants/differences.ts';
import type { ServiceInterval, ServiceState } from '../../../src/core/trace.ts';

const spans = (...parts: [number, number, ServiceState][]): ServiceInterval[] =>
  parts.map(([start, end, state]) => ({ start, end, state, demand: 100, capacity: null }));

describe('stateDifferences', () => {
  it('finds nothing between a run and itself', () => {
    const a = spans([0, 10, 'up'], [10, 20, 'down'], [20, 100, 'up']);
    expect(stateDifferences(a, a)).toEqual([]);
  });

  it('names the spans where the variant is up and the baseline down, and the reverse', () => {
    const baseline = spans([0, 10, 'up'], [10, 30, 'down'], [30, 100, 'up']);
    const variant = spans(
      [0, 10, 'up'],
      [10, 20, 'down'],
      [20, 60, 'up'],
      [60, 70, 'degraded'],
      [70, 100, 'up'],
    );
    expect(stateDifferences(baseline, variant)).toEqual([
      { start: 20, end: 30, baseline: 'down', variant: 'up' },
      { start: 60, end: 70, baseline: 'up', variant: 'degraded' },
    ]);
  });

  it('merges adjacent pieces that differ the same way, however the intervals are cut', () => {
    const baseline = spans([0, 5, 'down'], [5, 8, 'down'], [8, 10, 'up']);
    const variant = spans([0, 3, 'up'], [3, 10, 'up']);
    expect(stateDifferences(baseline, variant)).toEqual([
      { start: 0, end: 8, baseline: 'down', variant: 'up' },
    ]);
  });
});

describe('windowAround', () => {
  it('pads a difference by half its length (at least an hour) and stays inside the horizon', () => {
    const hour = 3_600_000;
    expect(windowAround({ start: 10 * hour, end: 14 * hour }, 100 * hour)).toEqual({
      from: 8 * hour,
      to: 16 * hour,
    });
    expect(windowAround({ start: 0, end: 60_000 }, 100 * hour)).toEqual({
      from: 0,
      to: 60_000 + hour / 2,
    });
  });
});

describe('downInAgreedHours', () => {
  it('counts only the down time inside agreed hours', () => {
    const run = spans([0, 10, 'up'], [10, 30, 'down'], [30, 50, 'degraded'], [50, 60, 'down']);
    expect(downInAgreedHours(run, [{ start: 0, end: 20 }])).toBe(10);
    expect(
      downInAgreedHours(run, [
        { start: 0, end: 20 },
        { start: 55, end: 100 },
      ]),
    ).toBe(15);
    expect(downInAgreedHours(run, [])).toBe(0);
  });
});
