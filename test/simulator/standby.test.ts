import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/core/metrics.ts';
import type { Inject, Scenario } from '../../src/core/model.ts';
import { stream } from '../../src/core/random.ts';
import { sampleDuration } from '../../src/core/sampling.ts';
import { minutes } from '../../src/core/time.ts';
import type { Trace } from '../../src/core/trace.ts';
import { simulateFast } from '../../src/simulator/fast/simulate-fast.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { bank } from '../support/bank-model.ts';
import {
  at,
  atLeast,
  component,
  flatDemand,
  scenario,
  service,
  standby,
} from '../support/model-builder.ts';

const fail = (t: number, component: string): Inject => ({
  at: t as never,
  action: 'fail',
  component,
});

/** One run through the actor path, checked against the fast path. */
function run(s: Scenario, seed = 'hand') {
  const trace = simulate(s, seed);
  expect(JSON.stringify(simulateFast(s, seed, { trace: true }).trace)).toBe(JSON.stringify(trace));
  return { trace, m: computeMetrics(s, trace)[0]! };
}
const switchovers = (trace: Trace) =>
  trace.events.flatMap((e) =>
    e.type === 'switchover'
      ? [{ t: e.t, phase: e.phase, from: e.from, to: e.to, minutes: e.duration / 60_000 }]
      : [],
  );
const outages = (m: ReturnType<typeof run>['m']) =>
  m.outages.map((o) => [o.start, o.end, o.minutesInAgreedHours, o.unavailable]);

describe('the bank with a primary and a standby database, hand-computed', () => {
  // db-1 fails at 10:00 on Monday 5 January; its plan (promote 15 + rebuild 240) brings it
  // back at 14:15. The switch-over to db-2 takes a fixed 15 minutes.
  const dbFails = [fail(at(0, 10), 'db-1')];

  it('is down exactly for the switch-over when DB-1 fails at 10:00: 15 min in agreed hours', () => {
    const s = bank({
      injects: dbFails,
      dbStandby: { switchover: minutes(15) },
      monthEndSurge: false,
    });
    const { trace, m } = run(s);
    expect(switchovers(trace)).toEqual([
      { t: at(0, 10), phase: 'started', from: 'db-1', to: 'db-2', minutes: 15 },
      { t: at(0, 10, 15), phase: 'completed', from: 'db-1', to: 'db-2', minutes: 15 },
    ]);
    expect(outages(m)).toEqual([[at(0, 10), at(0, 10, 15), 15, ['db-1']]]);
    expect(m.downtimeInAgreedHoursMinutes).toBe(15);
    // 900 tpm asked for at 10:00, none served for 15 minutes.
    expect(m.unservedTransactions).toBe(900 * 15);
    expect(m.cost).toBe((15 / 60) * 40_000 + 900 * 15 * 0.5);
  });

  it('with failback stay, the recovered DB-1 becomes the standby: nothing more happens', () => {
    const { trace, m } = run(bank({ injects: dbFails, dbStandby: { switchover: minutes(15) } }));
    expect(switchovers(trace).filter((s) => s.t > at(0, 10, 15))).toEqual([]);
    expect(m.outages).toHaveLength(1);
  });

  it('with failback return, DB-1 back at 14:15 costs another switch-over: 30 min in all', () => {
    const s = bank({
      injects: dbFails,
      dbStandby: { switchover: minutes(15), failback: 'return' },
    });
    const { trace, m } = run(s);
    expect(switchovers(trace).slice(2)).toEqual([
      { t: at(0, 14, 15), phase: 'started', from: 'db-2', to: 'db-1', minutes: 15 },
      { t: at(0, 14, 30), phase: 'completed', from: 'db-2', to: 'db-1', minutes: 15 },
    ]);
    expect(outages(m)).toEqual([
      [at(0, 10), at(0, 10, 15), 15, ['db-1']],
      [at(0, 14, 15), at(0, 14, 30), 15, []],
    ]);
    expect(m.downtimeInAgreedHoursMinutes).toBe(30);
  });

  it('costs nothing in agreed hours when the primary fails at 20:00', () => {
    const { m } = run(
      bank({ injects: [fail(at(0, 20), 'db-1')], dbStandby: { switchover: minutes(15) } }),
    );
    expect(outages(m)).toEqual([[at(0, 20), at(0, 20, 15), 0, ['db-1']]]);
    expect(m.downtimeInAgreedHoursMinutes).toBe(0);
  });

  it('loses nothing when the standby fails, and switches back when the standby in service fails', () => {
    const { trace, m } = run(
      bank({
        injects: [fail(at(0, 9, 30), 'db-2'), ...dbFails, fail(at(1, 10), 'db-2')],
        dbStandby: { switchover: minutes(15) },
      }),
    );
    // db-2 is rebuilt by 13:45; db-1 fails at 10:00 with db-2 still down: the pair is down
    // until the first of them is back (db-2 at 13:45), which then needs its switch-over.
    expect(switchovers(trace).map((s) => [s.t, s.phase, s.to])).toEqual([
      [at(0, 13, 45), 'started', 'db-2'],
      [at(0, 14), 'completed', 'db-2'],
      [at(1, 10), 'started', 'db-1'],
      [at(1, 10, 15), 'completed', 'db-1'],
    ]);
    expect(outages(m)).toEqual([
      [at(0, 10), at(0, 14), 240, ['db-1', 'db-2']],
      [at(1, 10), at(1, 10, 15), 15, ['db-2']],
    ]);
  });

  it('abandons a switch-over whose target fails, and the primary serves again as soon as it is back', () => {
    const { trace, m } = run(
      bank({
        injects: [...dbFails, fail(at(0, 10, 5), 'db-2')],
        dbStandby: { switchover: minutes(15) },
      }),
    );
    expect(switchovers(trace).map((s) => [s.t, s.phase, s.to])).toEqual([
      [at(0, 10), 'started', 'db-2'],
      [at(0, 10, 5), 'abandoned', 'db-2'],
    ]);
    // db-1 (promote 15 + rebuild 240) is back at 14:15, before db-2 (14:20): no switch needed.
    expect(outages(m)).toEqual([[at(0, 10), at(0, 14, 15), 255, ['db-1']]]);
  });
});

describe('the bundled bank file', () => {
  const parsed = parseScenario(readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'));
  if (!parsed.ok) throw new Error('the bank does not parse');
  const file = parsed.scenario;

  it('answers "DB-1 fails at 10:00" with the promotion time as an outage: fixed at 12 min, 12 min down', () => {
    const s: Scenario = {
      ...file,
      components: file.components.map((c) => ({ ...c, failure: { type: 'none' } })),
      injects: file.injects.filter((i) => i.action === 'fail' && i.component === 'db-1'),
      services: file.services.map((svc) => {
        const requires = svc.requires;
        if (requires.type !== 'series') throw new Error('the bank is a series');
        return {
          ...svc,
          requires: {
            ...requires,
            of: requires.of.map((t) =>
              t.type === 'standby' && t.id === 'db-1/db-2'
                ? { ...t, switchover: { type: 'fixed' as const, value: minutes(12) } }
                : t,
            ),
          },
        };
      }),
    };
    const { m } = run(s, '1');
    expect(m.outages.map((o) => [o.start, o.durationMinutes, o.minutesInAgreedHours])).toEqual([
      [at(0, 10), 12, 12],
    ]);
    expect(m.downtimeInAgreedHoursMinutes).toBe(12);
  });

  it('keeps the promotion within its 10-20 min range for any seed', () => {
    for (const seed of ['1', '2', '3']) {
      const first = switchovers(run(file, seed).trace)[0]!;
      expect(first).toMatchObject({ t: at(0, 10), phase: 'started', from: 'db-1', to: 'db-2' });
      expect(first.minutes).toBeGreaterThanOrEqual(10);
      expect(first.minutes).toBeLessThanOrEqual(20);
    }
  });
});

describe('a standby group among active members', () => {
  it('is a degradation, not an outage, while it switches over', () => {
    const s = scenario({
      components: ['a', 'b', 'c'].map((id) => component(id, { capacity: 500 })),
      services: [
        service('svc', atLeast(1, standby('a', 'b', minutes(20)), 'c'), {
          demand: flatDemand(800),
        }),
      ],
      injects: [fail(at(0, 10), 'a')],
    });
    const { trace, m } = run(s);
    const changes = trace.events.flatMap((e) =>
      e.type === 'service' ? [[e.t, e.to, e.capacity]] : [],
    );
    expect(changes).toEqual([
      [at(0, 10), 'degraded', 500],
      [at(0, 10, 20), 'up', 1000],
    ]);
    expect(m.outages).toEqual([]);
    expect(m.degradedInAgreedHoursMinutes).toBe(20);
  });
});

describe('switch-over draws', () => {
  const pairScenario = (extra: boolean): Scenario =>
    scenario({
      components: ['a', 'b', 'x', 'y'].map((id) => component(id, { capacity: 500 })),
      services: [
        service('svc', {
          ...standby('a', 'b', 0),
          switchover: { type: 'uniform', min: minutes(10), max: minutes(20) },
        }),
        ...(extra
          ? [
              service('other', {
                ...standby('x', 'y', 0),
                switchover: { type: 'uniform', min: minutes(1), max: minutes(2) },
              }),
            ]
          : []),
      ],
      injects: [fail(at(0, 10), 'a'), fail(at(0, 10), 'x')],
    });

  it('come from the stream seed:group:switchover, one draw per switch-over', () => {
    const { trace } = run(pairScenario(false), 'draws');
    const u = stream('draws', 'a/b', 'switchover');
    const expected = sampleDuration({ type: 'uniform', min: minutes(10), max: minutes(20) }, u);
    expect(switchovers(trace)[0]!.minutes * 60_000).toBe(expected);
  });

  it('do not move when another group is added', () => {
    const alone = switchovers(run(pairScenario(false), 'draws').trace);
    const together = switchovers(run(pairScenario(true), 'draws').trace).filter(
      (s) => s.from === 'a',
    );
    expect(together).toEqual(alone);
  });
});
