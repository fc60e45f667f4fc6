import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DurationDistribution, RecoveryPlan } from '../../src/core/model.ts';
import { minutes, ms } from '../../src/core/time.ts';
import { planEstimate } from '../../src/exercise/plan-estimate.ts';

const min = (n: number) => ms(minutes(n));
const at = (hh: number, mm: number) => min(hh * 60 + mm);
const fixed = (n: number): DurationDistribution => ({ type: 'fixed', value: min(n) });
const range = (a: number, b: number): DurationDistribution => ({
  type: 'uniform',
  min: min(a),
  max: min(b),
});
const tri = (a: number, l: number, b: number): DurationDistribution => ({
  type: 'triangular',
  min: min(a),
  likely: min(l),
  max: min(b),
});

/** The bank's database rebuild: assess 5m-15m, rebuild 2h/3h/6h, resync 20m, in a chain. */
const rebuild: RecoveryPlan = {
  id: 'db-rebuild',
  name: 'Rebuild',
  steps: [
    { id: 'assess', name: 'Assess', duration: range(5, 15), owner: null, after: [] },
    {
      id: 'rebuild',
      name: 'Rebuild',
      duration: tri(120, 180, 360),
      owner: null,
      after: ['assess'],
    },
    { id: 'resync', name: 'Resync', duration: fixed(20), owner: null, after: ['rebuild'] },
  ],
};

const none = new Map<string, number>();

describe('planEstimate(plan, progress)', () => {
  it('just started: every step at its low, likely and high duration after the start', () => {
    // 11:45 + 5 + 120 + 20 = 14:10; + 10 + 180 + 20 = 15:15; + 15 + 360 + 20 = 18:20
    const e = planEstimate(rebuild, {
      startedAt: at(11, 45),
      finished: none,
      started: new Map([['assess', at(11, 45)]]),
      now: at(11, 45),
    });
    expect(e).toEqual({ low: at(14, 10), likely: at(15, 15), high: at(18, 20) });
  });

  it('a step done counts at the time it finished, the one under way from when it started', () => {
    // assess done at 11:52; rebuild since 11:52; now 12:00:
    // low max(12:00, 13:52) + 20 = 14:12; likely 14:52 + 20 = 15:12; high 17:52 + 20 = 18:12
    const e = planEstimate(rebuild, {
      startedAt: at(11, 45),
      finished: new Map([['assess', at(11, 52)]]),
      started: new Map([['rebuild', at(11, 52)]]),
      now: at(12, 0),
    });
    expect(e).toEqual({ low: at(14, 12), likely: at(15, 12), high: at(18, 12) });
  });

  it('a step under way past its estimate is expected to end no earlier than now', () => {
    // rebuild since 11:52; at 15:00 its low (2 h) and likely (3 h) ends have passed:
    // low = likely = 15:00 + 20; high 17:52 + 20 = 18:12
    const e = planEstimate(rebuild, {
      startedAt: at(11, 45),
      finished: new Map([['assess', at(11, 52)]]),
      started: new Map([['rebuild', at(11, 52)]]),
      now: at(15, 0),
    });
    expect(e).toEqual({ low: at(15, 20), likely: at(15, 20), high: at(18, 12) });
  });

  it('a step not started yet (waiting for its owner) starts no earlier than now', () => {
    // started 11:45, nothing under way at 12:30: 12:30 + 5 + 120 + 20 = 14:55
    const e = planEstimate(rebuild, {
      startedAt: at(11, 45),
      finished: none,
      started: none,
      now: at(12, 30),
    });
    expect(e.low).toBe(at(14, 55));
    expect(e.likely).toBe(at(12, 30) + min(10 + 180 + 20));
  });

  it('parallel steps: the plan ends with its longest remaining chain', () => {
    const plan: RecoveryPlan = {
      id: 'p',
      name: 'Parallel',
      steps: [
        { id: 'a', name: 'A', duration: fixed(30), owner: null, after: [] },
        { id: 'b', name: 'B', duration: range(10, 50), owner: null, after: [] },
        { id: 'c', name: 'C', duration: fixed(10), owner: null, after: ['a', 'b'] },
      ],
    };
    // from 10:00: low max(30, 10) + 10 = 10:40; likely max(30, 30) + 10 = 10:40; high 50 + 10 = 11:00
    const e = planEstimate(plan, {
      startedAt: at(10, 0),
      finished: none,
      started: new Map([
        ['a', at(10, 0)],
        ['b', at(10, 0)],
      ]),
      now: at(10, 0),
    });
    expect(e).toEqual({ low: at(10, 40), likely: at(10, 40), high: at(11, 0) });
  });

  it('every step done: the plan ends with its last step', () => {
    const e = planEstimate(rebuild, {
      startedAt: at(11, 45),
      finished: new Map([
        ['assess', at(11, 50)],
        ['rebuild', at(14, 0)],
        ['resync', at(14, 20)],
      ]),
      started: none,
      now: at(14, 20),
    });
    expect(e).toEqual({ low: at(14, 20), likely: at(14, 20), high: at(14, 20) });
  });

  it('is ordered low <= likely <= high, never before now, and never later as time passes with a step under way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 600 }),
        (since, later) => {
          const startedAt = at(11, 45);
          const now = startedAt + min(since);
          const progress = {
            startedAt,
            finished: none,
            started: new Map([['assess', startedAt]]),
          };
          const e = planEstimate(rebuild, { ...progress, now });
          expect(e.low).toBeLessThanOrEqual(e.likely);
          expect(e.likely).toBeLessThanOrEqual(e.high);
          expect(e.low).toBeGreaterThan(now);
          const next = planEstimate(rebuild, { ...progress, now: now + min(later) });
          expect(next.low).toBeGreaterThanOrEqual(e.low);
          expect(next.high).toBeGreaterThanOrEqual(e.high);
        },
      ),
    );
  });
});
