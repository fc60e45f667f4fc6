import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimelineIndex } from '../../src/analysis/timeline-index.ts';
import type { Inject, Scenario } from '../../src/core/model.ts';
import { syntheticScenario } from '../../src/core/synthetic.ts';
import { days, hours, minutes } from '../../src/core/time.ts';
import type { Trace } from '../../src/core/trace.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { bank } from '../support/bank-model.ts';
import { at } from '../support/model-builder.ts';

const fail = (t: number, component: string): Inject => ({
  at: t as never,
  action: 'fail',
  component,
});

/** Both app servers fail on Wednesday at 15:30; app-1 is detected 30 min later, app-2 at once. */
function bothAppServers() {
  const scenario = bank({
    injects: [fail(at(2, 15, 30), 'app-1'), fail(at(2, 15, 30), 'app-2')],
    components: { 'app-1': { detection: minutes(30) } },
    monthEndSurge: false,
    horizonDays: 7,
  });
  const trace = simulate(scenario, 'hand');
  return { scenario, trace, index: new TimelineIndex(scenario, trace) };
}

describe('TimelineIndex on the hand-built bank', () => {
  const { scenario, trace, index } = bothAppServers();

  it('componentSpans(id) splits a component into its states, with same-instant changes collapsed', () => {
    expect(index.componentSpans('app-2')).toEqual([
      { start: 0, end: at(2, 15, 30), state: 'operational', capacityShare: 1 },
      { start: at(2, 15, 30), end: at(2, 17, 30), state: 'recovering', capacityShare: 0 },
      { start: at(2, 17, 30), end: days(7), state: 'operational', capacityShare: 1 },
    ]);
    expect(index.componentSpans('app-1').map((s) => [s.start, s.end, s.state])).toEqual([
      [0, at(2, 15, 30), 'operational'],
      [at(2, 15, 30), at(2, 16), 'failed'],
      [at(2, 16), at(2, 18), 'recovering'],
      [at(2, 18), days(7), 'operational'],
    ]);
    expect(index.componentSpans('db-1')).toEqual([
      { start: 0, end: days(7), state: 'operational', capacityShare: 1 },
    ]);
  });

  it('componentStatesAt(15:45) tells app-1 failed and app-2 recovering, in scenario order', () => {
    expect(index.componentStatesAt(at(2, 15, 45)).map((c) => [c.id, c.state])).toEqual([
      ['lb', 'operational'],
      ['app-1', 'failed'],
      ['app-2', 'recovering'],
      ['db-1', 'operational'],
      ['db-2', 'operational'],
    ]);
    // at exactly 15:30 the changes of that instant are applied
    expect(index.componentStatesAt(at(2, 15, 30))[2]).toMatchObject({ state: 'recovering' });
    expect(index.componentStatesAt(at(2, 15, 30) - 1)[2]).toMatchObject({ state: 'operational' });
  });

  it('planRuns lists each run of the rebuild plan with its step spans', () => {
    expect(index.planRuns).toEqual([
      {
        component: 'app-2',
        plan: 'app-rebuild',
        planName: 'app-rebuild',
        incident: 1,
        start: at(2, 15, 30),
        end: at(2, 17, 30),
        outcome: 'completed',
        steps: [
          {
            step: 'rebuild',
            name: 'rebuild',
            owner: 'ops',
            start: at(2, 15, 30),
            end: at(2, 17, 30),
          },
        ],
      },
      expect.objectContaining({ component: 'app-1', start: at(2, 16), end: at(2, 18) }),
    ]);
  });

  it('outageWindows(service) gives the outage with its RTO deadline at 17:30 and MTPD mark', () => {
    expect(index.outageWindows('transfers')).toEqual([
      {
        service: 'transfers',
        start: at(2, 15, 30),
        end: at(2, 17, 30),
        ongoing: false,
        rtoDeadline: at(2, 17, 30),
        mtpdDeadline: at(2, 23, 30),
        rtoMet: true,
        planSlowerThanRto: false,
        mtpdBreached: false,
        minutesInAgreedHours: 30,
        unavailable: ['app-1', 'app-2'],
        switchover: null,
      },
    ]);
  });

  it('serviceAt(service, t) finds the interval containing t, and the last one past the horizon', () => {
    expect(index.serviceAt('transfers', at(2, 16))).toMatchObject({
      start: at(2, 16),
      state: 'down',
      capacity: 0,
    });
    // One app server back: 600 tpm serves all of the 100 tpm asked at 17:45, so the service is up.
    expect(index.serviceAt('transfers', at(2, 17, 45))).toMatchObject({
      state: 'up',
      capacity: 600,
    });
    const last = trace.intervals['transfers']!.at(-1);
    expect(index.serviceAt('transfers', days(9))).toBe(last);
  });

  it('nextEventTime / previousEventTime move strictly between event times', () => {
    expect(index.eventTimes).toEqual([at(2, 15, 30), at(2, 16), at(2, 17, 30), at(2, 18)]);
    expect(index.nextEventTime(0)).toBe(at(2, 15, 30));
    expect(index.nextEventTime(at(2, 15, 30))).toBe(at(2, 16));
    expect(index.previousEventTime(at(2, 16))).toBe(at(2, 15, 30));
    expect(index.previousEventTime(at(2, 15, 30))).toBeNull();
    expect(index.nextEventTime(at(2, 18))).toBeNull();
  });

  it('timelineModel(service) gathers agreed hours, components, plan runs and capacity', () => {
    const model = index.timelineModel('transfers');
    expect(model.agreed.slice(0, 2)).toEqual([
      { start: at(0, 9), end: at(0, 16) },
      { start: at(1, 9), end: at(1, 16) },
    ]);
    expect(model.agreed).toHaveLength(5);
    expect(model.closedDays).toEqual([]);
    expect(model.service).toMatchObject({
      fullCapacity: 1200,
      mbco: { kind: 'share', share: 0.5 },
      rto: hours(2),
    });
    expect(model.components.map((c) => c.id)).toEqual(['lb', 'app-1', 'app-2', 'db-1', 'db-2']);
    expect(model.planRuns).toHaveLength(2);
    expect(model.outages).toHaveLength(1);
    expect(model.startEpoch).toBe(scenario.startEpoch);
  });

  it('timelineModel marks whole days closed by a calendar exception, and includes dependencies', () => {
    const base = bank({ horizonDays: 7 });
    const [service] = base.services;
    const s: Scenario = {
      ...base,
      components: base.components
        .map((c) => (c.id === 'lb' ? { ...c, dependsOn: ['site'] } : c))
        .concat({
          ...base.components[0]!,
          id: 'site',
          name: 'Data centre',
          dependsOn: [],
        }),
      services: [
        {
          ...service!,
          calendar: {
            ...service!.calendar,
            exceptions: [{ date: '2026-01-06', windows: [], note: 'strike' }],
          },
        },
      ],
    };
    const model = new TimelineIndex(s, simulate(s, 1)).timelineModel('transfers');
    expect(model.closedDays).toEqual([{ start: days(1), end: days(2) }]);
    expect(model.agreed).toHaveLength(4);
    expect(model.components.map((c) => c.id)).toEqual([
      'lb',
      'site',
      'app-1',
      'app-2',
      'db-1',
      'db-2',
    ]);
  });
});

/** The state of every component at `t` by a plain walk over the trace. */
function scan(scenario: Scenario, trace: Trace, t: number) {
  const states = new Map(
    scenario.components.map((c) => [c.id, ['operational', 1] as [string, number]]),
  );
  for (const e of trace.events)
    if (e.t <= t && e.type === 'component') states.set(e.component, [e.to, e.capacityShare]);
  return scenario.components.map((c) => states.get(c.id));
}

describe('TimelineIndex on a primary and standby database', () => {
  // db-1 fails Monday 10:00; 15 min switch-over to db-2; db-1 rebuilt by 14:15; failback return.
  const scenario = bank({
    injects: [fail(at(0, 10), 'db-1')],
    dbStandby: { switchover: minutes(15), failback: 'return' },
    monthEndSurge: false,
    horizonDays: 2,
  });
  const trace = simulate(scenario, 'hand');
  const index = new TimelineIndex(scenario, trace);

  it('lists each switch-over from its start to its end, with its members', () => {
    expect(index.switchovers).toEqual([
      {
        group: 'db-1/db-2',
        from: 'db-1',
        to: 'db-2',
        start: at(0, 10),
        end: at(0, 10, 15),
        outcome: 'completed',
        services: ['transfers'],
      },
      {
        group: 'db-1/db-2',
        from: 'db-2',
        to: 'db-1',
        start: at(0, 14, 15),
        end: at(0, 14, 30),
        outcome: 'completed',
        services: ['transfers'],
      },
    ]);
    expect(index.timelineModel('transfers').switchovers).toHaveLength(2);
  });

  it('names the switch-over that began an outage', () => {
    expect(index.outageWindows('transfers').map((o) => [o.start, o.switchover])).toEqual([
      [at(0, 10), 'switch-over db-1 → db-2'],
      [at(0, 14, 15), 'switch-over db-2 → db-1'],
    ]);
  });

  it('standbyRolesAt(t) gives the member active (or taking over) at t', () => {
    expect(index.standbyRolesAt(at(0, 9))).toEqual(new Map());
    expect(index.standbyRolesAt(at(0, 10)).get('db-1/db-2')).toEqual({
      current: 1,
      switching: true,
    });
    expect(index.standbyRolesAt(at(0, 12)).get('db-1/db-2')).toEqual({
      current: 1,
      switching: false,
    });
    expect(index.standbyRolesAt(at(0, 14, 20)).get('db-1/db-2')).toEqual({
      current: 0,
      switching: true,
    });
    expect(index.standbyRolesAt(at(1, 0)).get('db-1/db-2')).toEqual({
      current: 0,
      switching: false,
    });
  });
});

describe('TimelineIndex on generated scenarios', () => {
  const scenario = syntheticScenario({ components: 14, horizonDays: 120 });
  const traces = new Map<string, Trace>();
  const run = (seed: string) => {
    const trace = traces.get(seed) ?? simulate(scenario, seed);
    traces.set(seed, trace);
    return { trace, index: new TimelineIndex(scenario, trace) };
  };
  const seeds = fc.constantFrom('a', 'b', 'c', 'd');

  it('has contiguous spans that cover the horizon for every component', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const { index, trace } = run(seed);
        expect(trace.events.some((e) => e.type === 'component')).toBe(true);
        for (const c of scenario.components) {
          const spans = index.componentSpans(c.id);
          expect(spans[0]!.start).toBe(0);
          expect(spans.at(-1)!.end).toBe(trace.horizon);
          spans.forEach((s, i) => {
            expect(s.end).toBeGreaterThan(s.start);
            if (i > 0) expect(s.start).toBe(spans[i - 1]!.end);
          });
        }
      }),
      { numRuns: 8 },
    );
  });

  it('componentStatesAt(t) and next/previousEventTime agree with a linear scan of the trace', () => {
    fc.assert(
      fc.property(
        seeds,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (seed, u, onEvent) => {
          const { index, trace } = run(seed);
          const times = trace.events.map((e) => e.t);
          const t =
            onEvent && times.length
              ? times[Math.floor(u * times.length) % times.length]!
              : u * trace.horizon;
          expect(index.componentStatesAt(t).map((c) => [c.state, c.capacityShare])).toEqual(
            scan(scenario, trace, t),
          );
          expect(index.nextEventTime(t)).toBe(times.find((x) => x > t) ?? null);
          expect(index.previousEventTime(t)).toBe(times.filter((x) => x < t).at(-1) ?? null);
        },
      ),
      { numRuns: 200 },
    );
  });
});
