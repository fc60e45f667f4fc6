import * as d3 from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tickFormat } from '../../src/charts/format.ts';
import { localTicks } from '../../src/charts/local-ticks.ts';
import { abbreviationAt } from '../../src/charts/local-time.ts';
import { days, hours } from '../../src/core/time.ts';
import { localAt } from '../../src/core/zone.ts';
import { after, londonAutumn, londonSpring, zonedClock } from '../support/zoned.ts';

const labelsAt = (ticks: readonly { t: number; label: string }[]) =>
  Object.fromEntries(ticks.map((tick) => [tick.t / hours(1), tick.label]));

describe('localTicks(clock, from, to, count): ticks at round local times on elapsed time', () => {
  it('puts the day ticks of a 23 h day 23 h apart, each labelled with its day', () => {
    const spring = londonSpring(); // Fri 27 March 00:00 GMT; Sunday 29 lasts 23 h
    const ticks = localTicks(spring, 0, spring.horizon, 4);
    expect(labelsAt(ticks)).toEqual({
      0: 'Fri 27',
      24: 'Sat 28',
      48: 'Sun 29',
      71: 'Mon 30',
      95: 'Tue 31',
    });
  });

  it('puts the day ticks of a 25 h day 25 h apart', () => {
    const autumn = londonAutumn(); // Fri 23 October 00:00 BST; Sunday 25 lasts 25 h
    const ticks = localTicks(autumn, 0, autumn.horizon, 4);
    expect(labelsAt(ticks)).toEqual({ 0: 'Fri 23', 24: 'Sat 24', 48: 'Sun 25', 73: 'Mon 26' });
  });

  it('ticks the hour the clocks show twice twice: 01:00 BST, then 01:00 GMT an hour later', () => {
    const autumn = londonAutumn();
    const ticks = localTicks(autumn, after(47), after(53), 6);
    expect(labelsAt(ticks)).toEqual({
      47: '23:00 BST',
      48: 'Sun 25',
      49: '01:00 BST',
      50: '01:00 GMT',
      51: '02:00 GMT',
      52: '03:00 GMT',
      53: '04:00 GMT',
    });
  });

  it('skips the hour the clocks jump: 00:00 GMT, then 02:00 BST an hour later', () => {
    const spring = londonSpring();
    const ticks = localTicks(spring, after(46), after(51), 8);
    expect(labelsAt(ticks)).toEqual({
      46: '22:00 GMT',
      47: '23:00 GMT',
      48: 'Sun 29',
      49: '02:00 BST',
      50: '03:00 BST',
      51: '04:00 BST',
    });
  });

  it('keeps three-hourly ticks on local hours across the jump: 00:00, then 03:00 two hours later', () => {
    const spring = londonSpring();
    const ticks = localTicks(spring, after(42), after(57), 5);
    expect(labelsAt(ticks)).toEqual({
      42: '18:00 GMT',
      45: '21:00 GMT',
      48: 'Sun 29',
      50: '03:00 BST',
      53: '06:00 BST',
      56: '09:00 BST',
    });
  });

  it('adds no abbreviation where the view holds no change', () => {
    const autumn = londonAutumn();
    const ticks = localTicks(autumn, after(60), after(66), 6); // 11:00 to 17:00 GMT on the 25th
    expect(ticks.map((tick) => tick.label)).toEqual([
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
      '17:00',
    ]);
  });

  it('gives without a time zone the ticks d3 gives on start + t', () => {
    const fixed = zonedClock(null, '2026-01-05', 7);
    const start = fixed.startEpoch;
    const ticks = localTicks(fixed, after(7), days(3) + hours(5), 6);
    const d3Ticks = d3
      .scaleUtc()
      .domain([start + after(7), start + days(3) + hours(5)])
      .ticks(6);
    expect(ticks).toEqual(d3Ticks.map((d) => ({ t: +d - start, label: tickFormat(d) })));
  });
});

describe('properties of local ticks', () => {
  const clocks = [
    londonSpring(),
    londonAutumn(),
    zonedClock('America/New_York', '2026-10-30'),
    zonedClock('Australia/Lord_Howe', '2026-04-03'), // back 30 min on 5 April
  ];

  it('each tick lies in the view, in order, and reads the local time at its place', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...clocks),
        fc.integer({ min: 0, max: 96 * 60 - 1 }),
        fc.integer({ min: 10, max: 96 * 60 }),
        fc.integer({ min: 2, max: 12 }),
        (clock, fromMinute, length, count) => {
          const from = fromMinute * 60_000;
          const to = Math.min(clock.horizon, from + length * 60_000);
          const ticks = localTicks(clock, from, to, count);
          for (const [i, tick] of ticks.entries()) {
            expect(tick.t).toBeGreaterThanOrEqual(from);
            expect(tick.t).toBeLessThanOrEqual(to);
            if (i > 0) expect(tick.t).toBeGreaterThan(ticks[i - 1]!.t);
            const local = new Date(localAt(clock, tick.t));
            const plain = tickFormat(local);
            const zone = abbreviationAt(clock, tick.t);
            expect([plain, `${plain} ${zone}`]).toContain(tick.label);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
