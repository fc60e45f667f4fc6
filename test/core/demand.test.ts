import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DemandProfile } from '../../src/core/demand.ts';
import { occursOn } from '../../src/core/recurrence.ts';
import { days, hours, minutes } from '../../src/core/time.ts';
import {
  at,
  flatDemand,
  scenario,
  service,
  START_EPOCH,
  weekdays,
  ref,
} from '../support/model-builder.ts';

const hourly = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 16 ? 1 : 0.1));
function profile(
  demand = flatDemand(1000, { hourly }),
  horizon = days(62),
  injects = scenario({ services: [], components: [] }).injects,
) {
  const svc = service('s', ref('x'), { demand, calendar: weekdays(9, 16) });
  return new DemandProfile(
    scenario({ services: [svc], components: [], horizon, injects }),
    svc,
    injects,
  );
}

describe('demand profile', () => {
  it('is the hourly factor times the weekday factor', () => {
    const weekend = Array.from({ length: 7 }, (_, d) => (d >= 5 ? 0.2 : 1));
    const p = profile(flatDemand(1000, { hourly, weekdays: weekend }));
    expect(p.rateAt(at(0, 10))).toBe(1000);
    expect(p.rateAt(at(0, 20))).toBe(100);
    expect(p.rateAt(at(5, 10))).toBe(200);
  });

  it('changes only at breakpoints where the rate really changes', () => {
    const p = profile();
    expect(p.nextChange(at(0, 0))).toBe(at(0, 9));
    expect(p.nextChange(at(0, 9))).toBe(at(0, 16));
    expect(p.nextChange(at(0, 16, 30))).toBe(at(1, 9));
  });

  it('multiplies a month-end surge on the last business day of the month', () => {
    // January 2026 ends on Saturday 31st: the last business day is Friday 30th (day index 25).
    const p = profile(
      flatDemand(1000, {
        hourly,
        surges: [
          {
            name: 'me',
            every: { kind: 'month-end' },
            at: hours(11),
            duration: hours(3),
            factor: 1.8,
          },
        ],
      }),
    );
    expect(p.rateAt(at(25, 10, 59))).toBe(1000);
    expect(p.rateAt(at(25, 11))).toBe(1800);
    expect(p.rateAt(at(25, 13, 59))).toBe(1800);
    expect(p.rateAt(at(25, 14))).toBe(1000);
    expect(p.rateAt(at(26, 12))).toBe(1000); // Saturday: no surge
    expect(p.surges.map((s) => s.start)).toEqual([at(25, 11), at(53, 11)]); // Jan 30, Feb 27
  });

  it('includes injected surges for the service', () => {
    const injects = [
      { at: at(1, 10), action: 'surge' as const, service: null, factor: 2, duration: minutes(30) },
    ];
    const p = profile(undefined, days(7), injects);
    expect(p.rateAt(at(1, 10, 15))).toBe(2000);
    expect(p.nextChange(at(1, 10))).toBe(at(1, 10, 30));
  });

  it('reports the next change at the first instant whose rate differs (property)', () => {
    const p = profile(
      flatDemand(1000, {
        hourly,
        surges: [
          {
            name: 'd',
            every: { kind: 'daily' },
            at: hours(12),
            duration: minutes(90),
            factor: 1.5,
          },
        ],
      }),
      days(14),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: days(13) }), (t) => {
        const next = p.nextChange(t);
        expect(next).toBeGreaterThan(t);
        expect(p.rateAt(next)).not.toBe(p.rateAt(t));
        // rate is constant in between (checked on minute marks)
        for (let x = t; x < next; x += minutes(7)) expect(p.rateAt(x)).toBe(p.rateAt(t));
      }),
      { numRuns: 200 },
    );
  });
});

describe('surge recurrences', () => {
  const cal = weekdays(9, 16);
  const midnight = (date: string) => Date.parse(`${date}T00:00Z`);
  it('month-start is the first business day; quarter-end the last business day of a quarter', () => {
    expect(occursOn({ kind: 'month-start' }, cal, midnight('2026-02-02'))).toBe(true); // Feb 1 2026 is a Sunday
    expect(occursOn({ kind: 'month-start' }, cal, midnight('2026-02-01'))).toBe(false);
    expect(occursOn({ kind: 'quarter-end' }, cal, midnight('2026-03-31'))).toBe(true);
    expect(occursOn({ kind: 'quarter-end' }, cal, midnight('2026-04-30'))).toBe(false);
    expect(occursOn({ kind: 'weekday', day: 2 }, cal, START_EPOCH + days(2))).toBe(true);
    expect(occursOn({ kind: 'date', date: '2026-01-07' }, cal, START_EPOCH + days(2))).toBe(true);
  });
});
