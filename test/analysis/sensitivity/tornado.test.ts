import { beforeAll, describe, expect, it } from 'vitest';
import type { StudyAggregate } from '../../../src/analysis/montecarlo/index.ts';
import {
  parameterValue,
  runStudies,
  runTornado,
  tornadoInputs,
  tornadoRows,
  type TornadoRow,
} from '../../../src/analysis/sensitivity/index.ts';
import { days, hours } from '../../../src/core/time.ts';
import { component, plan, ref, scenario, service } from '../../support/model-builder.ts';
import { bank } from './bank.ts';

// One component, MTBF 200 h, a fixed 90 min repair, RTO 2 h, 24x7 hours, no demand.
const single = scenario({
  horizon: days(90),
  components: [
    component('a', { failure: { type: 'exponential', mtbf: hours(200) }, recovery: 'repair' }),
  ],
  plans: [plan('repair', [['repair', 90]])],
  services: [service('svc', ref('a'))],
});

describe('tornadoInputs(scenario, service, { factor })', () => {
  it('moves each parameter down and up by half by default, and sets it in the scenarios', () => {
    const inputs = tornadoInputs(single, 'svc');
    expect(inputs.map((i) => [i.id, i.lowInput, i.highInput])).toEqual([
      ['mtbf:a', 6000, 18000],
      ['step-duration:repair:repair', 45, 135],
      ['objective:svc:rto', 60, 180],
      ['objective:svc:rpo', 7.5, 22.5],
      ['objective:svc:mtpd', 240, 720],
    ]);
    for (const i of inputs) {
      expect(parameterValue(i.lowScenario, i.parameter)).toBeCloseTo(i.lowInput, 9);
      expect(parameterValue(i.highScenario, i.parameter)).toBeCloseTo(i.highInput, 9);
    }
  });

  it('keeps low inputs above 0, capacities and team sizes whole', () => {
    const inputs = tornadoInputs(bank, 'transfers', { factor: 1 });
    // (33 before teams' working days: dba, platform, app and network team)
    expect(inputs).toHaveLength(37);
    const desk = inputs.find((i) => i.id === 'team-size:service-desk')!;
    expect([desk.lowInput, desk.highInput]).toEqual([1, 4]);
    expect(desk.highScenario.teams!.find((t) => t.id === 'service-desk')!.size).toBe(4);
    for (const i of inputs) expect(i.lowInput).toBeGreaterThan(0);
    const app = inputs.find((i) => i.id === 'capacity:app-1')!;
    expect([app.lowInput, app.highInput]).toEqual([6, 1200]);
    const lb = tornadoInputs(bank, 'transfers', { factor: 0.3333 }).find(
      (i) => i.id === 'capacity:lb-a',
    )!;
    expect([lb.lowInput, lb.highInput]).toEqual([3334, 6667]);
  });

  it('refuses a factor outside (0, 1]', () => {
    expect(() => tornadoInputs(single, 'svc', { factor: 0 })).toThrow(RangeError);
    expect(() => tornadoInputs(single, 'svc', { factor: 1.5 })).toThrow(RangeError);
  });
});

describe('tornadoRows(service, metric, baseline, lows, highs, inputs)', () => {
  const inputs = tornadoInputs(single, 'svc');
  const options = { runs: 300, masterSeed: 'tornado' };
  let baseline: StudyAggregate;
  let lows: StudyAggregate[] = [];
  let highs: StudyAggregate[] = [];
  let availability: TornadoRow[] = [];
  beforeAll(() => {
    const [base, ...rest] = runStudies(
      [single, ...inputs.flatMap((i) => [i.lowScenario, i.highScenario])],
      options,
    );
    baseline = base!;
    lows = rest.filter((_, k) => k % 2 === 0);
    highs = rest.filter((_, k) => k % 2 === 1);
    availability = tornadoRows('svc', 'availability', baseline, lows, highs, inputs);
  });

  it('sorts the rows by swing, widest first', () => {
    const swings = availability.map((r) => r.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(availability.map((r) => r.id).slice(0, 2)).toEqual([
      'mtbf:a',
      'step-duration:repair:repair',
    ]);
  });

  it('moves availability as m / (m + r) says: MTBF 100 h to 300 h swings it by about 0.0100', () => {
    const row = availability.find((r) => r.id === 'mtbf:a')!;
    // 300 / 301.5 − 100 / 101.5 = 0.99502 − 0.98522
    expect(row.swing).toBeCloseTo(300 / 301.5 - 100 / 101.5, 3);
    expect(row.lowOutput.value).toBeLessThan(row.baseline.value);
    expect(row.highOutput.value).toBeGreaterThan(row.baseline.value);
    expect(row.label).toBe('MTBF of a');
  });

  it('gives an input that cannot matter, the RPO when measuring availability, a swing of 0', () => {
    const rpo = availability.find((r) => r.id === 'objective:svc:rpo')!;
    expect(rpo.swing).toBe(0);
    expect(rpo.lowOutput).toEqual(rpo.baseline);
    expect(rpo.highOutput).toEqual(rpo.baseline);
  });

  it('ranks the RTO and the repair step first when measuring RTO breaches, and the RPO last', () => {
    const rows = tornadoRows('svc', 'rtoBreach', baseline, lows, highs, inputs);
    expect(new Set(rows.slice(0, 2).map((r) => r.id))).toEqual(
      new Set(['objective:svc:rto', 'step-duration:repair:repair']),
    );
    expect(rows.find((r) => r.id === 'objective:svc:rto')!.swing).toBeGreaterThan(0.9);
    expect(rows.find((r) => r.id === 'objective:svc:rpo')!.swing).toBe(0);
  });

  it('refuses studies that do not pair up with the inputs', () => {
    expect(() => tornadoRows('svc', 'cost', baseline, lows.slice(1), highs, inputs)).toThrow(
      '5 parameters but 4 low and 5 high studies',
    );
  });

  it('runTornado gives the same rows in one call', () => {
    expect(runTornado(single, 'svc', 'availability', options)).toEqual(availability);
  });
});
