import { describe, expect, it } from 'vitest';
import {
  chartBars,
  complementBars,
  runSeed,
  runStudy,
  studyEstimates,
} from '../../../src/analysis/montecarlo/index.ts';
import { roundStep } from '../../../src/analysis/montecarlo/distribution.ts';
import { simulateFast } from '../../../src/simulator/fast/simulate-fast.ts';
import { fixture } from './study-fixture.ts';

const RUNS = 80;
const study = runStudy(fixture, { runs: RUNS, masterSeed: 'examples' });
const estimates = studyEstimates(study);
const pay = estimates.services.find((s) => s.service === 'pay')!;
const metricsOf = (run: number) =>
  simulateFast(fixture, runSeed('examples', run)).metrics.find((m) => m.service === 'pay')!;

describe('example runs of a distribution', () => {
  it('every non-empty bar of downtime names a run whose downtime lies in the bar', () => {
    const bars = pay.downtimeDistribution.bars.filter((b) => b.count > 0);
    expect(bars.length).toBeGreaterThan(1);
    for (const bar of bars) {
      expect(bar.run).not.toBeNull();
      const downtime = metricsOf(bar.run!).downtimeInAgreedHoursMinutes;
      // A fine bin goes whole to the bar holding its midpoint: allow its width (< 1 %).
      expect(downtime).toBeGreaterThanOrEqual(bar.from * 0.99);
      expect(downtime).toBeLessThanOrEqual(bar.to * 1.01);
    }
  });

  it('the example of a bar is its first run: no earlier run lands in the bar', () => {
    const bar = pay.downtimeDistribution.bars.find((b) => b.count > 0 && b.run! > 0)!;
    for (let i = 0; i < bar.run!; i++) {
      const d = metricsOf(i).downtimeInAgreedHoursMinutes;
      // Runs at zero are counted apart (Distribution.zero), not in the first bar.
      expect(d > 0 && d >= bar.from * 1.01 && d < bar.to * 0.99).toBe(false);
    }
  });

  it('empty bars have no example, and the runs at zero join the first chart bar', () => {
    for (const bar of pay.downtimeDistribution.bars)
      if (bar.count === 0) expect(bar.run).toBeNull();
    const bars = chartBars(pay.downtimeDistribution);
    const total = bars.reduce((n, b) => n + b.count, 0);
    expect(total).toBe(RUNS);
    if (pay.downtimeDistribution.zero > 0) {
      expect(metricsOf(pay.downtimeDistribution.zeroRun!).downtimeInAgreedHoursMinutes).toBe(0);
      expect(bars[0]!.run).toBeLessThanOrEqual(pay.downtimeDistribution.zeroRun!);
    }
  });

  it('availability bars are the unavailability bars turned around, ending at 100 %', () => {
    const bars = complementBars(chartBars(pay.unavailabilityDistribution));
    expect(bars[bars.length - 1]!.to).toBe(1);
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.from).toBeCloseTo(bars[i - 1]!.to, 12);
    expect(bars.reduce((n, b) => n + b.count, 0)).toBe(RUNS);
  });

  it('a study split into parts names the same examples as one run of all', () => {
    const a = runStudy(fixture, { runs: RUNS, masterSeed: 'examples', from: 0, to: 33 });
    a.merge(runStudy(fixture, { runs: RUNS, masterSeed: 'examples', from: 33, to: RUNS }));
    const merged = studyEstimates(a).services.find((s) => s.service === 'pay')!;
    expect(merged.downtimeDistribution).toEqual(pay.downtimeDistribution);
    expect(merged.costDistribution).toEqual(pay.costDistribution);
  });
});

describe('distribution bins', () => {
  it('roundStep picks the smallest of 1, 2, 2.5 and 5 times a power of ten that is large enough', () => {
    expect([0.7, 1, 1.2, 2.2, 3, 7, 18.9, 26, 3000].map(roundStep)).toEqual([
      1, 1, 2, 2.5, 5, 10, 20, 50, 5000,
    ]);
    expect(roundStep(0.00031)).toBeCloseTo(0.0005, 15);
  });

  it('bars have round edges, at most ten of them, and the last holds the largest value', () => {
    const d = pay.downtimeDistribution;
    const width = d.bars[0]!.to - d.bars[0]!.from;
    expect(width).toBe(roundStep(width));
    expect(d.bars.length).toBeLessThanOrEqual(10);
    expect(d.bars[d.bars.length - 1]!.to).toBeGreaterThanOrEqual(pay.downtimeMinutes.max);
  });
});
