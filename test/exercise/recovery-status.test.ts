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

  it('at invocation (11:35): both rebuilds start, the service is back when the first is, 11:35 + 10 + 180 + 20 = 15:05 likely (db-1, the member that served last, resumes with no switch-over)', () => {
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

  it('at 14:50, with the replica in its resync, adds the promotion that follows: 10-20 min after its 20 min resync (seed 1, invoked at 11:34)', () => {
    // The reviewer's run (the app's seed 1, the plan invoked at 11:34). The primary, db-1,
    // served last (its corruption abandoned the switch to db-2), so when the replica is
    // rebuilt first the pair must switch over to it: 10m-20m, low 10, likely 15, high 20.
    let s = advanceClock(exercise, initialClock(exercise), desk + 4 * MS_PER_MINUTE);
    s = takeDecision(exercise, s, 'invocation', 'invoke-now');
    const one = simulateExercise(bank, '1', advanceClock(exercise, s, Infinity).log);
    const resync = one.trace.events.find(
      (e) => e.type === 'step-started' && e.component === 'db-2' && e.step === 'resync',
    )!;
    const status = recoveryStatus(bank, one.trace, one.span.offset, at(14, 50), exercise.start);
    const restore = status.services[0]!.restore!;
    const done = resync.t + one.span.offset + 20 * MS_PER_MINUTE; // 15:07 (all the estimate said before)
    expect(local(done)).toBe('15:07');
    expect(restore).toEqual({
      low: done + 10 * MS_PER_MINUTE,
      likely: done + 15 * MS_PER_MINUTE,
      high: done + 20 * MS_PER_MINUTE,
    });
    expect([local(restore.low), local(restore.likely), local(restore.high)]).toEqual([
      '15:17',
      '15:22',
      '15:27',
    ]);
    // the service came back at 15:24, after the switch-over: inside the range
    const up = one.trace.events.find((e) => e.type === 'service' && e.to === 'up')!;
    expect(local(up.t + one.span.offset)).toBe('15:24');
    expect(up.t + one.span.offset).toBeGreaterThanOrEqual(restore.low);
    expect(up.t + one.span.offset).toBeLessThanOrEqual(restore.high);
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
