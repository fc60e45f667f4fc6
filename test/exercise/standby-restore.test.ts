import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inject, Scenario, StandbyGroup } from '../../src/core/model.ts';
import { minutes } from '../../src/core/time.ts';
import type { Trace } from '../../src/core/trace.ts';
import { recoveryStatus } from '../../src/exercise/recovery-status.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { component, plan, scenario, series, service, standby } from '../support/model-builder.ts';

const fail = (t: number, component: string): Inject => ({
  at: t as never,
  action: 'fail',
  component,
});

/**
 * A service on a primary/standby pair `a`/`b` (switch-over 10-20 min: low 10, likely 15,
 * high 20) in series with `app`. Each component's plan is one step of the given minutes;
 * failures are seen at once (no detection time).
 */
function pairScenario(
  failback: StandbyGroup['failback'],
  plans: Record<string, number>,
  injects: Inject[],
): Scenario {
  const pair = standby('a', 'b', 0, {
    failback,
    switchover: { type: 'uniform', min: minutes(10), max: minutes(20) },
  });
  return scenario({
    services: [service('svc', series(pair, 'app'))],
    components: ['a', 'b', 'app'].map((id) =>
      component(id, { recovery: id in plans ? `fix-${id}` : null }),
    ),
    plans: Object.entries(plans).map(([id, m]) => plan(`fix-${id}`, [['fix', m]])),
    injects,
  });
}

const m = (x: number) => minutes(x) as number;
const status = (s: Scenario, trace: Trace, now: number) => recoveryStatus(s, trace, 0, now);
const restoreOf = (s: Scenario, trace: Trace, now: number) => {
  const r = status(s, trace, now).services[0]!.restore;
  return r && { low: r.low / m(1), likely: r.likely / m(1), high: r.high / m(1) };
};
/** When the service was last seen coming back up in the run, in minutes. */
const trueRestore = (trace: Trace) => {
  const up = trace.events.filter((e) => e.type === 'service' && e.to === 'up').at(-1);
  return up === undefined ? null : up.t / m(1);
};

describe('the expected restore with a standby pair: the switch-over the configuration says will follow', () => {
  // both members fail (a at 0:00, b at 0:05, during the switch to b, which is abandoned):
  // the group is down and a, the member that served last, would resume at once
  const both = [fail(0, 'a'), fail(m(5), 'b')];

  it('no switch-over when the member that served last comes back first: a at 1:00, b at 1:35', () => {
    const s = pairScenario('stay', { a: 60, b: 90 }, both);
    const trace = simulate(s, 'hand');
    expect(restoreOf(s, trace, m(30))).toEqual({ low: 60, likely: 60, high: 60 });
    expect(trueRestore(trace)).toBe(60);
  });

  it('a switch-over when the other member comes back first: b at 0:55, then 10-20 min, and a back at 1:00 does not stop it', () => {
    const s = pairScenario('stay', { a: 60, b: 50 }, both);
    const trace = simulate(s, 'hand');
    // 55 + 10 / 15 / 20 (before: 55, 55, 55, from b's plan alone)
    expect(restoreOf(s, trace, m(30))).toEqual({ low: 65, likely: 70, high: 75 });
    const actual = trueRestore(trace)!;
    expect(actual).toBeGreaterThanOrEqual(65);
    expect(actual).toBeLessThanOrEqual(75);
  });

  // a fails at 0:00 (b takes over after 10-20 min), app at 0:30; a's plan brings it back at
  // 2:00, app's at 2:10
  const split = [fail(0, 'a'), fail(m(30), 'app')];

  it('`stay`: the restored primary becomes the standby, so the service is back with app at 2:10', () => {
    const s = pairScenario('stay', { a: 120, app: 100 }, split);
    const trace = simulate(s, 'hand');
    expect(restoreOf(s, trace, m(40))).toEqual({ low: 130, likely: 130, high: 130 });
    expect(trueRestore(trace)).toBe(130);
  });

  it('`return`: the pair switches back when a is back at 2:00, so the service waits for the switch-back: 2:10, 2:15, 2:20', () => {
    const s = pairScenario('return', { a: 120, app: 100 }, split);
    const trace = simulate(s, 'hand');
    expect(restoreOf(s, trace, m(40))).toEqual({ low: 130, likely: 135, high: 140 });
    const actual = trueRestore(trace)!;
    expect(actual).toBeGreaterThanOrEqual(130);
    expect(actual).toBeLessThanOrEqual(140);
  });

  it('`return`: a switch-back under way is a disruption with no component down, over at its start + 10-20 min', () => {
    // a fails at 0:00, is back at 0:30 and the pair switches back to it: down from 0:30
    const s = pairScenario('return', { a: 30 }, [fail(0, 'a')]);
    const trace = simulate(s, 'hand');
    const back = status(s, trace, m(35)).services[0]!;
    expect(back.disrupted).toBe(true);
    expect(restoreOf(s, trace, m(35))).toEqual({ low: 40, likely: 45, high: 50 });
  });

  it('a switch-over under way counts from its start with its configured durations, never its drawn one', () => {
    const s = pairScenario('stay', { a: 240 }, [fail(0, 'a')]);
    const trace = simulate(s, 'hand');
    const drawn = trace.events.find((e) => e.type === 'switchover' && e.phase === 'completed')!;
    expect(drawn.t).toBeGreaterThan(m(10));
    // at 0:05: 10, 15, 20 min from 0:00, whatever the draw
    expect(restoreOf(s, trace, m(5))).toEqual({ low: 10, likely: 15, high: 20 });
    // a minute before it ends, past its low end: no earlier than the clock
    const now = drawn.t - m(1);
    expect(status(s, trace, now).services[0]!.restore).toEqual({
      low: Math.max(now, m(10)),
      likely: Math.max(now, m(15)),
      high: Math.max(now, m(20)),
    });
    // the same trace with another drawn duration tells the team the same
    const redrawn = {
      ...trace,
      events: trace.events.map((e) => (e.type === 'switchover' ? { ...e, duration: m(19) } : e)),
    };
    expect(status(s, redrawn, m(5))).toEqual(status(s, trace, m(5)));
  });

  it('knows nothing of the future: the status from the whole run equals the status from the run cut at the clock', () => {
    const cases = [
      pairScenario('stay', { a: 60, b: 50 }, both),
      pairScenario('return', { a: 120, app: 100 }, split),
      pairScenario('return', { a: 30 }, [fail(0, 'a')]),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.string({ maxLength: 4 }),
        fc.integer({ min: 0, max: 180 }),
        (s, seed, minute) => {
          const trace = simulate(s, seed);
          const now = m(minute);
          const cut = { ...trace, events: trace.events.filter((e) => e.t <= now) };
          expect(status(s, cut, now)).toEqual(status(s, trace, now));
        },
      ),
      { numRuns: 60 },
    );
  });
});
