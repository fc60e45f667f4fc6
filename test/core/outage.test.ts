/**
 * The outage rules shared by the trace's metrics, the fast path's lean figures and a run judged
 * again (core/outage.ts, core/agreed-overlap.ts, core/metrics.ts' sums and figure rules),
 * worked out by hand on two days of agreed hours, 09:00-16:00 on day 0 and on day 1.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreedOverlapOf, firstEndingAfter, overlapFrom } from '../../src/core/agreed-overlap.ts';
import { overlapLength } from '../../src/core/intervals.ts';
import {
  addToSums,
  availabilityOf,
  costOf,
  dataLossCostOf,
  rpoMetBy,
  targetMetBy,
  worstLossOf,
} from '../../src/core/metrics.ts';
import type { Impact } from '../../src/core/model.ts';
import {
  countOutage,
  countOutages,
  outageWith,
  overrunInAgreedHours,
  type OutageCounts,
} from '../../src/core/outage.ts';
import { hours, minutes } from '../../src/core/time.ts';

const agreed = [
  { start: hours(9), end: hours(16) },
  { start: hours(33), end: hours(40) },
];
const starts = Float64Array.from(agreed, (i) => i.start);
const ends = Float64Array.from(agreed, (i) => i.end);
const hoursOverlap = agreedOverlapOf(starts, ends);
const objectives = { rto: hours(4), mtpd: hours(24) };
const service = { objectives } as Parameters<typeof outageWith>[1];
const noCounts = (): OutageCounts => ({
  rtoBreaches: 0,
  rtoOverrunsOutsideAgreedHours: 0,
  mtpdBreaches: 0,
});

describe('the overlap with agreed hours held as typed arrays', () => {
  it('firstEndingAfter(ends, i, t) finds the first agreed interval ending after t, from any index at or before it', () => {
    expect(firstEndingAfter(ends, 0, hours(8))).toBe(0);
    expect(firstEndingAfter(ends, 0, hours(16))).toBe(1);
    expect(firstEndingAfter(ends, 1, hours(20))).toBe(1);
    expect(firstEndingAfter(ends, 0, hours(40))).toBe(2);
  });

  it('overlapFrom adds the piece of each agreed interval inside the stretch: 15:00 to next day 10:00 is 1 h + 1 h', () => {
    expect(overlapFrom(starts, ends, 0, hours(15), hours(34))).toBe(hours(2));
    expect(hoursOverlap.overlap(hours(15), hours(34))).toBe(hours(2));
  });

  it('agreedOverlapOf gives overlapLength, to the last bit, for any stretch', () => {
    const t = fc.integer({ min: hours(-2), max: hours(42) });
    fc.assert(
      fc.property(t, t, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(hoursOverlap.overlap(from, to)).toBe(overlapLength(agreed, from, to));
      }),
    );
  });
});

describe('an outage against its RTO and MTPD', () => {
  it('overruns the RTO by the agreed hours after disruption + RTO: down 15:00 to next day 10:00 with a 4 h RTO is 1 h', () => {
    expect(overrunInAgreedHours(hoursOverlap, hours(15), hours(34), objectives.rto)).toBe(hours(1));
    // The MTPD (24 h) runs out at 15:00 next day: restored before it, no overrun.
    expect(overrunInAgreedHours(hoursOverlap, hours(15), hours(34), objectives.mtpd)).toBe(0);
  });

  it('does not overrun when the stretch past the RTO ends exactly as the agreed hours open', () => {
    // 12:00 to next day 09:00: the RTO ran out at 16:00 as the hours closed.
    expect(overrunInAgreedHours(hoursOverlap, hours(12), hours(33), objectives.rto)).toBe(0);
  });

  it('outageWith gives the verdicts the shared rules give', () => {
    const o = outageWith(hoursOverlap, service, hours(15), hours(34), false, []);
    expect(o).toMatchObject({
      durationMinutes: 19 * 60,
      minutesInAgreedHours: 120,
      rtoMet: false,
      planSlowerThanRto: true,
      rtoExceededByMinutes: 15 * 60,
      rtoOverrunInAgreedHoursMinutes: 60,
      mtpdBreached: false,
      mtpdExceeded: false,
    });
  });

  it('countOutage counts a breach, else a plan slower than the RTO, and an MTPD breach apart', () => {
    const counts = noCounts();
    countOutage(counts, true, true, false);
    countOutage(counts, false, true, false);
    countOutage(counts, false, false, false);
    countOutage(counts, true, true, true);
    expect(counts).toEqual({ rtoBreaches: 2, rtoOverrunsOutsideAgreedHours: 1, mtpdBreaches: 1 });
  });

  it('countOutages counts a list of outages the same way', () => {
    // Breached (15:00 + 19 h), slower outside hours (16:30 to next day 08:00), met (10:00 + 1 h).
    const outages = [
      outageWith(hoursOverlap, service, hours(15), hours(34), false, []),
      outageWith(hoursOverlap, service, hours(16.5), hours(32), false, []),
      outageWith(hoursOverlap, service, hours(10), hours(11), false, []),
    ];
    expect(countOutages(outages)).toEqual({
      rtoBreaches: 1,
      rtoOverrunsOutsideAgreedHours: 1,
      mtpdBreaches: 0,
    });
  });
});

describe("a run's sums", () => {
  it('addToSums adds a degraded hour inside and one outside, each leaving 40 of 100 transactions a minute unserved', () => {
    const inside = { down: 0, degraded: 0, unserved: 0 };
    const outside = { down: 0, degraded: 0, unserved: 0 };
    addToSums(inside, outside, 'degraded', 100, 60, hours(1), hours(1));
    expect(inside).toEqual({ down: 0, degraded: hours(1), unserved: 2400 });
    expect(outside).toEqual({ down: 0, degraded: hours(1), unserved: 2400 });
  });

  it('addToSums counts a down stretch as down with all its demand unserved, whatever the capacity', () => {
    const inside = { down: 0, degraded: 0, unserved: 0 };
    const outside = { down: 0, degraded: 0, unserved: 0 };
    addToSums(inside, outside, 'down', 10, null, minutes(30), minutes(90));
    expect(inside).toEqual({ down: minutes(30), degraded: 0, unserved: 300 });
    expect(outside).toEqual({ down: minutes(90), degraded: 0, unserved: 900 });
  });
});

describe("a run's figures from its sums", () => {
  const impact = {
    costPerHour: 1000,
    costPerUnservedTransaction: 2,
    costPerHourOfDataLost: 500,
  } as Impact;

  it('availabilityOf is the share not down, and null over no time at all', () => {
    expect(availabilityOf(hours(1), hours(14))).toBe(1 - 1 / 14);
    expect(availabilityOf(0, 0)).toBeNull();
  });

  it('targetMetBy meets a target at it exactly, and always without agreed hours', () => {
    expect(targetMetBy(0.99, 0.99)).toBe(true);
    expect(targetMetBy(0.98, 0.99)).toBe(false);
    expect(targetMetBy(null, 0.99)).toBe(true);
  });

  it('rpoMetBy holds a worst loss of exactly the RPO, and no loss at all', () => {
    const losses = [
      { t: hours(10), lost: minutes(15) },
      { t: hours(20), lost: minutes(30) },
    ];
    expect(worstLossOf(losses)).toBe(minutes(30));
    expect(rpoMetBy(worstLossOf(losses), minutes(30))).toBe(true);
    expect(rpoMetBy(worstLossOf(losses), minutes(29))).toBe(false);
    expect(rpoMetBy(worstLossOf([]), 0)).toBe(true);
  });

  it('costOf prices 2 h down and 300 unserved transactions, plus 30 min of data lost: 2,000 + 600 + 250', () => {
    const inside = { down: hours(2), degraded: hours(1), unserved: 300 };
    expect(dataLossCostOf(minutes(30), impact)).toBe(250);
    expect(costOf(inside, impact, dataLossCostOf(minutes(30), impact))).toBe(2850);
  });
});
