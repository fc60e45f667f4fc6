/**
 * Agreed hours and demand on a zone's wall clock, proved against Temporal itself
 * (test/support/zone-oracle.ts) in zones chosen for their awkward changes
 * (test/support/zone-runs.ts). First the defects the properties found, worked out by hand;
 * then the properties. (The zone arithmetic itself: zone-properties.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreedIntervals } from '../../src/core/calendar.ts';
import { DemandProfile } from '../../src/core/demand.ts';
import { normaliseIntervals } from '../../src/core/intervals.ts';
import type { Calendar, DayWindow, Scenario } from '../../src/core/model.ts';
import { days, hours, ms, MS_PER_DAY as D, MS_PER_HOUR as H } from '../../src/core/time.ts';
import { localAt, offsetChanges } from '../../src/core/zone.ts';
import { exerciseWindow } from '../../src/exercise/exercise-span.ts';
import { resolveTimeZone } from '../../src/scenario/time-zone.ts';
import { allDay, flatDemand, ref, scenario, service, weekdays } from '../support/model-builder.ts';
import * as temporal from '../support/zone-oracle.ts';
import { clockOf, FROM_2000, MIN, oracleOf, runs, TO_2040 } from '../support/zone-runs.ts';
import { load, scenarioText } from '../support/one-load-balancer.ts';

/** Simulated hours, for reading intervals by eye. */
const inHours = (list: readonly { start: number; end: number }[]) =>
  list.map((i) => [i.start / H, i.end / H]);

describe('a local time the clocks skip, in agreed hours and surges (found by the properties)', () => {
  // New York, Sunday 8 March 2026: 02:00 EST becomes 03:00 EDT (07:00 UTC). The run starts
  // Saturday 00:00 EST (05:00 UTC), so the jump is 26 h in.
  const ny = clockOf('America/New_York', Date.UTC(2026, 2, 7), days(3));

  it('opens a 02:30-03:30 window at 03:00 EDT on the spring night: 30 minutes, not none', () => {
    const calendar: Calendar = {
      weekly: Array.from({ length: 7 }, () => [{ from: hours(2.5), to: hours(3.5) }]),
      exceptions: [],
    };
    // Before the fix, 02:30 was read as 03:30 EDT, the end of the window: Sunday had no hours.
    expect(inHours(agreedIntervals(calendar, ny, days(3)))).toEqual([
      [2.5, 3.5], // Saturday, EST
      [26, 26.5], // Sunday: from the jump (03:00 EDT) to 03:30 EDT
      [49.5, 50.5], // Monday 02:30 EDT is 06:30 UTC: 48 + 1.5
    ]);
  });

  // Pacific/Apia went from UTC-10 to UTC+14 at 10:00 UTC on 30 December 2011: the clocks went
  // from Thursday 29 December 23:59 to Saturday 31 December 00:00. The run starts Wednesday 28
  // December 00:00 (-10, 10:00 UTC); Saturday 00:00 (+14) is 10:00 UTC on the 30th, 48 h in.
  const apiaStart = Date.UTC(2011, 11, 28);
  const apia = clockOf('Pacific/Apia', apiaStart, days(6));

  it('gives Apia no agreed hours on Friday 30 December 2011, the day it skipped', () => {
    // Before the fix, Friday's 09:00-17:00 was read on Saturday's clock: 57 h to 65 h.
    expect(inHours(agreedIntervals(weekdays(9, 17), apia, days(6)))).toEqual([
      [9, 17], // Wednesday
      [33, 41], // Thursday
      [105, 113], // Monday 2 January 09:00 (+14) is Sunday 19:00 UTC: 4 days and 9 h in
      [129, 137], // Tuesday: six days of elapsed time hold seven local dates, one of them skipped
    ]);
  });

  it('gives Apia no surge on the day it skipped (it doubled Saturday\u2019s before)', () => {
    const svc = service('s', ref('x'), {
      calendar: allDay,
      demand: flatDemand(100, {
        surges: [
          { name: 'daily', every: { kind: 'daily' }, at: hours(10), duration: hours(2), factor: 2 },
        ],
      }),
    });
    const s = scenario({
      services: [svc],
      components: [],
      start: '2011-12-28T00:00',
      startEpoch: apiaStart,
      timeZone: apia.timeZone,
      horizon: days(5),
    });
    const profile = new DemandProfile(s, svc);
    // Wednesday, Thursday, Saturday, Sunday, Monday at 10:00.
    expect(profile.surges.map((x) => x.start / H)).toEqual([10, 34, 58, 82, 106]);
    expect(profile.rateAt(hours(59))).toBe(200); // Saturday 11:00: one surge, not two (400)
  });
});

describe('the local dates a run shows (found by the properties)', () => {
  it('counts the last hour of a run that ends as the clocks go back to midnight (Atlantic/Azores)', () => {
    // Sunday 25 October 2026, 01:00 UTC: the Azores go from 01:00 (UTC+0) back to 00:00
    // (UTC-1). A run from Friday 01:00 (01:00 UTC) for 48 h ends there, reading 00:00 on
    // Sunday; its last hour read 00:00-01:00 on Sunday too. Before the fix the dates were
    // taken from the start's to the end's, Sunday was left out and the 24x7 service had 47 h.
    const s = clockOf('Atlantic/Azores', Date.UTC(2026, 9, 23, 1), days(2));
    expect(new Date(localAt(s, days(2))).toISOString()).toBe('2026-10-25T00:00:00.000Z');
    expect(agreedIntervals(allDay, s, days(2))).toEqual([{ start: 0, end: days(2) }]);
  });

  it('keeps the surge of the date before the start that runs past midnight into the run', () => {
    // A fixed clock: a daily surge 23:00-01:00; the run starts Monday 00:00. Before the fix
    // the dates began at the start's, and Sunday's surge was missing until 01:00.
    const svc = service('s', ref('x'), {
      calendar: allDay,
      demand: flatDemand(100, {
        surges: [
          { name: 'night', every: { kind: 'daily' }, at: hours(23), duration: hours(2), factor: 2 },
        ],
      }),
    });
    const profile = new DemandProfile(scenario({ services: [svc], components: [] }), svc);
    expect(profile.rateAt(hours(0.5))).toBe(200);
    expect(profile.nextChange(0)).toBe(hours(1));
    expect(profile.rateAt(hours(23.5))).toBe(200); // Monday's own
  });
});

describe('an exercise that runs past the horizon (found by the properties)', () => {
  it('reads the zone as far as the exercise window reaches: London goes forward on 29 March', () => {
    const text = [
      scenarioText({ zone: 'Europe/London', start: '2026-03-01T00:00', horizon: '24d' }),
      'exercise:',
      '  name: Four days',
      '  start: 2026-03-24T20:00',
      '  duration: 4d',
      '  pace: 10',
    ].join('\n');
    const scenario = load(text, 'exercise.yaml');
    // The window runs from Tuesday 24 March 00:00 GMT for 6 days (a day after the exercise
    // ends, to midnight), past the horizon (Wednesday 25 March) by 5 days. The clocks go
    // forward at 01:00 GMT on Sunday 29 March: 5 days and 1 h into the window. Before the fix
    // the zone was read only 2 days past the horizon and the window never changed its clocks.
    const w = exerciseWindow(scenario, false);
    expect(w.scenario.start).toBe('2026-03-24T00:00');
    expect(w.scenario.horizon / H).toBe(144);
    expect(offsetChanges(w.scenario, 0, w.scenario.horizon)).toEqual([
      { t: 121 * H, before: 0, after: H },
    ]);
    expect(new Date(localAt(w.scenario, w.scenario.horizon)).toISOString()).toBe(
      '2026-03-30T01:00:00.000Z',
    );
  });
});

/* ------------------------------------------------ agreed hours and demand */

/** Minutes of the day, often those where clocks change. */
const minuteOfDay = fc.oneof(
  fc.constantFrom(0, 30, 60, 90, 120, 150, 180, 23 * 60, 23 * 60 + 30, 24 * 60),
  fc.integer({ min: 0, max: 24 * 60 }),
);
const dayWindow: fc.Arbitrary<DayWindow> = fc
  .tuple(minuteOfDay, minuteOfDay)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({ from: ms(Math.min(a, b) * MIN), to: ms(Math.max(a, b) * MIN) }));
const calendars: fc.Arbitrary<Calendar> = fc
  .array(fc.array(dayWindow, { maxLength: 2 }), { minLength: 7, maxLength: 7 })
  .map((weekly) => ({ weekly, exceptions: [] }));

/** Monday = 0 of a local date, by Temporal. */
const weekdayOf = (local: number) => temporal.plainDateOf(local).dayOfWeek - 1;

describe('agreed hours on the wall clock (property)', () => {
  it('gives a 24x7 calendar the whole run in any zone', () => {
    fc.assert(
      fc.property(runs(days(3 * 365)), (run) => {
        const s = clockOf(run.zone, run.start, run.horizon);
        expect(agreedIntervals(allDay, s, run.horizon)).toEqual([{ start: 0, end: run.horizon }]);
      }),
      { numRuns: 60 },
    );
  });

  it('opens 09:00-17:00 on weekdays in London for 8 h every open day, at 09:00 on the clock', () => {
    const midnights = fc.integer({ min: FROM_2000 / D, max: TO_2040 / D }).map((d) => d * D);
    fc.assert(
      fc.property(midnights, fc.integer({ min: 1, max: 120 }), (start, n) => {
        const s = clockOf('Europe/London', start, days(n));
        const got = agreedIntervals(weekdays(9, 17), s, days(n));
        const open = Array.from({ length: n }, (_, i) => start + i * D).filter(
          (m) => weekdayOf(m) < 5,
        );
        expect(got).toHaveLength(open.length);
        got.forEach((interval, i) => {
          expect(interval.end - interval.start).toBe(8 * H);
          expect(localAt(s, interval.start)).toBe(open[i]! + 9 * H);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('lays any windows as Temporal reads their edges, near the changes of awkward zones', () => {
    fc.assert(
      fc.property(runs(days(10)), calendars, (run, calendar) => {
        const s = clockOf(run.zone, run.start, run.horizon);
        const { start } = oracleOf(run);
        const expected = [];
        // Every date from the day before the start to the day after the end: the windows of
        // the dates the run does not show fall outside it.
        const first = Math.floor(temporal.localOf(run.zone, start) / D) * D - D;
        const last = temporal.localOf(run.zone, start + run.horizon) + D;
        for (let m = first; m < last; m += D)
          for (const w of calendar.weekly[weekdayOf(m)]!) {
            const from = Math.max(0, temporal.firstOf(run.zone, m + w.from) - start);
            const to = Math.min(run.horizon, temporal.firstOf(run.zone, m + w.to) - start);
            expected.push({ start: from, end: to });
          }
        expect(agreedIntervals(calendar, s, run.horizon)).toEqual(normaliseIntervals(expected));
      }),
      { numRuns: 60 },
    );
  });
});

describe('demand on the wall clock (property)', () => {
  const factors = (n: number, of: number[]) =>
    fc.array(fc.constantFrom(...of), { minLength: n, maxLength: n });
  const surge = fc
    .tuple(fc.integer({ min: 15, max: 5 * 60 }), minuteOfDay)
    .map(([length, at]) => ({ at: Math.min(at, 24 * 60 - 1) * MIN, duration: length * MIN }));

  it('changes its rate exactly where the hourly curve, the weekday or a surge does on the zone\u2019s clock', () => {
    fc.assert(
      fc.property(
        runs(days(6)),
        factors(24, [0, 0.5, 1, 2]),
        factors(7, [1, 0.5]),
        fc.option(surge),
        (run, hourly, weekdayFactors, daily) => {
          const svc = service('s', ref('x'), {
            calendar: allDay,
            demand: flatDemand(100, {
              hourly,
              weekdays: weekdayFactors,
              surges:
                daily === null
                  ? []
                  : [
                      {
                        name: 'd',
                        every: { kind: 'daily' },
                        at: daily.at,
                        duration: ms(daily.duration),
                        factor: 1.5,
                      },
                    ],
            }),
          });
          const s: Scenario = scenario({
            services: [svc],
            components: [],
            startEpoch: run.start,
            timeZone: resolveTimeZone(run.zone, run.start, run.horizon),
            horizon: ms(run.horizon),
          });
          const profile = new DemandProfile(s, svc);
          const { start, changes } = oracleOf(run);
          const first = Math.floor(temporal.localOf(run.zone, start) / D) * D;
          const last = temporal.localOf(run.zone, start + run.horizon);

          // The oracle's surges: one a day at its local time, none on a date the clocks skip.
          const surges: [number, number][] = [];
          for (let m = first - D; m < last + D && daily !== null; m += D) {
            if (temporal.firstOf(run.zone, m) === temporal.firstOf(run.zone, m + D)) continue;
            const from = temporal.firstOf(run.zone, m + daily.at) - start;
            surges.push([from, from + daily.duration]);
          }
          const rate = (t: number) => {
            const local = temporal.localOf(run.zone, start + t);
            const hour = Math.floor((local - Math.floor(local / D) * D) / H);
            let r = 100 * hourly[hour]! * weekdayFactors[weekdayOf(local)]!;
            for (const [a, b] of surges) if (a <= t && t < b) r *= 1.5;
            return r;
          };

          // Every moment the rate may change: a local hour begins (each time the clocks show
          // it, from a day before the start, as they may go back), the offset changes, a surge
          // starts or ends.
          const edges = new Set<number>([0]);
          for (let h = first - D; h <= last + H; h += H)
            for (const u of [temporal.firstOf(run.zone, h), ...temporal.readingsOf(run.zone, h)])
              edges.add(u - start);
          for (const c of changes) edges.add(c.at - start);
          for (const [a, b] of surges) edges.add(a).add(b);
          const sorted = [...edges].filter((t) => t >= 0 && t < run.horizon).sort((a, b) => a - b);

          const expected: number[] = [];
          sorted.forEach((t, i) => {
            expect(profile.rateAt(t)).toBe(rate(t));
            if (i > 0 && rate(t) !== rate(sorted[i - 1]!)) expected.push(t);
          });
          const got: number[] = [];
          for (let t = profile.nextChange(0); t < run.horizon; t = profile.nextChange(t))
            got.push(t);
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});
