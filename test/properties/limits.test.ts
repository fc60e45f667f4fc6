/**
 * What is not monotone in this model, worked out by hand: the four reasons the properties in
 * this folder compare what they compare, on cases set up as test/support/metamorphic-cases.ts
 * sets them up. None of them is a defect of the figures; each is the model being faithful.
 */
import { describe, expect, it } from 'vitest';
import type { Inject } from '../../src/core/model.ts';
import { days, hours } from '../../src/core/time.ts';
import { outcomeOf } from '../support/metamorphic.ts';
import { withCapacity, withStepDuration } from '../support/metamorphic-cases.ts';
import {
  at,
  component,
  flatDemand,
  plan,
  scenario,
  series,
  service,
  standby,
  weekdays,
} from '../support/model-builder.ts';

const fail = (t: number, id: string): Inject => ({ at: t as never, action: 'fail', component: id });
const run = (s: Parameters<typeof outcomeOf>[0]['scenario'], injects: Inject[] = []) =>
  outcomeOf({ scenario: s, seed: 'limits', injects }).metrics[0]!;

describe('what is not monotone in this model', () => {
  it('a component that fails from sustained overload fails later with more capacity, and a later failure can fall in busier hours', () => {
    // One server; agreed hours 09:00-16:00; 800 tpm from 07:00, 1,000 from 08:00 to 18:00. One
    // hour of overload fails it; its rebuild takes 3 h; below 500 tpm served the service is down.
    const hourly = Array.from({ length: 24 }, (_, h) => (h === 7 ? 0.8 : h >= 8 && h < 18 ? 1 : 0));
    const s = scenario({
      horizon: days(1),
      calendar: weekdays(9, 16),
      components: [
        component('x', { capacity: 700, overloadFailAfter: hours(1), recovery: 'rebuild' }),
      ],
      plans: [plan('rebuild', [['rebuild', 180]])],
      services: [
        service('s', series('x'), {
          calendar: weekdays(9, 16),
          demand: flatDemand(1000, { hourly }),
        }),
      ],
    });
    // 700 tpm: overloaded from 07:00, down 08-11, 12-15 and 16-19: 2 h + 3 h in agreed hours.
    const small = run(s);
    expect(small.outages.map((o) => [o.start, o.end])).toEqual([
      [at(0, 8), at(0, 11)],
      [at(0, 12), at(0, 15)],
      [at(0, 16), at(0, 19)],
    ]);
    expect(small.downtimeInAgreedHoursMinutes).toBe(300);
    // 900 tpm: overloaded from 08:00 only, down 09-12, 13-16 and 17-20: 3 h + 3 h.
    const large = run(withCapacity(s, 'x', 900));
    expect(large.outages.map((o) => [o.start, o.end])).toEqual([
      [at(0, 9), at(0, 12)],
      [at(0, 13), at(0, 16)],
      [at(0, 17), at(0, 20)],
    ]);
    expect(large.downtimeInAgreedHoursMinutes).toBe(360);
  });

  it('more capacity can split one long outage in two, each still longer than the RTO: more breaches, less time in breach', () => {
    // a -> b -> c in series, 1,000 tpm around the clock, RTO 2 h. b fails at 00:00 and c at
    // 04:00, each rebuilt in 3 h; from 03:00 to 04:00 a runs at 40 % of its capacity.
    const s = scenario({
      horizon: days(1),
      components: [
        component('a', { capacity: 1000 }),
        component('b', { recovery: 'rebuild' }),
        component('c', { recovery: 'rebuild' }),
      ],
      plans: [plan('rebuild', [['rebuild', 180]])],
      services: [service('s', series('a', 'b', 'c'), { demand: flatDemand(1000) })],
    });
    const injects: Inject[] = [
      fail(at(0, 0), 'b'),
      { at: at(0, 3), action: 'degrade', component: 'a', capacity: 0.4, for: hours(1) },
      fail(at(0, 4), 'c'),
    ];
    // 400 tpm is below the MBCO (500): one outage 00:00-07:00, over its RTO from 02:00 on.
    const small = run(s, injects);
    expect(small.outages.map((o) => [o.start, o.end, o.rtoOverrunInAgreedHoursMinutes])).toEqual([
      [at(0, 0), at(0, 7), 300],
    ]);
    expect(small.rtoBreaches).toBe(1);
    // 800 tpm holds the MBCO: two outages of 3 h, each 1 h over its RTO.
    const large = run(withCapacity(s, 'a', 2000), injects);
    expect(large.outages.map((o) => [o.start, o.end, o.rtoOverrunInAgreedHoursMinutes])).toEqual([
      [at(0, 0), at(0, 3), 60],
      [at(0, 4), at(0, 7), 60],
    ]);
    expect(large.rtoBreaches).toBe(2);
    expect(large.downtimeInAgreedHoursMinutes).toBe(360);
    expect(small.downtimeInAgreedHoursMinutes).toBe(420);
  });

  it('a component still recovering absorbs a second failure, so a faster plan can expose it to one', () => {
    // One server around the clock, failing at 00:00 and again at 02:00.
    const s = scenario({
      horizon: days(1),
      components: [component('x', { recovery: 'rebuild' })],
      plans: [plan('rebuild', [['rebuild', 180]])],
      services: [service('s', series('x'), { demand: flatDemand(100) })],
    });
    const injects = [fail(at(0, 0), 'x'), fail(at(0, 2), 'x')];
    // A 3 h rebuild is still running at 02:00: one outage, 00:00-03:00.
    expect(run(s, injects).downtimeInAgreedHoursMinutes).toBe(180);
    // A 1 h 55 min rebuild is done by 01:55 and starts again at 02:00: 115 + 115 minutes.
    const faster = withStepDuration(s, 'rebuild', 'rebuild', hours(1) + 55 * 60_000);
    expect(run(faster, injects).downtimeInAgreedHoursMinutes).toBe(230);
  });

  it('an active/standby pair that loses both members waits for the one that served, so the standby failing too can spare switch-overs', () => {
    // Two edges around the clock, each restored in 30 min; a switch-over takes 20 min.
    const pair = (switchover: number, failback: 'stay' | 'return') =>
      scenario({
        horizon: days(1),
        components: [
          component('e1', { recovery: 'restore' }),
          component('e2', { recovery: 'restore' }),
        ],
        plans: [plan('restore', [['restore', 30]])],
        services: [
          service('s', standby('e1', 'e2', switchover, { failback }), {
            demand: flatDemand(100),
          }),
        ],
      });
    const both = [fail(at(0, 0), 'e1'), fail(at(0, 0), 'e2')];
    const activeOnly = [fail(at(0, 0), 'e1')];
    const returning = pair(20 * 60_000, 'return');
    // Both lost: nothing to switch to; e1 is back at 00:30 and serves at once. 30 min down.
    expect(run(returning, both).outages.map((o) => [o.start, o.end])).toEqual([
      [at(0, 0), at(0, 0, 30)],
    ]);
    // Only e1 lost: 20 min to switch to e2, and at 00:30 20 min to switch back. 40 min down.
    const one = run(returning, activeOnly);
    expect(one.outages.map((o) => [o.start, o.end])).toEqual([
      [at(0, 0), at(0, 0, 20)],
      [at(0, 0, 30), at(0, 0, 50)],
    ]);
    expect(one.downtimeInAgreedHoursMinutes).toBe(40);
    // With `stay`, a switch-over longer than the restore (40 min) outlasts the wait for e1 too.
    const staying = pair(40 * 60_000, 'stay');
    expect(run(staying, both).downtimeInAgreedHoursMinutes).toBe(30);
    expect(run(staying, activeOnly).downtimeInAgreedHoursMinutes).toBe(40);
  });
});
