/**
 * A study of a plain scenario takes each run's figures from the plain runner (no outages, no
 * ServiceMetrics made: MetricsSink restarted lean): the aggregate is the one the runs' metrics
 * give, byte for byte, on the reference model and on generated plain scenarios; a run's figures
 * are its metrics' figures; lean runs leave the runner's ordinary runs alone; and a run past the
 * event ceiling is refused with the message the metrics path gives.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runStudy } from '../../../src/analysis/montecarlo/run-study.ts';
import { runSeed } from '../../../src/analysis/montecarlo/seeds.ts';
import { StudyAggregate } from '../../../src/analysis/montecarlo/study-aggregate.ts';
import type { EventBudgetError } from '../../../src/core/event-budget.ts';
import { estimateEvents } from '../../../src/core/event-estimate.ts';
import type { ServiceMetrics } from '../../../src/core/metrics.ts';
import type { Scenario } from '../../../src/core/model.ts';
import { days, hours } from '../../../src/core/time.ts';
import { parseScenario } from '../../../src/scenario/index.ts';
import { compileScenario } from '../../../src/simulator/fast/compiled.ts';
import { plainRunnerOf } from '../../../src/simulator/fast/plain/plain-run.ts';
import { runCompiled } from '../../../src/simulator/fast/simulate-fast.ts';
import { plainScenario } from '../../simulator/fast/plain-arbitrary.ts';
import { component, flatDemand, plan, scenario, service } from '../../support/model-builder.ts';

const reference = ((): Scenario => {
  const file = 'test/bench/reference-model.yaml';
  const r = parseScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file} does not parse`);
  return r.scenario;
})();

/** The study as it was made before figures: each run's metrics added (runCompiled, the general loop or not). */
function studyOfMetrics(s: Scenario, runs: number, master: string, general: boolean) {
  const c = compileScenario(s);
  const study = StudyAggregate.empty(s, master, runs, 'none');
  for (let i = 0; i < runs; i++)
    study.addRun(i, runCompiled(c, runSeed(master, i), false, { general }).metrics);
  return study;
}

/** What the aggregate reads of a service's metrics, as figures. */
function figuresOf(m: ServiceMetrics) {
  let longest = 0;
  for (const o of m.outages) if (o.durationMinutes > longest) longest = o.durationMinutes;
  return {
    targetMet: m.targetMet,
    rtoBreaches: m.rtoBreaches,
    mtpdBreaches: m.mtpdBreaches,
    rpoMet: m.rpoMet,
    availabilityInAgreedHours: m.availabilityInAgreedHours,
    agreedHoursMinutes: m.agreedHoursMinutes,
    downtimeInAgreedHoursMinutes: m.downtimeInAgreedHoursMinutes,
    degradedInAgreedHoursMinutes: m.degradedInAgreedHoursMinutes,
    cost: m.cost,
    outageCount: m.outages.length,
    longestOutageMinutes: longest,
    planSlowerThanRto: m.outages.some((o) => o.planSlowerThanRto),
  };
}

/** Every cost rate set (the builder's services price only downtime), so each part of a cost counts. */
const priced = (s: Scenario): Scenario => ({
  ...s,
  services: s.services.map((x) => ({
    ...x,
    impact: { ...x.impact, costPerUnservedTransaction: 0.25, costPerHourOfDataLost: 700 },
  })),
});

/** Counts over the generated studies (so the property is seen to test something). */
const seen = { outages: 0, rto: 0, mtpd: 0, rpo: 0, slower: 0, unserved: 0, missed: 0 };

describe('a study of a plain scenario, run by figures', () => {
  it("gives a reference run's figures as its metrics give them: 45 outages, their longest, the costs", () => {
    const runner = plainRunnerOf(compileScenario(reference))!;
    const seed = runSeed('figures', 3);
    const metrics = runner.run(seed, Infinity, undefined)!.metrics;
    const figures = runner.runFigures(seed, Infinity)!.map((f) => ({ ...f }));
    expect(figures).toEqual(metrics.map(figuresOf));
    // Five lines, each down ~9 times a year for ~4 h (a 2-of-2 member under repair).
    const outages = figures.reduce((n, f) => n + f.outageCount, 0);
    expect(outages).toBeGreaterThan(20);
    expect(outages).toBeLessThan(90);
    for (const f of figures) {
      if (f.outageCount === 0) continue;
      expect(f.longestOutageMinutes).toBeGreaterThanOrEqual(240);
      // Cost: EUR 10,000 an hour down in agreed hours.
      expect(f.cost).toBeCloseTo((f.downtimeInAgreedHoursMinutes / 60) * 10_000, 6);
    }
  });

  it('gives the reference model the aggregate of its runs’ metrics, byte for byte', () => {
    const study = runStudy(reference, { runs: 300, masterSeed: 'figures' });
    expect(JSON.stringify(study)).toBe(
      JSON.stringify(studyOfMetrics(reference, 300, 'figures', false)),
    );
  });

  it('gives generated plain scenarios the aggregate of their runs’ metrics (data lost, RTO and MTPD breaches)', () => {
    for (const tiny of [false, true])
      fc.assert(
        fc.property(plainScenario(tiny).map(priced), fc.string({ maxLength: 4 }), (s, master) => {
          const runs = 6;
          const study = runStudy(s, { runs, masterSeed: master });
          const expected = studyOfMetrics(s, runs, master, true);
          expect(JSON.stringify(study)).toBe(JSON.stringify(expected));
          for (const { counts, measures } of expected.services) {
            if (measures.outages.moments.max > 0) seen.outages++;
            if (counts.rtoBreached > 0) seen.rto++;
            if (counts.mtpdBreached > 0) seen.mtpd++;
            if (counts.rpoBreached > 0) seen.rpo++;
            if (counts.planSlowerThanRto > counts.rtoBreached) seen.slower++;
            if (measures.degradedMinutes.moments.max > 0) seen.unserved++;
            if (counts.targetMet < counts.runs) seen.missed++;
          }
        }),
        { numRuns: 100 },
      );
    expect(seen.outages).toBeGreaterThan(50);
    expect(seen.rto).toBeGreaterThan(10);
    expect(seen.mtpd).toBeGreaterThan(10);
    expect(seen.rpo).toBeGreaterThan(10);
    expect(seen.slower).toBeGreaterThan(5);
    expect(seen.missed).toBeGreaterThan(10);
  });

  it('leaves the runner’s runs with metrics as a fresh runner gives them, between runs by figures', () => {
    const runner = plainRunnerOf(compileScenario(reference))!;
    const kept = runner.run(runSeed('mixed', 0), Infinity, undefined)!.metrics;
    const keptCopy = structuredClone(kept);
    runner.runFigures(runSeed('mixed', 1), Infinity);
    const second = runner.run(runSeed('mixed', 2), Infinity, undefined)!.metrics;
    runner.runFigures(runSeed('mixed', 3), Infinity);
    expect(kept).toEqual(keptCopy);
    const fresh = plainRunnerOf(compileScenario(reference))!;
    expect(structuredClone(second)).toEqual(
      structuredClone(fresh.run(runSeed('mixed', 2), Infinity, undefined)!.metrics),
    );
  });

  it('refuses a run past the event ceiling with the message of the metrics path, naming the run', () => {
    // Lognormal lives of median 1 h and sigma 3: the estimate goes by the mean life (~90 h),
    // while most lives are far shorter, so some run takes over twice the estimate's events.
    const heavy = scenario({
      horizon: days(30),
      components: [
        component('a', {
          failure: { type: 'lognormal', median: hours(1), sigma: 3 },
          recovery: 'fix',
        }),
      ],
      plans: [plan('fix', [['fix', 1]])],
      services: [service('s', { type: 'component', id: 'a' }, { demand: flatDemand(10) })],
    });
    const c = compileScenario(heavy);
    expect(plainRunnerOf(c)).not.toBeNull();
    const maxEvents = Math.ceil(estimateEvents(heavy).total);
    const runs = 40;
    // The first run the metrics path stops, and its message as runStudy words it.
    let expected = '';
    for (let i = 0; i < runs && expected === ''; i++)
      try {
        runCompiled(c, runSeed('m', i), false, { maxEvents, general: true });
      } catch (error) {
        expect((error as EventBudgetError).stage).toBe('ceiling');
        expected = (error as EventBudgetError).within(
          `Run ${i} of the study (npm run simulate -- FILE --seed m:run:${i} --without-injects)`,
        ).message;
      }
    expect(expected).toMatch(/^Run \d+ of the study .*: Stopped after/);
    expect(() => runStudy(heavy, { runs, masterSeed: 'm', maxEvents })).toThrow(expected);
  });
});
