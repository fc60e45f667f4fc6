/**
 * Sweeps, checked against the analytic case of test/analysis/montecarlo/analytic.test.ts: one
 * component with exponential failures (MTBF m) and a fixed repair r, 24x7 agreed hours, no
 * demand, is up a share m / (m + r) of the time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  runSweep,
  sensitivityParameters,
  sweepPoints,
  sweepScenarios,
  sweepValues,
  parameterValue,
  type ParameterInfo,
  type SweepPoint,
} from '../../../src/analysis/sensitivity/index.ts';
import { runStudy } from '../../../src/analysis/montecarlo/index.ts';
import { days, hours } from '../../../src/core/time.ts';
import { component, plan, ref, scenario, service } from '../../support/model-builder.ts';
import { bank } from './bank.ts';

const r = 60; // minutes of repair
const single = scenario({
  horizon: days(90),
  components: [
    component('a', { failure: { type: 'exponential', mtbf: hours(200) }, recovery: 'repair' }),
  ],
  plans: [plan('repair', [['repair', r]])],
  services: [service('svc', ref('a'))],
});
const mtbf = sensitivityParameters(single, 'svc').find((p) => p.id === 'mtbf:a')!;

const info = (over: Partial<ParameterInfo>): ParameterInfo => ({ ...mtbf, ...over });

describe('sweepValues(info, count)', () => {
  it('spaces count values evenly over the range and adds the current value', () => {
    expect(sweepValues(info({ current: 25, range: [10, 90] }), 5)).toEqual([
      10, 25, 30, 50, 70, 90,
    ]);
  });

  it('does not repeat the current value when it is on the grid', () => {
    expect(sweepValues(info({ current: 50, range: [10, 90] }), 5)).toEqual([10, 30, 50, 70, 90]);
  });

  it('leaves out a current value outside the range', () => {
    expect(sweepValues(info({ current: 500, range: [10, 90] }), 3)).toEqual([10, 50, 90]);
  });

  it('rounds capacities to whole tpm and drops the repeats that makes', () => {
    expect(sweepValues(info({ unit: 'tpm', current: 3, range: [1, 4] }), 7)).toEqual([1, 2, 3, 4]);
  });

  it('gives 9 values by default, 10 with the current value, from a quarter to twice it', () => {
    const values = sweepValues(mtbf);
    expect(values).toHaveLength(10);
    expect(values[0]).toBe(200 * 60 * 0.25);
    expect(values[9]).toBe(200 * 60 * 2);
    expect(values).toContain(200 * 60);
  });
});

describe('sweepScenarios and sweepPoints', () => {
  it('makes one scenario per value, with the parameter set to it', () => {
    const values = [600, 6000, 60000];
    const scenarios = sweepScenarios(single, mtbf.parameter, values);
    expect(scenarios.map((s) => parameterValue(s, mtbf.parameter))).toEqual(values);
  });

  it('refuses values and studies that do not pair up', () => {
    const study = runStudy(single, { runs: 2, masterSeed: 'x' });
    expect(() => sweepPoints('svc', [1, 2], [study])).toThrow('2 values but 1 studies');
    expect(() => sweepPoints('nope', [1], [study])).toThrow("the study has no service 'nope'");
  });
});

describe('runSweep over the MTBF of one exponential component with a fixed repair', () => {
  const runs = 300;
  const values = sweepValues(mtbf);
  const progress: [number, number][] = [];
  let points: SweepPoint[] = [];
  beforeAll(() => {
    points = runSweep(single, 'svc', mtbf.parameter, values, {
      runs,
      masterSeed: 'sweep',
      onProgress: (done, total) => progress.push([done, total]),
    });
  });

  it('has one point per value, in order', () => {
    expect(points.map((p) => p.value)).toEqual(values);
  });

  it('reports progress over all the studies', () => {
    expect(progress.at(-1)).toEqual([runs * values.length, runs * values.length]);
    expect(progress.every(([, total]) => total === runs * values.length)).toBe(true);
  });

  it.each(values.map((v) => [v / 60, v]))(
    'at an MTBF of %d h the mean availability interval contains m / (m + r)',
    (_, m) => {
      const { availability } = points.find((p) => p.value === m)!;
      const expected = m / (m + r);
      expect(availability.low).toBeLessThanOrEqual(expected);
      expect(availability.high).toBeGreaterThanOrEqual(expected);
    },
  );

  it('P(target met) never falls, beyond the intervals, as the MTBF grows', () => {
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(points[j]!.targetMet.high).toBeGreaterThanOrEqual(points[i]!.targetMet.low);
  });

  it('spans the target: rarely met at 50 h (98 % up), mostly met at 400 h (99.75 % up)', () => {
    expect(points[0]!.targetMet.high).toBeLessThan(0.1);
    expect(points.at(-1)!.targetMet.low).toBeGreaterThan(0.8);
  });

  it('costs less and breaches the RTO no more often as the MTBF grows (a 1 h repair never breaches a 2 h RTO)', () => {
    expect(points[0]!.cost.value).toBeGreaterThan(points.at(-1)!.cost.high);
    expect(points.every((p) => p.rtoBreach.value === 0)).toBe(true);
  });
});

describe("sweepValues of a team's size", () => {
  it('sweeps whole people, once each, from one person to twice the team', () => {
    const info = sensitivityParameters(bank, 'transfers').find(
      (p) => p.id === 'team-size:platform-team',
    )!;
    expect(info.range).toEqual([1, 4]);
    expect(sweepValues(info, 9)).toEqual([1, 2, 3, 4]);
    const scenarios = sweepScenarios(bank, info.parameter, [1, 3]);
    expect(scenarios.map((s) => s.teams!.find((t) => t.id === 'platform-team')!.size)).toEqual([
      1, 3,
    ]);
  });
});
