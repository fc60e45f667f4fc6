import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/core/metrics.ts';
import { hours, minutes } from '../../src/core/time.ts';
import type { Inject } from '../../src/core/model.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { bank } from '../support/bank-model.ts';
import { at, plan } from '../support/model-builder.ts';

const fail = (t: number, component: string): Inject => ({
  at: t as never,
  action: 'fail',
  component,
});
const run = (s: ReturnType<typeof bank>) => {
  const trace = simulate(s, 'hand');
  return { trace, m: computeMetrics(s, trace)[0]! };
};
const serviceChanges = (trace: ReturnType<typeof simulate>) =>
  trace.events.filter((e) => e.type === 'service').map((e) => ({ t: e.t, to: e.to }));

describe('the bank, hand-computed', () => {
  it('stays up on DB-2 when DB-1 fails on Monday at 10:00 with no other failure', () => {
    const { trace, m } = run(bank({ injects: [fail(at(0, 10), 'db-1')] }));
    expect(serviceChanges(trace).filter((c) => c.t < at(4, 0))).toEqual([]);
    expect(m.downtimeInAgreedHoursMinutes).toBe(0);
    expect(m.outages).toEqual([]);
    // The database tier keeps 1,500 tpm, above the 1,200 of the app tier: full capacity remains.
    expect(
      trace.intervals.transfers!.find((i) => i.start <= at(0, 10) && at(0, 10) < i.end)?.capacity,
    ).toBe(1200);
  });

  it('is degraded exactly while month-end demand (1,800 tpm) exceeds the 1,200 tpm left after DB-1 fails at the peak', () => {
    // Friday 30 January 2026 is the last business day of the month: surge 11:00-14:00.
    const { trace, m } = run(bank({ injects: [fail(at(25, 11), 'db-1')] }));
    expect(serviceChanges(trace)).toEqual([
      { t: at(25, 11), to: 'degraded' },
      { t: at(25, 14), to: 'up' },
    ]);
    expect(m.degradedInAgreedHoursMinutes).toBe(180);
    expect(m.downtimeInAgreedHoursMinutes).toBe(0);
  });

  it('stays up on one database of 1,000 tpm, below full capacity, while it serves all of an ordinary Monday (at most 1,000 tpm)', () => {
    const s = bank({
      injects: [fail(at(0, 10), 'db-1')],
      components: { 'db-1': { capacity: 1000 }, 'db-2': { capacity: 1000 } },
      monthEndSurge: false,
    });
    const { trace, m } = run(s);
    // Every transaction asked for is served: capacity left over is not a degradation.
    expect(serviceChanges(trace)).toEqual([]);
    expect(m.degradedInAgreedHoursMinutes).toBe(0);
  });

  it('is degraded, not down, on one database of 1,000 tpm while the month-end surge asks for 1,800 (above the 50 % MBCO of 900)', () => {
    const s = bank({
      injects: [fail(at(25, 10), 'db-1')],
      components: { 'db-1': { capacity: 1000 }, 'db-2': { capacity: 1000 } },
    });
    const { trace, m } = run(s);
    // Surge 11:00-14:00 at 1.8 x the hourly demand (1,800, 1,440, 1,620 tpm); the rebuild ends
    // at 14:15 (promote 15 min + rebuild 4 h, most likely durations of the bank model).
    expect(serviceChanges(trace)).toEqual([
      { t: at(25, 11), to: 'degraded' },
      { t: at(25, 14), to: 'up' },
    ]);
    expect(m.degradedInAgreedHoursMinutes).toBe(180);
    expect(m.downtimeInAgreedHoursMinutes).toBe(0);
  });

  it('loses 30 min of agreed hours when both app servers fail at 15:30 and the 2 h rebuild meets the RTO', () => {
    const { m } = run(
      bank({
        injects: [fail(at(2, 15, 30), 'app-1'), fail(at(2, 15, 30), 'app-2')],
        monthEndSurge: false,
      }),
    );
    expect(m.outages).toHaveLength(1);
    expect(m.outages[0]).toMatchObject({
      start: at(2, 15, 30),
      end: at(2, 17, 30),
      durationMinutes: 120,
      minutesInAgreedHours: 30,
      rtoMet: true,
      rtoExceededByMinutes: 0,
      mtpdBreached: false,
      unavailable: ['app-1', 'app-2'],
    });
    expect(m.downtimeInAgreedHoursMinutes).toBe(30);
    expect(m.outsideAgreedHours.downtimeMinutes).toBe(90);
    expect(m.cost).toBeCloseTo(0.5 * 40_000 + 0.5 * 30 * 800, 2); // 15:30-16:00 demand is 0.8 x 1,000
  });

  it('counts 2 h of agreed hours for an outage from 15:00 to 10:00 the next day, and breaches the RTO by 17 h', () => {
    const s = bank({
      injects: [fail(at(0, 15), 'app-1'), fail(at(0, 15), 'app-2')],
      plans: [plan('app-rebuild', [['rebuild', 19 * 60]]), plan('db-rebuild', [['x', 1]])],
    });
    const { m } = run(s);
    expect(m.outages[0]).toMatchObject({
      start: at(0, 15),
      end: at(1, 10),
      minutesInAgreedHours: 120,
      rtoMet: false,
      rtoExceededByMinutes: 17 * 60,
      mtpdBreached: true,
    });
    expect(m.downtimeInAgreedHoursMinutes).toBe(120);
    expect(m.availabilityInAgreedHours).toBeCloseTo(1 - 120 / (25 * 7 * 60), 6);
  });

  it('is degraded, not down, with one app server lost: 600 tpm is exactly the 50 % MBCO', () => {
    const { trace } = run(bank({ injects: [fail(at(0, 10), 'app-1')], monthEndSurge: false }));
    expect(serviceChanges(trace)).toEqual([
      { t: at(0, 10), to: 'degraded' },
      { t: at(0, 12), to: 'up' },
    ]);
  });

  it('counts the service as down below its MBCO even while components still work', () => {
    const s = bank({
      injects: [
        { at: at(0, 10), action: 'degrade', component: 'app-1', capacity: 0.5, for: hours(1) },
        fail(at(0, 10), 'app-2'),
      ],
      monthEndSurge: false,
    });
    const { m } = run(s);
    // 300 tpm left is below 50 % of 1,200: down 10:00-11:00 while app-1 is degraded.
    expect(m.outages[0]).toMatchObject({ start: at(0, 10), end: at(0, 11) });
  });

  it('degrades for exactly the overlap of a surge above capacity', () => {
    const surge: Inject = {
      at: at(1, 13, 20),
      action: 'surge',
      service: 'transfers',
      factor: 1.5,
      duration: minutes(40),
    };
    const { trace, m } = run(bank({ injects: [surge], monthEndSurge: false }));
    // 13:20-14:00: demand 900 x 1.5 = 1,350 tpm against 1,200: 150 tpm unserved for 40 min.
    expect(serviceChanges(trace)).toEqual([
      { t: at(1, 13, 20), to: 'degraded' },
      { t: at(1, 14), to: 'up' },
    ]);
    expect(m.degradedInAgreedHoursMinutes).toBe(40);
    expect(m.unservedTransactions).toBe(150 * 40);
  });

  it('fails an app server after 30 min of sustained overload, and then the service goes down', () => {
    // Lose app-1 at 11:00: app-2 carries 1,000 tpm against 600 for 30 min and fails at 11:30.
    const thirtyMinutes = { overloadFailAfter: minutes(30) };
    const s = bank({
      injects: [fail(at(0, 11), 'app-1')],
      monthEndSurge: false,
      components: { 'app-1': thirtyMinutes, 'app-2': thirtyMinutes },
      plans: [plan('app-rebuild', [['rebuild', 240]]), plan('db-rebuild', [['x', 1]])],
    });
    const { trace, m } = run(s);
    const app2 = trace.events
      .filter((e) => e.type === 'component' && e.component === 'app-2')
      .map((e) => e.type === 'component' && [e.t, e.to, e.cause]);
    expect(app2.slice(0, 2)).toEqual([
      [at(0, 11), 'overloaded', 'overload'],
      [at(0, 11, 30), 'failed', 'overload'],
    ]);
    expect(m.outages[0]).toMatchObject({ start: at(0, 11, 30), end: at(0, 15) });
  });

  it('loses the data written since the last hourly backup when a database is corrupted', () => {
    const { trace, m } = run(
      bank({ injects: [{ at: at(0, 10, 40), action: 'corrupt', component: 'db-1' }] }),
    );
    expect(trace.events.find((e) => e.type === 'data-loss')).toMatchObject({
      component: 'db-1',
      lost: minutes(40),
      services: ['transfers'],
    });
    expect(m.worstDataLossMinutes).toBe(40);
    expect(m.rpoMet).toBe(false);
  });

  it('loses only the replication lag when a replicated database simply fails', () => {
    const { m } = run(bank({ injects: [fail(at(0, 10, 40), 'db-1')] }));
    expect(m.worstDataLossMinutes).toBe(1);
    expect(m.rpoMet).toBe(true);
  });

  it('ends a timed degradation, and its recovery, when the time is up', () => {
    const s = bank({
      injects: [
        {
          at: at(0, 10),
          action: 'degrade',
          component: 'app-1',
          capacity: 0.5,
          for: hours(1),
        },
      ],
      monthEndSurge: false,
    });
    const app1 = run(s)
      .trace.events.filter((e) => e.type === 'component' && e.component === 'app-1')
      .map((e) => e.type === 'component' && [e.t, e.to]);
    expect(app1).toEqual([
      [at(0, 10), 'degraded'],
      [at(0, 10), 'recovering'],
      [at(0, 11), 'operational'],
    ]);
  });

  it('keeps a component failed when a timed degradation runs out after it failed', () => {
    const s = bank({
      injects: [
        {
          at: at(0, 10),
          action: 'degrade',
          component: 'lb',
          capacity: 0.5,
          for: hours(2),
        },
        fail(at(0, 10, 30), 'lb'),
      ],
      components: { lb: { recovery: null } },
      monthEndSurge: false,
    });
    const { trace, m } = run(s);
    const lb = trace.events
      .filter((e) => e.type === 'component' && e.component === 'lb')
      .map((e) => e.type === 'component' && e.to);
    // detected at once (no detection delay), then failed outright: the degradation's end changes nothing
    expect(lb).toEqual(['degraded', 'recovering', 'recovering']);
    const last = trace.events.filter((e) => e.type === 'component' && e.component === 'lb').at(-1);
    expect(last).toMatchObject({ t: at(0, 10, 30), capacityShare: 0 });
    expect(m.outages[0]).toMatchObject({ start: at(0, 10, 30), ongoing: true });
  });

  it('counts the data lost to a corruption even when the database had already failed', () => {
    const s = bank({
      injects: [
        fail(at(0, 3, 10), 'db-1'),
        { at: at(0, 3, 50), action: 'corrupt', component: 'db-1' },
      ],
    });
    const { trace, m } = run(s);
    expect(
      trace.events
        .filter((e) => e.type === 'data-loss')
        .map((e) => e.type === 'data-loss' && e.lost),
    ).toEqual([minutes(1), minutes(50)]);
    expect(m.worstDataLossMinutes).toBe(50);
    expect(m.rpoMet).toBe(false);
  });
});
