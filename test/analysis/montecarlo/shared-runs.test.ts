import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runStudy, StudyAggregate } from '../../../src/analysis/montecarlo/index.ts';
import { remeasure } from '../../../src/analysis/montecarlo/measure-only.ts';
import { sameSimulation } from '../../../src/analysis/montecarlo/scenario-equality.ts';
import { runStudies as runOnPool } from '../../../src/analysis/montecarlo/pool.ts';
import type { StudyJob } from '../../../src/analysis/montecarlo/study-job.ts';
import { followersOf, shareRuns } from '../../../src/analysis/montecarlo/shared-runs.ts';
import { runStudies, tornadoInputs } from '../../../src/analysis/sensitivity/index.ts';
import type { ServiceMetrics } from '../../../src/core/metrics.ts';
import type { Objectives, Scenario } from '../../../src/core/model.ts';
import { days, hours, minutes, ms } from '../../../src/core/time.ts';
import { compileScenario } from '../../../src/simulator/fast/compiled.ts';
import type { ToWorker } from '../../../src/analysis/montecarlo/pool-protocol.ts';
import { inlineWorker } from '../../../src/workers/montecarlo-serve.ts';
import { component, plan, ref, scenario, service, weekdays } from '../../support/model-builder.ts';
import { bank } from '../sensitivity/bank.ts';

// One database, MTBF 200 h, a fixed 90 min repair, a replica 10 min behind (a failure loses
// 10 min of data); two services on it: office hours (weekdays 09-17) and 24x7.
const base = scenario({
  horizon: days(120),
  components: [
    component('db', {
      failure: { type: 'exponential', mtbf: hours(200) },
      recovery: 'repair',
      data: { backupEvery: hours(1), backupOffset: ms(0), replicationLag: minutes(10) },
    }),
  ],
  plans: [plan('repair', [['repair', 90]])],
  services: [
    service('office', ref('db'), { calendar: weekdays(9, 17) }),
    service('always', ref('db')),
  ],
});

/** `base` with the given objectives of service `k` (a new scenario; the rest shared). */
function withObjectives(k: number, over: Partial<Objectives>): Scenario {
  const services = base.services.map((s, i) =>
    i === k ? { ...s, objectives: { ...s.objectives, ...over } } : s,
  );
  return { ...base, services };
}

const RUNS = 200;
const SEED = 'shared';
const alone = (s: Scenario): StudyAggregate => runStudy(s, { runs: RUNS, masterSeed: SEED });
const json = (a: StudyAggregate): string => JSON.stringify(a);

describe('sameSimulation(a, b)', () => {
  it('is true when only RTO, RPO or MTPD differ, whichever service', () => {
    expect(sameSimulation(base, withObjectives(0, { rto: minutes(30) }))).toBe(true);
    expect(sameSimulation(base, withObjectives(1, { rpo: ms(1), mtpd: hours(1) }))).toBe(true);
    expect(sameSimulation(base, structuredClone(base))).toBe(true);
  });

  it('is false when the MBCO or the availability target differs (the run or its verdict reads them)', () => {
    expect(sameSimulation(base, withObjectives(0, { mbco: { kind: 'share', share: 0.9 } }))).toBe(
      false,
    );
    expect(sameSimulation(base, withObjectives(0, { availability: 0.99 }))).toBe(false);
  });

  it('is false for anything else the simulation reads, including what plain JSON cannot tell apart', () => {
    const capacity = (c: number | null): Scenario => ({
      ...base,
      components: [{ ...base.components[0]!, capacity: c }],
    });
    expect(sameSimulation(capacity(null), capacity(Infinity))).toBe(false);
    expect(sameSimulation(base, { ...base, horizon: days(121) })).toBe(false);
    expect(
      sameSimulation(base, { ...base, services: [base.services[1]!, base.services[0]!] }),
    ).toBe(false);
    const costly = base.services.map((s) => ({ ...s, impact: { ...s.impact, costPerHour: 1 } }));
    expect(sameSimulation(base, { ...base, services: costly })).toBe(false);
  });
});

describe('shareRuns(jobs)', () => {
  const job = (s: Scenario, over: Partial<StudyJob> = {}): StudyJob => ({
    scenario: s,
    runs: RUNS,
    masterSeed: SEED,
    ...over,
  });

  it('measures studies whose scenarios differ only in objectives from the first one’s runs', () => {
    const jobs = [
      job(withObjectives(0, { rto: hours(1) })),
      job(withObjectives(1, { rpo: minutes(5) })),
      job({ ...base, horizon: days(60) }),
      job(base),
    ];
    const { lead, followers } = shareRuns(jobs);
    expect(lead).toEqual([0, 0, 2, 0]);
    expect(followers).toEqual([[1, 3], [], [], []]);
  });

  it('shares nothing between studies of different runs, seeds, ranges or injects, or with no runs to do', () => {
    const s = withObjectives(0, { rto: hours(1) });
    const { lead } = shareRuns([
      job(base),
      job(s, { runs: RUNS + 1 }),
      job(s, { masterSeed: 'other' }),
      job(s, { range: [0, 10] }),
      job(s, { injects: 'scripted' }),
      job(s, { range: [5, 5] }),
      job(s, { maxEvents: 1000 }),
    ]);
    expect(lead).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('runStudy(lead, { followers })', () => {
  it('refuses runs that are not a whole number, even with a whole range, as a study on its own does', () => {
    const other = withObjectives(0, { rto: hours(1) });
    const followers = followersOf(base, [
      {
        into: StudyAggregate.empty(other, SEED, 10, 'none'),
        scenario: other,
        compile: () => compileScenario(other),
      },
    ]);
    const options = { runs: 10.5, masterSeed: SEED, from: 0, to: 10 };
    const refusal = new RangeError('runs must be a whole number ≥ 0, not 10.5');
    expect(() => runStudy(base, { ...options, followers })).toThrow(refusal);
    expect(() => runStudy(base, options)).toThrow(refusal);
    expect(followers[0]!.into.runs).toBe(0);
  });
});

describe('studies that share runs give each study its own aggregate, byte for byte', () => {
  it('office-hours RTO: 1 h is breached by every 90 min outage that runs into office hours, 2 h by none', () => {
    const [short, long] = runStudies(
      [withObjectives(0, { rto: hours(1) }), withObjectives(0, { rto: hours(2) })],
      { runs: RUNS, masterSeed: SEED },
    );
    const office = (a: StudyAggregate) => a.services[0]!.counts;
    expect(office(long!).rtoBreached).toBe(0);
    expect(office(long!).planSlowerThanRto).toBe(0);
    // every run of 120 days has outages (MTBF 200 h), most of them touch office hours
    expect(office(short!).planSlowerThanRto).toBe(RUNS);
    expect(office(short!).rtoBreached).toBeGreaterThan(RUNS * 0.9);
    expect(office(short!).rtoBreached).toBeLessThanOrEqual(RUNS);
    expect(json(short!)).toBe(json(alone(withObjectives(0, { rto: hours(1) }))));
    expect(json(long!)).toBe(json(alone(withObjectives(0, { rto: hours(2) }))));
  });

  it('an RPO equal to the loss, beside a lead whose RPO is shorter: the run is run again for it (met, as alone)', () => {
    const lead = withObjectives(0, { rpo: minutes(5) });
    const exact = withObjectives(0, { rpo: minutes(10) });
    // The lead's metrics say 10 min lost and RPO 5 min breached: 10 min against 10 min cannot be told from them.
    const metrics: ServiceMetrics[] = [
      { ...({} as ServiceMetrics), worstDataLossMinutes: 10, rpoMet: false, outages: [] },
    ];
    const compiled = compileScenario(lead).services;
    expect(remeasure(metrics, [exact.services[0]!], compiled)).toBeNull();
    const [a, b] = runStudies([lead, exact], { runs: RUNS, masterSeed: SEED });
    expect(a!.services[0]!.counts.rpoBreached).toBeGreaterThan(0);
    expect(b!.services[0]!.counts.rpoBreached).toBe(0);
    expect(json(a!)).toBe(json(alone(lead)));
    expect(json(b!)).toBe(json(alone(exact)));
  });

  it('any RTO, RPO and MTPD of either service (fast-check)', () => {
    const duration = fc.constantFrom(
      ...[0, 1, minutes(5), minutes(10), minutes(10) + 1, minutes(89), minutes(90)].map(ms),
      hours(2),
      hours(8),
      ms(Infinity),
    );
    const objective = fc.record({ rto: duration, rpo: duration, mtpd: duration });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1), objective), { minLength: 2, maxLength: 4 }),
        (edits) => {
          const scenarios = edits.map(([k, o]) => withObjectives(k, o));
          const shared = runStudies(scenarios, { runs: 40, masterSeed: 'prop' });
          scenarios.forEach((s, i) =>
            expect(json(shared[i]!)).toBe(json(runStudy(s, { runs: 40, masterSeed: 'prop' }))),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('the bank’s tornado studies of the objectives, on two pool workers and in runStudies, as each study alone', async () => {
    const inputs = tornadoInputs(bank, 'transfers');
    const objectiveRows = inputs.filter((i) => i.parameter.kind === 'objective');
    expect(objectiveRows.map((i) => i.id)).toEqual([
      'objective:transfers:rto',
      'objective:transfers:rpo',
      'objective:transfers:mtpd',
    ]);
    const other = inputs.find((i) => i.id === 'mtbf:db-1')!;
    const scenarios = [
      bank,
      ...objectiveRows.flatMap((i) => [i.lowScenario, i.highScenario]),
      other.lowScenario,
    ];
    const runs = 150;
    const each = scenarios.map((s) => json(runStudy(s, { runs, masterSeed: 'bank' })));
    // The RTO matters in these runs: low and high differ.
    expect(each[1]).not.toBe(each[2]);
    const inNode = runStudies(scenarios, { runs, masterSeed: 'bank' });
    expect(inNode.map(json)).toEqual(each);

    const chunks: ToWorker[] = [];
    const onPool = await runOnPool(
      scenarios.map((scenario) => ({ scenario, runs, masterSeed: 'bank' })),
      {
        workers: 2,
        chunkSize: 40,
        spawn: () => {
          const w = inlineWorker();
          return { ...w, post: (m) => (chunks.push(m), w.post(m)) };
        },
      },
    );
    expect(onPool.map(json)).toEqual(each);
    // Only the baseline's and the MTBF study's runs were simulated.
    const simulated = chunks.reduce((n, m) => (m.type === 'chunk' ? n + m.to - m.from : n), 0);
    expect(simulated).toBe(2 * runs);
  });
});
