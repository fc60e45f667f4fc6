/**
 * The bench compares the fast path with a bare loop on the reference model (issue 17); the
 * comparison means something only if both simulate the same model. Each line's availability in
 * its weekday windows is compared, over many runs, with the analytic value and between the two
 * (the runs are seeded, so the test gives the same verdict every time; the bounds are four
 * standard errors).
 */
import { describe, expect, it } from 'vitest';
import { runStudy } from '../../src/analysis/montecarlo/run-study.ts';
import {
  AGREED_MS,
  analyticLineAvailability,
  bareReferenceRuns,
  LINES,
  WINDOW_BOUNDARIES,
} from '../../src/cli/bench-reference.ts';
import { fastModelEvents, referenceScenario } from '../../src/cli/bench-reference-section.ts';

const HOUR = 3_600_000;

/** Mean and standard error of the mean of values given by their count, sum and sum of squares. */
function estimate(n: number, sum: number, sumSq: number): { mean: number; se: number } {
  const mean = sum / n;
  const variance = (sumSq - n * mean * mean) / (n - 1);
  return { mean, se: Math.sqrt(variance / n) };
}

describe('the reference model of the bench', () => {
  it('has 261 weekdays of 09:00-16:00 in a year that starts on a Monday', () => {
    expect(WINDOW_BOUNDARIES.length).toBe(2 * 261);
    expect(WINDOW_BOUNDARIES[0]).toBe(9 * HOUR);
    expect(WINDOW_BOUNDARIES[1]).toBe(16 * HOUR);
    // Saturday and Sunday left out: the sixth window opens on the second Monday.
    expect(WINDOW_BOUNDARIES[10]).toBe(7 * 24 * HOUR + 9 * HOUR);
    expect(AGREED_MS).toBe(261 * 7 * HOUR);
  });

  it('has a line availability of (1 - q)^2 (1 - q^2) with q = 4 / 2004', () => {
    // q = 0.001996008; both a's up: 0.996011968; one b up: 0.999996016.
    expect(analyticLineAvailability()).toBeCloseTo(0.996007999, 8);
  });

  const bare = bareReferenceRuns(4000, 17);
  let sum = 0;
  let sumSq = 0;
  for (let l = 0; l < LINES; l++) {
    sum += bare.availabilitySum[l]!;
    sumSq += bare.availabilitySumSq[l]!;
  }
  // Lines share no component: their availabilities are independent samples.
  const bareEstimate = estimate(LINES * bare.runs, sum, sumSq);

  it('is run by the bare loop with the expected failures, repairs and window boundaries', () => {
    // A component's cycle is 2,004 h on average: 8,760 / 2,004 = 4.37 failures a year each.
    const failuresPerRun = bare.failures / bare.runs;
    expect(failuresPerRun).toBeGreaterThan(20 * 4.3);
    expect(failuresPerRun).toBeLessThan(20 * 4.45);
    // Every failure but those in the year's last 4 h is repaired within the year.
    expect(bare.failures - bare.repairs).toBeLessThan(bare.runs);
    expect(bare.boundaries).toBe(522 * bare.runs);
  });

  it('gives the bare loop the analytic availability', () => {
    expect(bareEstimate.se).toBeGreaterThan(0);
    expect(Math.abs(bareEstimate.mean - analyticLineAvailability())).toBeLessThan(
      4 * bareEstimate.se,
    );
  });

  const scenario = referenceScenario();
  const study = runStudy(scenario, { runs: 1500, masterSeed: 'reference-test' });
  // The aggregate keeps each line's unavailability as exact fixed-point sums.
  let fastSum = 0;
  let fastSumSq = 0;
  let n = 0;
  for (const s of study.services) {
    const m = s.measures.unavailability.moments;
    fastSum += Number(m.sum) / m.scale;
    fastSumSq += Number(m.sumSq) / (m.scale * m.scale);
    n += m.n;
  }
  const fastUnavailability = estimate(n, fastSum, fastSumSq);
  const fastEstimate = { mean: 1 - fastUnavailability.mean, se: fastUnavailability.se };

  it('gives the fast path the analytic availability', () => {
    expect(n).toBe(LINES * 1500);
    expect(Math.abs(fastEstimate.mean - analyticLineAvailability())).toBeLessThan(
      4 * fastEstimate.se,
    );
  });

  it('gives the bare loop and the fast path the same availability', () => {
    const se = Math.hypot(bareEstimate.se, fastEstimate.se);
    expect(Math.abs(bareEstimate.mean - fastEstimate.mean)).toBeLessThan(4 * se);
  });

  it('counts the same model events per run in both (failures, repairs, window boundaries)', () => {
    let events = 0;
    for (let i = 0; i < 200; i++) events += fastModelEvents(scenario, `events:${i}`);
    const bareEvents = (bare.failures + bare.repairs + bare.boundaries) / bare.runs;
    // About 175 failures and repairs a run (sd ~ 13): 200 runs put the mean within ~1 of it.
    expect(Math.abs(events / 200 - bareEvents)).toBeLessThan(4);
  });
});
