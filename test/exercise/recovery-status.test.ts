import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocal } from '../../src/core/civil.ts';
import { MS_PER_MINUTE } from '../../src/core/time.ts';
import { advanceClock, initialClock, takeDecision } from '../../src/exercise/clock.ts';
import { exerciseOf } from '../../src/exercise/injects.ts';
import { recoveryStatus } from '../../src/exercise/recovery-status.ts';
import { simulateExercise } from '../../src/exercise/simulate-exercise.ts';
import { parseScenario } from '../../src/scenario/index.ts';

const parsed = parseScenario(readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'));
if (!parsed.ok) throw new Error('the bank scenario does not parse');
const bank = parsed.scenario;
const exercise = exerciseOf(bank);
const local = (t: number) => formatLocal(bank.startEpoch + t).slice(11, 16);
const desk = exercise.injects.find((i) => i.id === 'service-desk')!.at;

/** The team invokes the plan 5 minutes after the service desk calls (11:35), played to the end. */
function invokedRun() {
  let s = advanceClock(exercise, initialClock(exercise), desk + 5 * MS_PER_MINUTE);
  s = takeDecision(exercise, s, 'invocation', 'invoke-now');
  return simulateExercise(bank, 'bank', advanceClock(exercise, s, Infinity).log);
}
const run = invokedRun();
const at = (hh: number, mm: number) => exercise.start + ((hh - 10) * 60 + mm - 45) * MS_PER_MINUTE;

describe('recoveryStatus(scenario, trace, offset, now)', () => {
  it('before invocation: the service is down and nothing is under way, so there is no estimate', () => {
    const s = recoveryStatus(bank, run.trace, run.span.offset, at(11, 30), exercise.start);
    expect(s.plans).toEqual([]);
    expect(s.services[0]).toMatchObject({ disrupted: true, restore: null });
  });

  it('at invocation (11:35): both plans start, db-1’s has the one DBA and db-2’s waits for him; the service is back when db-1 is, 11:35 + 10 + 180 + 20 = 15:05 likely (db-1, the member that served last, resumes with no switch-over)', () => {
    const s = recoveryStatus(bank, run.trace, run.span.offset, at(11, 35), exercise.start);
    expect(
      s.plans.map((p) => [p.component, p.plan, local(p.startedAt), p.stepsDone, p.steps]),
    ).toEqual([
      ['db-1', 'db-rebuild', '11:35', 0, 3],
      ['db-2', 'db-rebuild', '11:35', 0, 3],
    ]);
    const restore = s.services[0]!.restore!;
    // assess 5m-15m, rebuild 2h/3h/6h, resync 20m
    expect([local(restore.low), local(restore.likely), local(restore.high)]).toEqual([
      '14:00',
      '15:05',
      '18:10',
    ]);
  });

  it('at 14:50, with the one DBA on db-1’s rebuild since 11:39: the service is back when db-1 is (15:10-17:59), and db-2’s plan waits for the DBA (seed 1, invoked at 11:34)', () => {
    // The bank's DBA team is one person (office hours, 08:00-18:00). Both rebuilds are invoked
    // at 11:34; db-1's plan started first, so the DBA works it to the end before db-2's.
    let s = advanceClock(exercise, initialClock(exercise), desk + 4 * MS_PER_MINUTE);
    s = takeDecision(exercise, s, 'invocation', 'invoke-now');
    const one = simulateExercise(bank, '1', advanceClock(exercise, s, Infinity).log);
    const rebuild = one.trace.events.find(
      (e) => e.type === 'step-started' && e.component === 'db-1' && e.step === 'rebuild',
    )!;
    expect(local(rebuild.t + one.span.offset)).toBe('11:39');
    const status = recoveryStatus(bank, one.trace, one.span.offset, at(14, 50), exercise.start);
    const [db1, db2] = status.plans;
    expect(db1).toMatchObject({
      component: 'db-1',
      current: ['Rebuild the lost node'],
      waiting: [],
    });
    expect(db2).toMatchObject({
      component: 'db-2',
      current: [],
      waiting: [{ step: 'Assess the failure', team: 'Database administrators' }],
    });
    // db-1: the rebuild (2h / 3h / 6h from 11:39, not before now) then the 20 min resync
    const e1 = db1!.estimate!;
    expect([local(e1.low), local(e1.likely), local(e1.high)]).toEqual(['15:10', '15:10', '17:59']);
    // db-2: once the DBA is free, assess 5/10/15 min, rebuild 2h/3h/6h, resync 20 min
    const e2 = db2!.estimate!;
    expect([local(e2.low), local(e2.likely), local(e2.high)]).toEqual(['17:35', '18:40', '00:34']);
    // db-1 served last (its corruption abandoned the switch to db-2): back with no switch-over
    const restore = status.services[0]!.restore!;
    expect(restore).toEqual(e1);
    // the service came back at 15:29, when db-1 did: inside the range
    const up = one.trace.events.find((e) => e.type === 'service' && e.to === 'up')!;
    expect(local(up.t + one.span.offset)).toBe('15:29');
    expect(up.t + one.span.offset).toBeGreaterThanOrEqual(restore.low);
    expect(up.t + one.span.offset).toBeLessThanOrEqual(restore.high);
  });

  it('without teams, the plans do not wait for each other: both rebuilds run at once (the bank before it had teams)', () => {
    const untimed = { ...bank, teams: [] };
    const s0 = advanceClock(exercise, initialClock(exercise), desk + 5 * MS_PER_MINUTE);
    const log = advanceClock(
      exercise,
      takeDecision(exercise, s0, 'invocation', 'invoke-now'),
      Infinity,
    ).log;
    const free = simulateExercise(untimed, 'bank', log);
    const status = recoveryStatus(
      untimed,
      free.trace,
      free.span.offset,
      at(11, 35),
      exercise.start,
    );
    const likely = status.plans.map((p) => local(p.estimate!.likely));
    // assess 10 + rebuild 180 + resync 20 from 11:35, for both at once
    expect(likely).toEqual(['15:05', '15:05']);
    expect(status.plans.every((p) => p.waiting.length === 0)).toBe(true);
  });

  it('after the assessment: counts it done at its true end, and the estimate moves with it', () => {
    const assessed = run.trace.events.find(
      (e) => e.type === 'step-finished' && e.component === 'db-1' && e.step === 'assess',
    )!;
    const t = assessed.t + run.span.offset;
    const s = recoveryStatus(bank, run.trace, run.span.offset, t, exercise.start);
    const db1 = s.plans.find((p) => p.component === 'db-1')!;
    expect(db1.stepsDone).toBe(1);
    expect(db1.current).toEqual(['Rebuild the lost node']);
    // rebuild from the end of the assessment: likely 3 h + 20 min resync
    expect(db1.estimate!.likely).toBe(t + 200 * MS_PER_MINUTE);
  });

  it('once restored, says when, and the service needs no estimate', () => {
    const done = run.trace.events.find((e) => e.type === 'plan-completed');
    if (done?.type !== 'plan-completed') throw new Error('no plan completed in the run');
    const t = done.t + run.span.offset;
    const s = recoveryStatus(
      bank,
      run.trace,
      run.span.offset,
      t + 60 * MS_PER_MINUTE,
      exercise.start,
    );
    const restored = s.plans.find((p) => p.component === done.component)!;
    expect(restored.restoredAt).toBe(t);
    expect(restored.estimate).toBeNull();
  });

  it('knows nothing of the future: the status from the whole run equals the status from the run cut at the clock', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 * 60 }), (minute) => {
        const now = exercise.start + minute * MS_PER_MINUTE;
        const cut = {
          ...run.trace,
          events: run.trace.events.filter((e) => e.t + run.span.offset <= now),
        };
        expect(recoveryStatus(bank, cut, run.span.offset, now, exercise.start)).toEqual(
          recoveryStatus(bank, run.trace, run.span.offset, now, exercise.start),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('recoveryStatus, when the service is degraded by load alone', () => {
  it('has no recovery to wait for: the month-end surge before the corruption', () => {
    let s = advanceClock(exercise, initialClock(exercise), desk + 5 * MS_PER_MINUTE);
    s = takeDecision(exercise, s, 'invocation', 'invoke-now');
    const quiet = simulateExercise(bank, 'bank', advanceClock(exercise, s, Infinity).log);
    // 11:10: the surge (from 11:00) overloads the app servers; nothing has failed yet
    const before = quiet.trace.events.filter(
      (e) => e.type === 'service' && e.t + quiet.span.offset <= at(11, 10),
    );
    expect(before.at(-1)).toMatchObject({ to: 'degraded' });
    const status = recoveryStatus(bank, quiet.trace, quiet.span.offset, at(11, 10), exercise.start);
    expect(status.services[0]).toEqual({ service: 'transfers', disrupted: false, restore: null });
  });
});
