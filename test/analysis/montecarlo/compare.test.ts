import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareStudies,
  meanDelta,
  proportionDelta,
  runStudy,
  type InjectsMode,
  type MetricDelta,
  type StudyComparison,
} from '../../../src/analysis/montecarlo/index.ts';
import { Moments } from '../../../src/analysis/montecarlo/moments.ts';
import { parseScenario } from '../../../src/scenario/index.ts';

const bank = parseScenario(
  readFileSync(new URL('../../../scenarios/bank-money-transfer.yaml', import.meta.url), 'utf8'),
);
if (!bank.ok) throw new Error('the bank scenario does not parse');
const variant = (name: string) => bank.variants.find((v) => v.name === name)!.scenario;

const RUNS = 120;
const study = (scenario = bank.scenario, masterSeed = 'cmp', injects: InjectsMode = 'none') =>
  runStudy(scenario, { runs: RUNS, masterSeed, injects });
const metric = (c: StudyComparison, name: MetricDelta['metric']): MetricDelta =>
  c.services[0]!.metrics.find((m) => m.metric === name)!;
const moments = (values: number[]) => {
  const m = new Moments(1e6);
  values.forEach((v) => m.add(v));
  return m;
};

describe('differences of proportions and means', () => {
  it('a two-proportion difference: Newcombe interval around it, z test for significance', () => {
    const same = proportionDelta(10, 100, 10, 100);
    expect(same.delta).toBe(0);
    expect(same.low).toBeLessThan(0);
    expect(same.high).toBeGreaterThan(0);
    expect(same.significant).toBe(false);
    const up = proportionDelta(5, 100, 20, 100);
    expect(up.delta).toBeCloseTo(0.15, 12);
    expect(up.low).toBeGreaterThan(0);
    expect(up.high).toBeLessThan(0.3);
    expect(up.significant).toBe(true);
    expect(proportionDelta(0, 50, 0, 50)).toMatchObject({ delta: 0, significant: false });
    expect(proportionDelta(5, 100, 9, 100).significant).toBe(false);
  });

  it('a Welch-style difference of means', () => {
    const a = moments([1, 2, 3, 4, 5]);
    const b = moments([3, 4, 5, 6, 7]);
    const d = meanDelta(a, b);
    expect(d.delta).toBeCloseTo(2, 9);
    // s² = 2.5 in both: half-width z·√(2·2.5/5) = 1.96
    expect(d.high - d.delta).toBeCloseTo(1.959963984540054, 9);
    expect(d.significant).toBe(true);
    expect(meanDelta(moments([2, 2]), moments([2, 2])).significant).toBe(false);
    expect(meanDelta(moments([2, 2]), moments([3, 3])).significant).toBe(true);
  });
});

describe('compareStudies on the bank (common random numbers)', () => {
  const baseline = study();

  it('a variant equal to the baseline differs in nothing', () => {
    const c = compareStudies(baseline, study());
    for (const m of c.services[0]!.metrics) {
      expect(m.delta, m.metric).toBe(0);
      expect(m.significant, m.metric).toBe(false);
    }
    expect(c.services[0]).toMatchObject({ newlyMet: [], newlyBreached: [] });
    expect(c).toMatchObject({ runs: RUNS, masterSeed: 'cmp', injects: 'none', level: 0.5 });
  });

  it('rto-1h: P(RTO breach) never falls, availability and cost do not move', () => {
    const c = compareStudies(baseline, study(variant('rto-1h')));
    const rto = metric(c, 'rtoBreach');
    // A tighter objective on the same seeds can only add breaches (run by run).
    expect(rto.delta).toBeGreaterThanOrEqual(0);
    expect(metric(c, 'availability')).toMatchObject({ delta: 0, significant: false });
    expect(metric(c, 'cost').delta).toBe(0);
    expect(c.services[0]!.newlyMet).toEqual([]);
  });

  it('one-database: availability drops and downtime rises, significantly', () => {
    // With the replica, losing the primary costs a promotion (10-20 min); without it, the
    // rebuild (hours). About as many outages either way: the active database fails as often.
    const c = compareStudies(baseline, study(variant('one-database')));
    const a = metric(c, 'availability');
    expect(a.delta).toBeLessThan(0);
    expect(a.high).toBeLessThan(0);
    expect(a.significant).toBe(true);
    expect(a.baseline).toBeGreaterThan(a.variant);
    expect(metric(c, 'downtimeMinutes')).toMatchObject({ significant: true });
    expect(metric(c, 'downtimeMinutes').delta).toBeGreaterThan(0);
  });

  it('refuses studies on different seeds, runs or injects', () => {
    expect(() => compareStudies(baseline, study(bank.scenario, 'other'))).toThrow(
      /different master seeds/,
    );
    expect(() => compareStudies(baseline, study(bank.scenario, 'cmp', 'scripted'))).toThrow(
      /one study has random failures only \(scripted injects left out\), the other random failures and the scenario's scripted injects in every run/,
    );
    const part = runStudy(bank.scenario, { runs: RUNS, masterSeed: 'cmp', to: 10 });
    expect(() => compareStudies(baseline, part)).toThrow(/different runs/);
  });
});
