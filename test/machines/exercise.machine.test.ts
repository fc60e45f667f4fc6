import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { Engine } from '../../src/core/engine.ts';
import { decisionsOf, releasesOf } from '../../src/exercise/log.ts';
import { TICK_MS, exerciseMachine } from '../../src/machines/exercise.machine.ts';
import { m, script } from '../exercise/script.ts';

/** The exercise on an engine clock standing in for real time: `wait(s)` lets s real seconds pass. */
function facilitate() {
  const engine = new Engine();
  const actor = createActor(exerciseMachine, { input: { exercise: script }, clock: engine.clock });
  actor.start();
  const snap = () => actor.getSnapshot();
  return {
    actor,
    send: actor.send.bind(actor),
    wait: (seconds: number) => {
      const until = engine.now + seconds * 1000;
      engine.run({ until });
      while (engine.peekTime() <= until) engine.step(); // what is due at `until` too
    },
    state: () => snap().value,
    context: () => snap().context,
  };
}

describe('the exercise machine', () => {
  it('waits in ready with the clock at the start until START', () => {
    const x = facilitate();
    x.wait(600);
    expect(x.state()).toBe('ready');
    expect(x.context().now).toBe(m(60));
  });

  it('runs simulated time at the pace: 10 simulated minutes per real minute', () => {
    const x = facilitate();
    x.send({ type: 'START' });
    x.wait(60);
    expect(x.state()).toBe('running');
    expect(x.context().now).toBe(m(70));
    expect(x.context().released).toEqual(['alarm']);
  });

  it('lands exactly on a scripted time even when it falls inside a tick', () => {
    const x = facilitate();
    x.send({ type: 'SET_PACE', pace: 7 }); // 7 s of simulated time per real second
    x.send({ type: 'START' });
    x.wait(200);
    expect(releasesOf(x.context().log)).toEqual([
      { inject: 'alarm', at: m(70) },
      { inject: 'calls', at: m(80) },
    ]);
  });

  it('stands still while paused and goes on after RESUME', () => {
    const x = facilitate();
    x.send({ type: 'START' });
    x.wait(30);
    x.send({ type: 'PAUSE' });
    const now = x.context().now;
    x.wait(600);
    expect(x.state()).toBe('paused');
    expect(x.context().now).toBe(now);
    x.send({ type: 'RESUME' });
    x.wait(30);
    expect(x.context().now).toBe(now + 30 * TICK_MS * 10);
  });

  it('takes decisions and on-demand releases while running, with their simulated times', () => {
    const x = facilitate();
    x.send({ type: 'START' });
    x.wait(132); // 22 simulated minutes: 82 min after the scenario start
    x.send({ type: 'DECIDE', decision: 'invoke', option: 'now' });
    x.send({ type: 'RELEASE', inject: 'press' });
    expect(decisionsOf(x.context().log)).toEqual([
      { decision: 'invoke', option: 'now', at: m(82) },
    ]);
    expect(releasesOf(x.context().log).at(-1)).toEqual({ inject: 'press', at: m(82) });
  });

  it('never lets a tick pass a simulated minute, so a decision is timed to the minute at any pace', () => {
    const x = facilitate();
    x.send({ type: 'SET_PACE', pace: 600 }); // 10 simulated hours per real minute
    x.send({ type: 'START' });
    x.wait(0.1);
    expect(x.context().now).toBe(m(61));
    x.wait(0.15);
    x.send({ type: 'DECIDE', decision: 'invoke', option: 'now' }); // opened at 80: not yet
    expect(decisionsOf(x.context().log)).toEqual([]);
    x.wait(2); // 2.25 real seconds in all: 22.5 simulated minutes, 82.5 after the start
    x.send({ type: 'DECIDE', decision: 'invoke', option: 'now' });
    expect(decisionsOf(x.context().log)).toEqual([
      { decision: 'invoke', option: 'now', at: m(82) },
    ]);
  });

  it('ignores a pace that is not a positive number', () => {
    const x = facilitate();
    x.send({ type: 'SET_PACE', pace: 0 });
    x.send({ type: 'SET_PACE', pace: Number.NaN });
    expect(x.context().pace).toBe(10);
  });

  it('ends by itself at the end of the script, with defaults taken on the way', () => {
    const x = facilitate();
    x.send({ type: 'START' });
    x.wait(13 * 60);
    expect(x.state()).toBe('ended');
    expect(x.context().now).toBe(m(180));
    expect(decisionsOf(x.context().log).map((d) => d.option)).toEqual(['wait', 'no']);
    expect(x.context().log.at(-1)?.kind).toBe('ended');
  });

  it('ends early on END, and the facilitator cannot restart an ended exercise', () => {
    const x = facilitate();
    x.send({ type: 'START' });
    x.send({ type: 'END' });
    x.send({ type: 'RESUME' });
    x.wait(60);
    expect(x.state()).toBe('ended');
    expect(x.context().now).toBe(m(60));
  });

  it('gives the same log for the same commands at the same times', () => {
    const run = () => {
      const x = facilitate();
      x.send({ type: 'START' });
      x.wait(95);
      x.send({ type: 'DELAY', inject: 'calls', by: 5 * 60_000 });
      x.wait(100);
      x.send({ type: 'DECIDE', decision: 'invoke', option: 'later' });
      x.send({ type: 'SET_PACE', pace: 30 });
      x.wait(300);
      return x.context().log;
    };
    expect(run()).toEqual(run());
  });
});

describe('an exercise restored from a saved clock', () => {
  function saved(run: (x: ReturnType<typeof facilitate>) => void) {
    const x = facilitate();
    run(x);
    const { now, due, released, opened, open, log, pace } = x.context();
    return { clock: { now, due, released, opened, open, log }, pace };
  }
  const restore = (r: ReturnType<typeof saved>) => {
    const engine = new Engine();
    const actor = createActor(exerciseMachine, {
      input: { exercise: script, restore: r },
      clock: engine.clock,
    });
    return actor.start();
  };

  it('goes on paused where it was, with its log and pace', () => {
    const r = saved((x) => {
      x.send({ type: 'SET_PACE', pace: 20 });
      x.send({ type: 'START' });
      x.wait(60);
    });
    const actor = restore(r);
    expect(actor.getSnapshot().value).toBe('paused');
    expect(actor.getSnapshot().context.now).toBe(m(80));
    expect(actor.getSnapshot().context.pace).toBe(20);
    expect(actor.getSnapshot().context.released).toEqual(['alarm', 'calls']);
  });

  it('stays ended once ended, logging the end once', () => {
    const actor = restore(saved((x) => (x.send({ type: 'START' }), x.send({ type: 'END' }))));
    expect(actor.getSnapshot().value).toBe('ended');
    expect(actor.getSnapshot().context.log.filter((e) => e.kind === 'ended')).toHaveLength(1);
  });

  it('waits to be started when it never was', () => {
    expect(restore(saved(() => {})).getSnapshot().value).toBe('ready');
  });
});
