import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceClock,
  delayInject,
  initialClock,
  nextDue,
  releaseInject,
  takeDecision,
} from '../../src/exercise/clock.ts';
import { decisionsOf, releasesOf } from '../../src/exercise/log.ts';
import { minutes } from '../../src/core/time.ts';
import { m, script } from './script.ts';

const kinds = (log: readonly { kind: string }[]) => log.map((e) => e.kind);

describe('the exercise clock', () => {
  it('starts at the exercise start with the timed injects due and nothing released', () => {
    const s = initialClock(script);
    expect(s.now).toBe(m(60));
    expect(s.due).toEqual({ alarm: m(70), calls: m(80) });
    expect(s.released).toEqual([]);
    expect(nextDue(script, s)).toBe(m(70));
  });

  it('releases timed injects at their time and opens the decision that waits for one', () => {
    const s = advanceClock(script, initialClock(script), m(85));
    expect(s.now).toBe(m(85));
    expect(releasesOf(s.log)).toEqual([
      { inject: 'alarm', at: m(70) },
      { inject: 'calls', at: m(80) },
    ]);
    expect(s.open).toEqual([{ decision: 'invoke', openedAt: m(80), deadline: m(95) }]);
  });

  it('records a decision with the simulated minutes it took', () => {
    let s = advanceClock(script, initialClock(script), m(87));
    s = takeDecision(script, s, 'invoke', 'now');
    const decided = s.log.at(-1);
    expect(decided).toMatchObject({
      kind: 'decided',
      option: 'now',
      tookMinutes: 7,
      timedOut: false,
    });
    expect(s.open).toEqual([]);
    expect(decisionsOf(s.log)).toEqual([{ decision: 'invoke', option: 'now', at: m(87) }]);
  });

  it('takes the default when the time limit runs out, at the deadline', () => {
    const s = advanceClock(script, initialClock(script), m(120));
    expect(decisionsOf(s.log)).toEqual([
      { decision: 'invoke', option: 'wait', at: m(95) },
      { decision: 'comms', option: 'no', at: m(100) },
    ]);
    expect(
      s.log.filter((e) => e.kind === 'decided').every((e) => 'timedOut' in e && e.timedOut),
    ).toBe(true);
  });

  it('opens a timed decision at its time, after releases at the same instant', () => {
    const s = advanceClock(script, initialClock(script), m(90));
    expect(kinds(s.log)).toEqual(['released', 'released', 'decision-opened', 'decision-opened']);
    expect(s.open.map((o) => o.decision)).toEqual(['invoke', 'comms']);
  });

  it('releases an on-demand inject only when asked, once', () => {
    let s = advanceClock(script, initialClock(script), m(150));
    expect(s.released).not.toContain('press');
    s = releaseInject(script, s, 'press', 'on-demand');
    s = releaseInject(script, s, 'press', 'on-demand');
    expect(releasesOf(s.log).filter((r) => r.inject === 'press')).toEqual([
      { inject: 'press', at: m(150) },
    ]);
  });

  it('moves a delayed inject later and ignores a delay of one already released', () => {
    let s = delayInject(initialClock(script), 'alarm', minutes(20));
    expect(s.due['alarm']).toBe(m(90));
    s = advanceClock(script, s, m(85));
    expect(s.released).toEqual(['calls']);
    s = advanceClock(script, s, m(90));
    expect(s.released).toEqual(['calls', 'alarm']);
    expect(delayInject(s, 'alarm', minutes(5))).toBe(s);
  });

  it('ignores decisions that are not open and options that do not exist', () => {
    const s = advanceClock(script, initialClock(script), m(85));
    expect(takeDecision(script, s, 'comms', 'yes')).toBe(s);
    expect(takeDecision(script, s, 'invoke', 'maybe')).toBe(s);
  });

  it('stops at the end of the exercise', () => {
    const s = advanceClock(script, initialClock(script), m(1000));
    expect(s.now).toBe(m(180));
    expect(nextDue(script, s)).toBe(m(180));
  });
});

describe('the exercise clock (fast-check)', () => {
  const step = fc.integer({ min: 0, max: 40 }).map((n) => n * 60_000 + (n % 3) * 1_000);

  it('gives the same log however time is cut into ticks', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let s = initialClock(script);
        for (const by of steps) s = advanceClock(script, s, s.now + by);
        const once = advanceClock(script, initialClock(script), s.now);
        expect(s.log).toEqual(once.log);
      }),
      { numRuns: 200, seed: 20261202 },
    );
  });

  it('keeps the log in time order, decides each decision once and never after its deadline', () => {
    const command = fc.oneof(
      step.map((by) => ({ kind: 'wait' as const, by })),
      fc.constantFrom('invoke', 'comms').chain((decision) =>
        fc.constantFrom('now', 'later', 'wait', 'yes', 'no').map((option) => ({
          kind: 'decide' as const,
          decision,
          option,
        })),
      ),
      fc
        .constantFrom('alarm', 'calls', 'press')
        .map((inject) => ({ kind: 'release' as const, inject })),
    );
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        let s = initialClock(script);
        for (const c of commands)
          s =
            c.kind === 'wait'
              ? advanceClock(script, s, s.now + c.by)
              : c.kind === 'decide'
                ? takeDecision(script, s, c.decision, c.option)
                : releaseInject(script, s, c.inject, 'on-demand');
        const times = s.log.map((e) => e.t);
        expect(times).toEqual([...times].sort((a, b) => a - b));
        const decided = s.log.flatMap((e) => (e.kind === 'decided' ? [e] : []));
        expect(new Set(decided.map((d) => d.decision)).size).toBe(decided.length);
        for (const d of decided) {
          const point = script.decisions.find((x) => x.id === d.decision)!;
          expect(d.t - d.openedAt).toBeLessThanOrEqual(point.timeLimit);
        }
        expect(new Set(s.released).size).toBe(s.released.length);
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});

describe('the exercise clock on a script that changed', () => {
  it('moves on past an inject or decision the script no longer has', () => {
    const saved = advanceClock(script, initialClock(script), m(82)); // "invoke" is open
    const edited = {
      ...script,
      injects: script.injects.filter((i) => i.id !== 'alarm'),
      decisions: script.decisions.filter((d) => d.id !== 'invoke'),
    };
    const stale = { ...saved, due: { ...saved.due, ghost: m(85) } };
    const s = advanceClock(edited, stale, m(120));
    expect(s.now).toBe(m(120));
    expect(s.due).toEqual({});
    expect(s.open).toEqual([]);
  });
});
