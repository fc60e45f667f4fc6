/**
 * DemandProfile.breakpoints() is the chain of demand changes the simulator schedules one by one
 * (nextChange from 0, the rate at each), found without asking every local hour: the same times
 * and the same rates, bit for bit. A hand-worked week first, then the bundled scenarios, then
 * properties over awkward time zones, repeated hourly factors, recurring and injected surges
 * (factors 0 and 1 among them: a surge that changes nothing is no change).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DemandProfile } from '../../src/core/demand.ts';
import type { Inject, Recurrence, Scenario, Service } from '../../src/core/model.ts';
import { days, hours, ms, MS_PER_DAY as D, simTime } from '../../src/core/time.ts';
import { resolveTimeZone } from '../../src/scenario/time-zone.ts';
import { bundledScenarios } from '../support/bundled.ts';
import { demandChain as chain } from '../support/demand-chain.ts';
import { allDay, flatDemand, ref, scenario, service } from '../support/model-builder.ts';
import { MIN, runs } from '../support/zone-runs.ts';

/** Both, each from a profile of its own (a profile remembers its last rate). */
function both(s: Scenario, svc: Service, injects: readonly Inject[] = s.injects) {
  return {
    bulk: new DemandProfile(s, svc, injects).breakpoints(),
    chain: chain(new DemandProfile(s, svc, injects)),
  };
}

/** Office hours: half the rate outside 09:00-17:00. */
const office = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 1 : 0.5));

describe('the demand breakpoints of a run', () => {
  it('are the hours the office curve changes, on a fixed clock (worked by hand)', () => {
    // Monday 00:00, two days, 100 tpm: 50 until 09:00, 100 until 17:00, 50 until 09:00...
    const svc = service('s', ref('x'), {
      calendar: allDay,
      demand: flatDemand(100, { hourly: office }),
    });
    const s = scenario({ services: [svc], components: [], horizon: days(2) });
    expect(new DemandProfile(s, svc).breakpoints()).toEqual({
      times: [hours(9), hours(17), hours(33), hours(41)],
      rates: [50, 100, 50, 100, 50],
    });
  });

  it('take in a surge, and leave out the edges of a surge whose factor is 1', () => {
    // A Monday surge x3 at 10:00-12:00 (inside office hours) and an injected x1 at 02:00-04:00.
    const svc = service('s', ref('x'), {
      calendar: allDay,
      demand: flatDemand(100, {
        hourly: office,
        surges: [
          {
            name: 'm',
            every: { kind: 'weekday', day: 0 },
            at: hours(10),
            duration: hours(2),
            factor: 3,
          },
        ],
      }),
    });
    const idle: Inject = {
      at: simTime(hours(2)),
      action: 'surge',
      service: null,
      factor: 1,
      duration: hours(2),
    };
    const s = scenario({ services: [svc], components: [], horizon: days(1), injects: [idle] });
    const got = new DemandProfile(s, svc).breakpoints();
    expect(got).toEqual({
      times: [hours(9), hours(10), hours(12), hours(17)],
      rates: [50, 100, 300, 100, 50],
    });
    expect(got).toEqual(chain(new DemandProfile(s, svc)));
  });

  it('are none for a flat demand, which keeps its one rate all run', () => {
    const svc = service('s', ref('x'), { calendar: allDay, demand: flatDemand(42) });
    const s = scenario({ services: [svc], components: [], horizon: days(365) });
    expect(new DemandProfile(s, svc).breakpoints()).toEqual({ times: [], rates: [42] });
  });

  it('are the chain of every service of every bundled scenario, with and without its injects', () => {
    for (const { id, scenario: s } of bundledScenarios())
      for (const svc of s.services)
        for (const injects of [s.injects, []]) {
          const { bulk, chain: walked } = both(s, svc, injects);
          expect(bulk, `${id} / ${svc.id}`).toEqual(walked);
        }
  });
});

describe('the demand breakpoints (properties)', () => {
  const every: fc.Arbitrary<Recurrence> = fc.oneof(
    fc.constant({ kind: 'daily' as const }),
    fc.integer({ min: 0, max: 6 }).map((day) => ({ kind: 'weekday' as const, day: day as 0 })),
    fc.constant({ kind: 'month-end' as const }),
  );
  const factor = fc.constantFrom(0, 0.5, 1, 1.1, 1.3, 1.5, 3);
  const surge = fc.record({
    name: fc.constant('s'),
    every,
    at: fc.integer({ min: 0, max: 24 * 60 - 1 }).map((m) => m * MIN),
    duration: fc.integer({ min: 1, max: 30 * 60 }).map((m) => ms(m * MIN)),
    factor,
  });
  const injected = (horizon: number) =>
    fc.record({
      at: fc
        .integer({ min: -D / MIN, max: Math.floor(horizon / MIN) })
        .map((m) => simTime(m * MIN)),
      action: fc.constant('surge' as const),
      service: fc.constantFrom(null, 's', 'other'),
      factor,
      duration: fc.integer({ min: 1, max: 3 * 24 * 60 }).map((m) => ms(m * MIN)),
    });
  // Few distinct values, so neighbouring hours are often equal (the hours the bulk walk skips).
  const hourly = fc.array(fc.constantFrom(0, 0.5, 1, 2), { minLength: 24, maxLength: 24 });
  const weekdays = fc.array(fc.constantFrom(1, 1, 0.5, 0), { minLength: 7, maxLength: 7 });

  it('are the chain nextChange walks, in zones with awkward changes', () => {
    fc.assert(
      fc.property(
        runs(days(40)).chain((run) =>
          fc.record({
            run: fc.constant(run),
            hourly,
            weekdays,
            surges: fc.array(surge, { maxLength: 3 }),
            injects: fc.array(injected(run.horizon), { maxLength: 4 }),
            fixed: fc.boolean(),
          }),
        ),
        ({ run, hourly, weekdays, surges, injects, fixed }) => {
          const svc = service('s', ref('x'), {
            calendar: allDay,
            demand: flatDemand(100, { hourly, weekdays, surges }),
          });
          const s = scenario({
            services: [svc],
            components: [],
            startEpoch: run.start,
            timeZone: fixed ? null : resolveTimeZone(run.zone, run.start, run.horizon),
            horizon: ms(run.horizon),
            injects,
          });
          const { bulk, chain: walked } = both(s, svc);
          expect(bulk).toEqual(walked);
        },
      ),
      { numRuns: 150 },
    );
  });
});
