import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import fc from 'fast-check';
import { Engine } from '../../src/core/engine.ts';
import { minutes } from '../../src/core/time.ts';
import { recoveryPlanMachine, type PlanStepRun } from '../../src/machines/recovery-plan.machine.ts';

function run(steps: PlanStepRun[]) {
  const engine = new Engine();
  const actor = createActor(recoveryPlanMachine, { clock: engine.clock, input: { steps } });
  const log: { t: number; what: string; step: string }[] = [];
  actor.on('step.started', (e) => log.push({ t: engine.now, what: 'start', step: e.step }));
  actor.on('step.finished', (e) => log.push({ t: engine.now, what: 'finish', step: e.step }));
  actor.start();
  actor.send({ type: 'START' });
  engine.run({ until: Infinity });
  return { actor, log, engine };
}

const step = (id: string, m: number, after: string[] = []): PlanStepRun => ({
  id,
  owner: null,
  after,
  duration: minutes(m),
});

/** Plans of up to 8 steps; step i may wait for several of the steps before it, in any order. */
const acyclicPlans = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.array(fc.nat(), { maxLength: 3 })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((rows) =>
    rows.map(([m, prereq], i) =>
      step(`s${i}`, m, i === 0 ? [] : [...new Set(prereq.map((p) => `s${p % i}`))]),
    ),
  );

/** When each step finishes if it starts as soon as all its prerequisites are done. */
function criticalFinish(steps: readonly PlanStepRun[]): Map<string, number> {
  const finish = new Map<string, number>();
  for (const s of steps) {
    const start = Math.max(0, ...s.after.map((p) => finish.get(p)!));
    finish.set(s.id, start + s.duration);
  }
  return finish;
}

describe('recovery plan machine', () => {
  it('runs steps in dependency order and steps without a path between them in parallel', () => {
    // detect (10) -> { promote (15), notify (5) } -> verify (10): 10 + 15 + 10 = 35 min
    const { actor, log, engine } = run([
      step('detect', 10),
      step('promote', 15, ['detect']),
      step('notify', 5, ['detect']),
      step('verify', 10, ['promote', 'notify']),
    ]);
    expect(actor.getSnapshot().value).toBe('completed');
    expect(log).toEqual([
      { t: 0, what: 'start', step: 'detect' },
      { t: minutes(10), what: 'finish', step: 'detect' },
      { t: minutes(10), what: 'start', step: 'promote' },
      { t: minutes(10), what: 'start', step: 'notify' },
      { t: minutes(15), what: 'finish', step: 'notify' },
      { t: minutes(25), what: 'finish', step: 'promote' },
      { t: minutes(25), what: 'start', step: 'verify' },
      { t: minutes(35), what: 'finish', step: 'verify' },
    ]);
    expect(engine.now).toBe(minutes(35));
  });

  it.each([
    ['the first prerequisite finishes first', 10, 30],
    ['the last prerequisite finishes first', 30, 10],
  ])('starts a step after [a, b] when both are done, not when the first is (%s)', (_case, a, b) => {
    // a and b in parallel from 0; c after [a, b] starts at max(a, b) = 30 min, ends at 35.
    const { log, engine } = run([step('a', a), step('b', b), step('c', 5, ['a', 'b'])]);
    expect(log.filter((l) => l.step === 'c')).toEqual([
      { t: minutes(30), what: 'start', step: 'c' },
      { t: minutes(35), what: 'finish', step: 'c' },
    ]);
    expect(log.find((l) => l.what === 'finish' && l.step === (a < b ? 'a' : 'b'))?.t).toBe(
      minutes(10),
    );
    expect(engine.now).toBe(minutes(35));
  });

  it('waits for every one of three prerequisites, listed in the order they finish', () => {
    const { log } = run([
      step('a', 20),
      step('b', 5),
      step('c', 40),
      step('d', 1, ['b', 'a', 'c']),
    ]);
    expect(log.find((l) => l.what === 'start' && l.step === 'd')?.t).toBe(minutes(40));
  });

  it('completes at once when the plan has no steps', () => {
    expect(run([]).actor.getSnapshot().value).toBe('completed');
  });

  it('stops its running steps when aborted', () => {
    const engine = new Engine();
    const actor = createActor(recoveryPlanMachine, {
      clock: engine.clock,
      input: { steps: [step('a', 10), step('b', 10, ['a'])] },
    });
    actor.start();
    actor.send({ type: 'START' });
    engine.run({ until: minutes(5) });
    actor.send({ type: 'ABORT' });
    engine.run({ until: minutes(60) });
    expect(actor.getSnapshot().value).toBe('aborted');
    expect(actor.getSnapshot().context.status).toEqual({ a: 'running', b: 'waiting' });
  });

  it('ignores STEP_DONE before START and START twice', () => {
    const engine = new Engine();
    const actor = createActor(recoveryPlanMachine, {
      clock: engine.clock,
      input: { steps: [step('a', 10)] },
    });
    actor.start();
    actor.send({ type: 'STEP_DONE', step: 'a' });
    expect(actor.getSnapshot().value).toBe('idle');
    actor.send({ type: 'START' });
    actor.send({ type: 'START' });
    engine.run({ until: Infinity });
    expect(actor.getSnapshot().value).toBe('completed');
    expect(engine.now).toBe(minutes(10));
  });

  it('finishes any acyclic plan at its critical-path length, never starting a step before its prerequisites', () => {
    fc.assert(
      fc.property(acyclicPlans, (steps) => {
        const { log, engine } = run(steps);
        const finish = criticalFinish(steps);
        expect(engine.now).toBe(Math.max(...finish.values()));
        for (const e of log.filter((l) => l.what === 'start')) {
          const s = steps.find((x) => x.id === e.step)!;
          expect(e.t).toBe(Math.max(0, ...s.after.map((p) => finish.get(p)!)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is checked on generated plans where a step waits for several prerequisites and the first listed finishes first', () => {
    const firstFinishesFirst = (steps: PlanStepRun[]) => {
      const finish = criticalFinish(steps);
      return steps.some(
        (s) =>
          s.after.length >= 2 &&
          finish.get(s.after[0]!)! < Math.max(...s.after.map((p) => finish.get(p)!)),
      );
    };
    const sample = fc.sample(acyclicPlans, { numRuns: 200, seed: 1 });
    expect(sample.filter(firstFinishesFirst).length).toBeGreaterThan(40);
  });
});
