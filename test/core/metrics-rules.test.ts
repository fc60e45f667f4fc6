/**
 * The rules behind the figures, pinned at their boundaries by hand: RTO and MTPD judged in
 * business terms, the RPO, the MBCO against demand, and data lost priced once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mbcoFloor } from '../../src/core/mbco.ts';
import { computeMetrics, dataLostMs } from '../../src/core/metrics.ts';
import { rtoVerdict } from '../../src/core/outage.ts';
import type { Component, Inject, Mbco, Service } from '../../src/core/model.ts';
import { roundedMetrics } from '../../src/core/report.ts';
import { hours, minutes, type SimTime } from '../../src/core/time.ts';
import { simulateFast } from '../../src/simulator/fast/simulate-fast.ts';
import { serviceState } from '../../src/simulator/service-tracker.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import {
  at,
  component,
  flatDemand,
  plan,
  scenario,
  series,
  service,
  weekdays,
} from '../support/model-builder.ts';

const fail = (t: number, id = 'db'): Inject => ({
  at: t as SimTime,
  action: 'fail',
  component: id,
});

/** One database behind nothing else; its plan restores it in `planMinutes`. */
function oneDatabase(
  planMinutes: number,
  injects: Inject[],
  over: { service?: Partial<Service>; db?: Partial<Component> } = {},
) {
  return scenario({
    components: [component('db', { recovery: 'fix', ...over.db })],
    plans: [plan('fix', [['repair', planMinutes]])],
    services: [
      service('svc', series('db'), {
        calendar: weekdays(9, 16),
        demand: flatDemand(100),
        ...over.service,
      }),
    ],
    calendar: weekdays(9, 16),
    injects,
  });
}

const metricsOf = (s: ReturnType<typeof oneDatabase>) => {
  const actor = computeMetrics(s, simulate(s, 'rules'))[0]!;
  expect(simulateFast(s, 'rules').metrics[0]).toEqual(actor);
  return actor;
};

describe('the RTO, judged in business terms', () => {
  it('is breached when the service is still down after disruption + RTO inside agreed hours', () => {
    // Monday 10:00 + 2 h 30 min: 30 min past the RTO, all of it in agreed hours.
    const m = metricsOf(oneDatabase(150, [fail(at(0, 10))]));
    expect(m.outages[0]).toMatchObject({
      rtoMet: false,
      planSlowerThanRto: true,
      rtoExceededByMinutes: 30,
      rtoOverrunInAgreedHoursMinutes: 30,
    });
    expect(rtoVerdict(m.outages[0]!)).toBe('breached');
    expect(m).toMatchObject({ rtoBreaches: 1, rtoOverrunsOutsideAgreedHours: 0 });
  });

  it('is not breached by a plan slower than the RTO whose overrun lies wholly outside agreed hours', () => {
    // Friday 20:00 + 5 h: down until Saturday 01:00, nobody needs the service.
    const m = metricsOf(oneDatabase(300, [fail(at(4, 20))]));
    expect(m.outages[0]).toMatchObject({
      rtoMet: true,
      planSlowerThanRto: true,
      rtoExceededByMinutes: 180,
      rtoOverrunInAgreedHoursMinutes: 0,
      minutesInAgreedHours: 0,
    });
    expect(rtoVerdict(m.outages[0]!)).toBe('slower-outside-hours');
    expect(m).toMatchObject({ rtoBreaches: 0, rtoOverrunsOutsideAgreedHours: 1, cost: 0 });
  });

  it('is not breached by an overrun that ends exactly as agreed hours open, and is by one that ends a minute later', () => {
    // Monday 05:00 + 4 h: the RTO ran out at 07:00, the service is back at 09:00 sharp.
    const onTime = metricsOf(oneDatabase(240, [fail(at(0, 5))]));
    expect(onTime.outages[0]).toMatchObject({ rtoMet: true, planSlowerThanRto: true });
    expect(onTime.rtoBreaches).toBe(0);
    const late = metricsOf(oneDatabase(241, [fail(at(0, 5))]));
    expect(late.outages[0]).toMatchObject({
      rtoMet: false,
      rtoExceededByMinutes: 121,
      rtoOverrunInAgreedHoursMinutes: 1,
    });
  });

  it('is met by an outage that lasts exactly the RTO', () => {
    const m = metricsOf(oneDatabase(120, [fail(at(0, 10))]));
    expect(m.outages[0]).toMatchObject({ rtoMet: true, planSlowerThanRto: false });
    expect(rtoVerdict(m.outages[0]!)).toBe('met');
  });

  it('is still open for an outage that runs past the horizon before any overrun in agreed hours', () => {
    // Sunday 22:00 of a 7-day run: down at the horizon (Monday 00:00), RTO ran out at midnight.
    const m = metricsOf(oneDatabase(600, [fail(at(6, 22))]));
    expect(m.outages[0]).toMatchObject({ ongoing: true, rtoMet: null, planSlowerThanRto: false });
    expect(rtoVerdict(m.outages[0]!)).toBe('open');
  });
});

describe('the MTPD, judged in business terms', () => {
  const allHours = { service: { calendar: weekdays(0, 24) } };
  it('is not breached by an outage of exactly the MTPD, and is by one a minute longer', () => {
    expect(metricsOf(oneDatabase(480, [fail(at(0, 1))], allHours)).outages[0]).toMatchObject({
      mtpdBreached: false,
      mtpdExceeded: false,
    });
    const longer = metricsOf(oneDatabase(481, [fail(at(0, 1))], allHours));
    expect(longer.outages[0]).toMatchObject({ mtpdBreached: true, mtpdExceeded: true });
    expect(longer.mtpdBreaches).toBe(1);
  });

  it('is exceeded but not breached when the service is back before anyone needs it', () => {
    // Friday 17:00 + 10 h: past the 8 h MTPD at 01:00 on Saturday, back at 03:00.
    const m = metricsOf(oneDatabase(600, [fail(at(4, 17))]));
    expect(m.outages[0]).toMatchObject({ mtpdBreached: false, mtpdExceeded: true });
    expect(m.mtpdBreaches).toBe(0);
  });
});

describe('the RPO and the data lost', () => {
  const data = (lag: number) => ({
    db: {
      data: { backupEvery: hours(1), backupOffset: minutes(0), replicationLag: minutes(lag) },
    },
  });

  it('is met by a loss of exactly the RPO and missed by a longer one', () => {
    const exactly = metricsOf(oneDatabase(30, [fail(at(0, 10, 30))], data(15)));
    expect(exactly).toMatchObject({ worstDataLossMinutes: 15, rpoMet: true });
    const over = metricsOf(oneDatabase(30, [fail(at(0, 10, 30))], data(16)));
    expect(over).toMatchObject({ worstDataLossMinutes: 16, rpoMet: false });
  });

  it('prices the data lost at the cost per hour of data lost, on top of downtime', () => {
    // A corruption at 10:40 loses everything since the 10:00 backup: 40 min.
    const s = oneDatabase(30, [{ at: at(0, 10, 40), action: 'corrupt', component: 'db' }], {
      ...data(1),
      service: {
        calendar: weekdays(9, 16),
        demand: flatDemand(100),
        impact: {
          costPerHour: 6000,
          costPerUnservedTransaction: 0,
          costPerHourOfDataLost: 30_000,
          currency: 'EUR',
        },
      },
    });
    const m = metricsOf(s);
    expect(m).toMatchObject({ worstDataLossMinutes: 40, dataLostMinutes: 40 });
    expect(m.dataLossCost).toBeCloseTo(20_000, 9); // 40 min of 30,000 an hour
    expect(m.cost).toBeCloseTo(20_000 + 3_000, 9); // + 30 min down at 6,000 an hour
  });

  it('counts a stretch of data lost by two copies once', () => {
    // Loss at 10:30 of 20 min (10:10-10:30) and at 10:31 of 21 min (10:10-10:31): 21 min.
    expect(
      dataLostMs([
        { t: at(0, 10, 30), lost: minutes(20) },
        { t: at(0, 10, 31), lost: minutes(21) },
      ]),
    ).toBe(minutes(21));
    // Two losses a day apart add up.
    expect(
      dataLostMs([
        { t: at(0, 10), lost: minutes(5) },
        { t: at(1, 10), lost: minutes(5) },
      ]),
    ).toBe(minutes(10));
  });
});

describe('the MBCO, judged against demand', () => {
  const share = (s: number): Mbco => ({ kind: 'share', share: s });
  const rate = (tpm: number): Mbco => ({ kind: 'rate', tpm });

  it('mbcoFloor is a share of the demand, or a rate capped by the demand', () => {
    expect(mbcoFloor(share(0.5), 900)).toBe(450);
    expect(mbcoFloor(rate(600), 900)).toBe(600);
    expect(mbcoFloor(rate(600), 20)).toBe(20);
  });

  it('serviceState is up while all demand is served, degraded above the MBCO, down below it', () => {
    expect(serviceState(true, 600, 500, share(0.5))).toBe('up'); // capacity left over is fine
    expect(serviceState(true, 600, 900, share(0.5))).toBe('degraded'); // 600 of 900
    expect(serviceState(true, 400, 900, share(0.5))).toBe('down'); // 400 < 450
    expect(serviceState(true, 450, 900, share(0.5))).toBe('degraded'); // exactly the MBCO holds
    expect(serviceState(true, 500, 900, rate(600))).toBe('down');
    expect(serviceState(true, 500, 550, rate(600))).toBe('down'); // less than all of 550
    expect(serviceState(true, 0, 0, share(0.5))).toBe('up'); // nothing asked, nothing owed
    expect(serviceState(false, 5000, 10, share(0.5))).toBe('down');
  });

  it('more capacity never makes the state worse, at any demand and MBCO', () => {
    const rank = { up: 0, degraded: 1, down: 2 } as const;
    const mbco = fc.oneof(
      fc.double({ min: 0, max: 1, noNaN: true }).map(share),
      fc.double({ min: 1, max: 5000, noNaN: true }).map(rate),
    );
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        mbco,
        (capacity, more, demand, m) => {
          const before = serviceState(true, capacity, demand, m);
          const after = serviceState(true, capacity + more, demand, m);
          expect(rank[after]).toBeLessThanOrEqual(rank[before]);
        },
      ),
    );
  });
});

describe('rounding', () => {
  it('belongs to display: the metrics are exact and the report rounds them', () => {
    // 10:00:00 to 10:00:20: a third of a minute down.
    const s = oneDatabase(0, [fail(at(0, 10))], { db: { detection: 20_000 as never } });
    const m = metricsOf(s);
    expect(m.downtimeInAgreedHoursMinutes).toBe(1 / 3);
    expect(roundedMetrics(m).downtimeInAgreedHoursMinutes).toBe(0.333);
    expect(m.availabilityInAgreedHours).toBe(1 - 20_000 / (5 * 7 * 3_600_000));
  });
});
