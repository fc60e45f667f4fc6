import { describe, expect, it } from 'vitest';
import { criticalPath, estimateEvents } from '../../src/core/event-estimate.ts';
import type { Inject, Scenario, Team } from '../../src/core/model.ts';
import { days, hours, minutes, simTime } from '../../src/core/time.ts';
import { simulateFast } from '../../src/simulator/fast/simulate-fast.ts';
import { bundledScenarios } from '../support/bundled.ts';
import {
  component,
  flatDemand,
  plan,
  scenario,
  service,
  standby,
  weekdays,
} from '../support/model-builder.ts';

const WEEKS_IN_A_YEAR = 365 / 7;

/** One service on `db-1` (with `restart`, a fixed step of `restartMinutes`), 24x7 hours, flat demand. */
function oneComponent(
  over: Parameters<typeof component>[1],
  restartMinutes = 0,
  rest: Partial<Scenario> = {},
): Scenario {
  return scenario({
    horizon: days(365),
    services: [service('s', { type: 'component', id: 'db-1' })],
    components: [component('db-1', { recovery: 'restart', ...over })],
    plans: [plan('restart', [['restart', restartMinutes]])],
    ...rest,
  });
}

describe('estimateEvents', () => {
  it('one component with an MTBF of 1000 h fails about 8.76 times in a year when its repair takes no time', () => {
    const e = estimateEvents(oneComponent({ failure: { type: 'exponential', mtbf: hours(1000) } }));
    const db = e.components[0]!;
    expect(db.component).toBe('db-1');
    expect(db.failures).toBeCloseTo(8760 / 1000, 9); // 8.76
    // The failure, its detection and the plan's one step.
    expect(db.eventsPerFailure).toBe(3);
    expect(db.events).toBeCloseTo(26.28, 9);
    // Flat demand never changes; 24x7 agreed hours: a window a day, two boundaries each.
    expect(e.services[0]!.demandChanges).toBe(0);
    expect(e.services[0]!.agreedBoundaries).toBeCloseTo(14 * WEEKS_IN_A_YEAR, 9);
    expect(e.total).toBeCloseTo(26.28 + 14 * WEEKS_IN_A_YEAR, 9);
  });

  it('counts the time to detect and restore in each cycle: 8760 h / (1000 h + 5 min + 55 min) = 8.75 failures', () => {
    const e = estimateEvents(
      oneComponent(
        { failure: { type: 'exponential', mtbf: hours(1000) }, detection: minutes(5) },
        55,
      ),
    );
    expect(e.components[0]!.meanRestore).toBe(hours(1));
    expect(e.components[0]!.failures).toBeCloseTo(8760 / 1001, 9); // 8.7512
  });

  it('takes the mean life of Weibull and lognormal lives', () => {
    const weibull = estimateEvents(
      oneComponent({ failure: { type: 'weibull', shape: 2, scale: hours(1000) } }),
    );
    // Γ(1.5) = √π / 2: a mean life of 886.23 h.
    expect(weibull.components[0]!.meanLife).toBeCloseTo(hours((1000 * Math.sqrt(Math.PI)) / 2), 0);
    expect(weibull.components[0]!.failures).toBeCloseTo(8760 / 886.2269, 3); // 9.885
    const lognormal = estimateEvents(
      oneComponent({ failure: { type: 'lognormal', median: hours(500), sigma: 1 } }),
    );
    expect(lognormal.components[0]!.meanLife).toBeCloseTo(hours(500 * Math.exp(0.5)), 0); // 824.4 h
  });

  it('lets a component without a plan fail once, and once more after each restore inject', () => {
    const storm = { failure: { type: 'exponential' as const, mtbf: minutes(1) }, recovery: null };
    expect(estimateEvents(oneComponent(storm)).components[0]!.failures).toBe(1);
    const restores: Inject[] = [1, 2].map((d) => ({
      at: simTime(days(d)),
      action: 'restore',
      component: 'db-1',
    }));
    const e = estimateEvents(oneComponent(storm), restores);
    expect(e.components[0]!.failures).toBe(3);
    expect(e.components[0]!.meanRestore).toBe(Infinity);
  });

  it('leaves out components that never fail by themselves', () => {
    expect(estimateEvents(oneComponent({})).components).toEqual([]);
  });

  it("a plan's critical path: the longest chain of mean step durations", () => {
    const p = plan('p', [
      ['a', 10],
      ['b', 20, ['a']],
      ['c', 30, ['a']],
      ['d', 5, ['b', 'c']],
    ]);
    expect(criticalPath(p)).toBe(minutes(10 + 30 + 5));
    expect(criticalPath({ ...p, steps: [] })).toBe(0);
    const uniform = {
      ...p,
      steps: [
        {
          ...p.steps[0]!,
          duration: { type: 'uniform' as const, min: minutes(10), max: minutes(30) },
        },
      ],
    };
    expect(criticalPath(uniform)).toBe(minutes(20));
  });

  it('adds a switch-over for each standby group a component is in (two with failback return)', () => {
    const pair = (failback: 'stay' | 'return') =>
      estimateEvents(
        scenario({
          horizon: days(365),
          services: [service('s', standby('db-1', 'db-2', minutes(10), { failback }))],
          components: ['db-1', 'db-2'].map((id) =>
            component(id, { failure: { type: 'exponential', mtbf: hours(1000) }, recovery: 'r' }),
          ),
          plans: [plan('r', [['fix', 0]])],
        }),
      ).components[0]!.eventsPerFailure;
    expect(pair('stay')).toBe(3 + 1);
    expect(pair('return')).toBe(3 + 2);
  });

  it('adds a call-out arrival for each declared team a plan needs, at most one per team per failure', () => {
    const step = (id: string, owner: string) => ({
      id,
      name: id,
      duration: { type: 'fixed' as const, value: minutes(30) },
      owner,
      after: [],
    });
    const perFailure = (teams: readonly Team[]) =>
      estimateEvents(
        oneComponent({ failure: { type: 'exponential', mtbf: hours(1000) } }, 0, {
          plans: [
            {
              id: 'restart',
              name: 'Restart',
              steps: [step('assess', 'dba'), step('rebuild', 'dba'), step('check', 'ops')],
            },
          ],
          teams,
        }),
      ).components[0]!.eventsPerFailure;
    // failure, detection, three steps; plus the DBA's call-out (ops is no declared team)
    expect(perFailure([])).toBe(5);
    expect(
      perFailure([
        {
          id: 'dba',
          name: 'DBA',
          size: 1,
          hours: weekdays(8, 18),
          callOut: { type: 'fixed', value: minutes(45) },
          contacts: [],
          escalation: null,
        },
      ]),
    ).toBe(6);
  });

  it('counts demand changes at the hour edges where the weekly profile changes, and both ends of each surge', () => {
    // Business hours at full demand, a tenth at night, nothing at the weekend: each weekday
    // changes at 09:00 and 17:00, Saturday 00:00 drops to nothing and Monday 00:00 comes back.
    const hourly = Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 1 : 0.1));
    const demand = flatDemand(1000, { hourly, weekdays: [1, 1, 1, 1, 1, 0, 0] });
    const week = scenario({
      horizon: days(7),
      calendar: weekdays(9, 17),
      services: [
        service('s', { type: 'component', id: 'a' }, { demand, calendar: weekdays(9, 17) }),
      ],
      components: [component('a')],
    });
    const e = estimateEvents(week);
    expect(e.services[0]!.demandChanges).toBe(12);
    expect(e.services[0]!.changesPerDay).toBeCloseTo(12 / 7, 9);
    expect(e.services[0]!.agreedBoundaries).toBe(10);
    // The engine's count: the same edges except Monday 00:00, which is the horizon itself.
    expect(simulateFast(week, '1').engineEvents).toBe(11);

    const surging = {
      ...week,
      horizon: days(365),
      services: [
        {
          ...week.services[0]!,
          demand: {
            ...demand,
            surges: [
              {
                name: 'month-end',
                every: { kind: 'month-end' as const },
                at: hours(11),
                duration: hours(3),
                factor: 1.8,
              },
            ],
          },
        },
      ],
    };
    const withSurge = estimateEvents(surging).services[0]!.demandChanges;
    expect(withSurge - 12 * (365 / 7)).toBe(2 * 12);
  });

  it('counts each inject, a timed degradation twice, and the repair of what an inject breaks', () => {
    const s = oneComponent({}, 0, {
      plans: [
        plan('restart', [
          ['stop', 1],
          ['start', 1, ['stop']],
        ]),
      ],
    });
    const at = simTime(hours(1));
    const count = (injects: Inject[]) => estimateEvents(s, injects).injects;
    // The inject, the detection and the two steps.
    expect(count([{ at, action: 'fail', component: 'db-1' }])).toEqual({ count: 1, events: 4 });
    expect(
      count([{ at, action: 'degrade', component: 'db-1', capacity: 0.5, for: hours(1) }]),
    ).toEqual({ count: 1, events: 2 });
    expect(
      count([{ at, action: 'surge', service: null, factor: 2, duration: hours(1) }]).events,
    ).toBe(1);
  });

  it('is close to the events the engine processes for every bundled scenario, as shipped and over 20 years', () => {
    for (const { id, scenario: s } of bundledScenarios())
      for (const horizon of [s.horizon, days(7305)]) {
        const run = { ...s, horizon };
        const seeds = ['1', '2', '3'];
        const mean =
          seeds.reduce((n, seed) => n + simulateFast(run, seed).engineEvents, 0) / seeds.length;
        const ratio = estimateEvents(run).total / mean;
        expect(ratio, `${id} over ${horizon / 86_400_000} days`).toBeGreaterThan(0.9);
        expect(ratio, `${id} over ${horizon / 86_400_000} days`).toBeLessThan(1.3);
      }
  }, 60_000);
});
