/**
 * Analytic checks: components with exponential failures (MTBF m) and a fixed one-step repair r
 * (detection 0), 24x7 agreed hours, no demand. Each component is up a share m / (m + r) of the
 * time; the Monte Carlo mean availability's 95 % interval must contain the analytic value.
 * (A run starts with everything up, which biases a run's availability by about
 * p(1 − p)·r / 2T with p = r / (m + r): 2e-5 here, a tenth of the interval's half-width.)
 */
import { describe, expect, it } from 'vitest';
import type { Component, Topology } from '../../../src/core/model.ts';
import { days, hours } from '../../../src/core/time.ts';
import { runStudy, studyEstimates } from '../../../src/analysis/montecarlo/index.ts';
import {
  at,
  atLeast,
  component,
  plan,
  ref,
  scenario,
  service,
  weekdays,
} from '../../support/model-builder.ts';

const m = 10; // hours
const r = 1; // hours
const up = m / (m + r);

function failing(id: string, mtbfHours = m): Component {
  return component(id, {
    failure: { type: 'exponential', mtbf: hours(mtbfHours) },
    recovery: `repair-${id}`,
  });
}

function study(requires: Topology, ids: string[], runs = 1000) {
  const s = scenario({
    horizon: days(90),
    components: ids.map((id) => failing(id)),
    plans: ids.map((id) => plan(`repair-${id}`, [['repair', r * 60]])),
    services: [service('svc', requires)],
  });
  return studyEstimates(runStudy(s, { runs, masterSeed: 'analytic' })).services[0]!;
}

describe('Monte Carlo against analytic availability', () => {
  it('one component: the mean availability interval contains m / (m + r)', () => {
    const { availability } = study(ref('a'), ['a']);
    expect(availability.low).toBeLessThanOrEqual(up);
    expect(availability.high).toBeGreaterThanOrEqual(up);
    expect(availability.high - availability.low).toBeLessThan(0.001);
  });

  it('a 1-of-2 group: the interval contains 1 − (r / (m + r))²', () => {
    const { availability } = study(atLeast(1, 'a', 'b'), ['a', 'b']);
    const expected = 1 - (1 - up) ** 2;
    expect(availability.low).toBeLessThanOrEqual(expected);
    expect(availability.high).toBeGreaterThanOrEqual(expected);
  });

  it('a 2-of-2 group: the interval contains (m / (m + r))²', () => {
    const { availability } = study(atLeast(2, 'a', 'b'), ['a', 'b']);
    const expected = up ** 2;
    expect(availability.low).toBeLessThanOrEqual(expected);
    expect(availability.high).toBeGreaterThanOrEqual(expected);
  });
});

describe('Monte Carlo with sub-minute outages', () => {
  it('MTBF 1000 h, a fixed 30 s repair: the mean availability interval contains 1000 h / (1000 h + 30 s)', () => {
    // About 9 outages of 30 s a year: each costs 30 s / 1 year = 9.5e-7 of availability.
    // Averaging the runs' availability rounded to 6 decimals counted each as 1e-6, up to 5 %
    // too much: 1 − 8.494e-6 with the interval [1 − 8.577e-6, 1 − 8.411e-6], outside which
    // the analytic 1 − 8.333e-6 fell. The study sums each run's unrounded share of agreed
    // hours down.
    const s = scenario({
      horizon: days(365),
      components: [failing('a', 1000)],
      plans: [plan('repair-a', [['repair', 0.5]])],
      services: [service('svc', ref('a'))],
    });
    const mtbf = 1000 * 3600;
    const expected = mtbf / (mtbf + 30);
    const est = studyEstimates(runStudy(s, { runs: 4000, masterSeed: 'sub-minute' })).services[0]!;
    expect(est.outages.mean.value).toBeGreaterThan(8);
    expect(est.availability.low).toBeLessThanOrEqual(expected);
    expect(est.availability.high).toBeGreaterThanOrEqual(expected);
  });
});

describe('Monte Carlo restricted to agreed hours', () => {
  it('a hand-computed week: a scripted failure at Mon 08:00 repaired in 2 h costs 1 h of 40 agreed hours', () => {
    // Agreed hours Mon-Fri 09:00-17:00 (40 h a week); down 08:00-10:00, of which 09:00-10:00 agreed.
    const s = scenario({
      components: [component('a', { recovery: 'repair' })],
      plans: [plan('repair', [['repair', 120]])],
      services: [service('svc', ref('a'), { calendar: weekdays(9, 17) })],
      injects: [{ at: at(0, 8), action: 'fail', component: 'a' }],
    });
    const est = studyEstimates(runStudy(s, { runs: 20, masterSeed: 'hand', injects: 'scripted' }))
      .services[0]!;
    expect(est.availability.value).toBeCloseTo(1 - 1 / 40, 12);
    expect(est.availability.low).toBeCloseTo(est.availability.high, 12);
    expect(est.downtimeMinutes.mean.value).toBeCloseTo(60, 9);
    expect(est.outages.mean.value).toBe(1);
    expect(est.targetMet.value).toBe(0); // 97.5 % < 99.5 %
    expect(est.rtoBreach.value).toBe(0); // restored after 2 h: not more than the RTO
  });

  it('a scripted failure at Mon 19:00 repaired in 3 h: every plan is slower than the 2 h RTO, none breaches it', () => {
    // Down 19:00-22:00; the overrun 21:00-22:00 is outside Mon-Fri 09:00-17:00.
    const night = scenario({
      components: [component('a', { recovery: 'repair' })],
      plans: [plan('repair', [['repair', 180]])],
      services: [service('svc', ref('a'), { calendar: weekdays(9, 17) })],
      injects: [{ at: at(0, 19), action: 'fail', component: 'a' }],
    });
    const kept = studyEstimates(
      runStudy(night, { runs: 20, masterSeed: 'night', injects: 'scripted' }),
    ).services[0]!;
    expect(kept.planSlowerThanRto).toMatchObject({ value: 1, high: 1 });
    expect(kept.planSlowerThanRto.low).toBeGreaterThan(0.8);
    expect(kept.rtoBreach).toMatchObject({ value: 0, low: 0 });
    expect(kept.downtimeMinutes.mean.value).toBe(0);
    // At 14:00 the overrun, 16:00-17:00, is inside agreed hours: a breach.
    const at14 = {
      ...night,
      injects: [{ at: at(0, 14), action: 'fail' as const, component: 'a' }],
    };
    const day = studyEstimates(
      runStudy(at14, { runs: 20, masterSeed: 'night', injects: 'scripted' }),
    ).services[0]!;
    expect([day.rtoBreach.value, day.planSlowerThanRto.value]).toEqual([1, 1]);
    // Without the injects (the default) nothing happens at all.
    const none = studyEstimates(runStudy(night, { runs: 20, masterSeed: 'night' })).services[0]!;
    expect([none.rtoBreach.value, none.planSlowerThanRto.value]).toEqual([0, 0]);
  });

  it('random failures inside Mon-Fri 09:00-17:00: the interval contains m / (m + r) too', () => {
    const s = scenario({
      horizon: days(91),
      components: [failing('a')],
      plans: [plan('repair-a', [['repair', r * 60]])],
      services: [service('svc', ref('a'), { calendar: weekdays(9, 17) })],
    });
    const est = studyEstimates(runStudy(s, { runs: 1000, masterSeed: 'agreed' })).services[0]!;
    expect(est.availability.low).toBeLessThanOrEqual(up);
    expect(est.availability.high).toBeGreaterThanOrEqual(up);
  });
});
