import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestOutage, outageAt, outageFrame } from '../../src/charts/outage-frame.ts';

const MIN = 60_000;
const H = 60 * MIN;
const YEAR = 365 * 24 * H;

/** The bank's outage of 7 January 15:30 to 16:57 (RTO 2 h, MTPD 8 h), run from 5 January 00:00. */
const bank = {
  start: 55 * H + 30 * MIN,
  end: 56 * H + 57 * MIN,
  rtoDeadline: 57 * H + 30 * MIN,
  mtpdDeadline: 63 * H + 30 * MIN,
};

describe('outageFrame(outage, horizon)', () => {
  it('frames the outage up to its MTPD mark, with a tenth of that span either side', () => {
    // Span 15:30 -> 23:30 (MTPD) = 8 h; margin 48 min: 14:42 to 00:18 the next day.
    expect(outageFrame(bank, YEAR)).toEqual({
      from: 54 * H + 42 * MIN,
      to: 64 * H + 18 * MIN,
    });
  });

  it('gives the 2 h recovery window a fifth of the frame when the MTPD is 8 h', () => {
    const { from, to } = outageFrame(bank, YEAR);
    expect((bank.rtoDeadline - bank.start) / (to - from)).toBeCloseTo(2 / 9.6, 10);
  });

  it('frames to the restore when the outage outlasts its MTPD', () => {
    const long = { start: 10 * H, end: 30 * H, rtoDeadline: 12 * H, mtpdDeadline: 18 * H };
    // Span 20 h, margin 2 h.
    expect(outageFrame(long, YEAR)).toEqual({ from: 8 * H, to: 32 * H });
  });

  it('slides the frame right, keeping its length, for an outage at the start of the run', () => {
    const early = {
      start: 10 * MIN,
      end: 22 * MIN,
      rtoDeadline: 2 * H + 10 * MIN,
      mtpdDeadline: 8 * H + 10 * MIN,
    };
    // Span 8 h, margin 48 min: 9.6 h from 0.
    expect(outageFrame(early, YEAR)).toEqual({ from: 0, to: 9 * H + 36 * MIN });
  });

  it('slides the frame left for marks that fall past the end of the run', () => {
    const late = { start: 20 * H, end: 21 * H, rtoDeadline: 22 * H, mtpdDeadline: 28 * H };
    // Span 8 h + 2 x 48 min = 9.6 h, ending at the 24 h horizon: from 14.4 h.
    expect(outageFrame(late, 24 * H)).toEqual({ from: 14 * H + 24 * MIN, to: 24 * H });
  });

  it('shows the whole run when the run is shorter than the frame', () => {
    const o = { start: 1 * H, end: 2 * H, rtoDeadline: 3 * H, mtpdDeadline: 9 * H };
    expect(outageFrame(o, 6 * H)).toEqual({ from: 0, to: 6 * H });
  });

  it('keeps 15 minutes either side of an instant outage without RTO or MTPD', () => {
    const o = { start: 5 * H, end: 5 * H, rtoDeadline: 5 * H, mtpdDeadline: 5 * H };
    expect(outageFrame(o, YEAR)).toEqual({ from: 4 * H + 45 * MIN, to: 5 * H + 15 * MIN });
  });

  const outages = fc
    .record({
      horizon: fc.integer({ min: 1, max: YEAR }),
      start: fc.double({ min: 0, max: 1, noNaN: true }),
      down: fc.integer({ min: 0, max: 48 * H }),
      rto: fc.integer({ min: 0, max: 24 * H }),
      mtpd: fc.integer({ min: 0, max: 72 * H }),
    })
    .map(({ horizon, start, down, rto, mtpd }) => {
      const s = Math.floor(start * horizon);
      return {
        horizon,
        outage: {
          start: s,
          end: Math.min(horizon, s + down),
          rtoDeadline: s + rto,
          mtpdDeadline: s + Math.max(rto, mtpd),
        },
      };
    });

  it('stays inside the run and holds the outage with its marks (up to the horizon)', () => {
    fc.assert(
      fc.property(outages, ({ horizon, outage }) => {
        const { from, to } = outageFrame(outage, horizon);
        const last = Math.min(horizon, Math.max(outage.end, outage.mtpdDeadline));
        expect(from).toBeGreaterThanOrEqual(0);
        expect(to).toBeLessThanOrEqual(horizon);
        expect(from).toBeLessThanOrEqual(outage.start);
        expect(to).toBeGreaterThanOrEqual(last);
      }),
    );
  });

  it('lets the outage and its marks fill 1 / 1.2 of a frame away from the run’s ends', () => {
    // an outage in the middle of a year, its marks at least 150 minutes after its start
    const middle = fc.record({
      start: fc.integer({ min: 100 * H, max: YEAR - 200 * H }),
      down: fc.integer({ min: 0, max: 48 * H }),
      rto: fc.integer({ min: 0, max: 24 * H }),
      mtpd: fc.integer({ min: 150 * MIN, max: 72 * H }),
    });
    fc.assert(
      fc.property(middle, ({ start, down, rto, mtpd }) => {
        const outage = {
          start,
          end: start + down,
          rtoDeadline: start + rto,
          mtpdDeadline: start + Math.max(rto, mtpd),
        };
        const { from, to } = outageFrame(outage, YEAR);
        const span = Math.max(outage.end, outage.mtpdDeadline) - start;
        expect(span / (to - from)).toBeCloseTo(1 / 1.2, 9);
      }),
    );
  });
});

describe('outageAt(outages, t)', () => {
  const list = [
    { start: 10, end: 20, rtoDeadline: 30, mtpdDeadline: 40 },
    { start: 20, end: 25, rtoDeadline: 30, mtpdDeadline: 40 },
    { start: 50, end: 60, rtoDeadline: 70, mtpdDeadline: 80 },
  ];

  it('finds the outage whose start and restore hold the moment', () => {
    expect(outageAt(list, 10)).toBe(0);
    expect(outageAt(list, 55)).toBe(2);
    expect(outageAt(list, 60)).toBe(2);
  });

  it('takes the earlier of two outages that touch', () => {
    expect(outageAt(list, 20)).toBe(0);
  });

  it('finds none while the service is up, even inside a recovery window', () => {
    expect(outageAt(list, 9)).toBeNull();
    expect(outageAt(list, 30)).toBeNull();
    expect(outageAt([], 0)).toBeNull();
  });
});

describe('longestOutage(outages)', () => {
  it('picks the longest outage, the earliest of equals', () => {
    const o = (start: number, end: number) => ({ start, end, rtoDeadline: 0, mtpdDeadline: 0 });
    expect(longestOutage([o(0, 13), o(50, 137), o(200, 213)])).toBe(1);
    expect(longestOutage([o(0, 10), o(50, 60)])).toBe(0);
    expect(longestOutage([])).toBeNull();
  });
});
