/**
 * Metamorphic properties of recovery teams: what more people, a shorter call-out or longer
 * working hours can and cannot do to when a plan completes.
 *
 * They do not hold in general, and the first tests show why with hand-computed cases: a team
 * that stands down when it has nothing to do must be called out again for a step asked later,
 * so a team that arrives sooner (a shorter call-out) or finishes sooner (a bigger team) can
 * leave a later step a call-out it would otherwise not have needed. And scheduling steps with
 * prerequisites on several people is subject to Graham's anomalies.
 *
 * What does hold, and is checked on generated cases (random failure time, detection, plan,
 * team size, hours and fixed call-out; fixed durations, so that no draw can shift): for one
 * incident of a plan whose every step the one team does, once the team is at work it stays
 * at work until the plan completes (each later step is asked for by the person who finished
 * the one before), so the plan completes at the moment the team is first at work plus a
 * schedule that does not depend on when that is. That moment is never later with a shorter
 * call-out or longer working hours; and for independent steps (none after another) the
 * schedule is never longer with more people.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Calendar, RecoveryPlan, Scenario, Team } from '../../src/core/model.ts';
import { days, minutes, ms } from '../../src/core/time.ts';
import { simulateFast } from '../../src/simulator/fast/simulate-fast.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { at, component, ref, scenario, service } from '../support/model-builder.ts';
import { dba, fail } from '../support/team-scenario.ts';
import { teamHours } from '../support/team-arbitrary.ts';

const step = (id: string, m: number, owner: string, after: string[] = []) => ({
  id,
  name: id,
  duration: { type: 'fixed' as const, value: minutes(m) },
  owner,
  after,
});

/** Each component's plan-completed times, in order. */
function completions(s: Scenario, path: 'actor' | 'fast' = 'fast'): Record<string, number[]> {
  const trace = path === 'actor' ? simulate(s, 'm') : simulateFast(s, 'm', { trace: true }).trace!;
  const out: Record<string, number[]> = {};
  for (const e of trace.events)
    if (e.type === 'plan-completed') (out[e.component] ??= []).push(e.t);
  return out;
}

describe('a bigger team or a shorter call-out can make a plan complete later (hand-computed)', () => {
  it('a shorter call-out: the DBA arrives, finishes, stands down, and the next step needs a new call-out', () => {
    // At 02:00: "lock" (DBA, 1 min) and "restore" (ops, 11 min) start; "reindex" (DBA, 10 min)
    // follows "restore" at 02:11. With a 10 min call-out the DBA is at work 02:10-02:11 and
    // still there at 02:11: reindex 02:11-02:21. With a 9 min call-out the DBA finishes at
    // 02:10, stands down, and is called out again at 02:11: reindex 02:20-02:30.
    const s = (callOut: number) =>
      scenario({
        components: [component('db', { recovery: 'fix' })],
        services: [service('records', ref('db'))],
        plans: [
          {
            id: 'fix',
            name: 'fix',
            steps: [
              step('lock', 1, 'dba'),
              step('restore', 11, 'ops'),
              step('reindex', 10, 'dba', ['restore']),
            ],
          },
        ],
        teams: [dba({ callOut: { type: 'fixed', value: minutes(callOut) } })],
        injects: [fail('db', at(1, 2))],
      });
    for (const path of ['actor', 'fast'] as const) {
      expect(completions(s(10), path)).toEqual({ db: [at(1, 2, 21)] });
      expect(completions(s(9), path)).toEqual({ db: [at(1, 2, 30)] });
    }
  });

  it('a bigger team: two DBAs finish the first two rebuilds at once and stand down; the third needs a call-out', () => {
    // db1 and db2 fail at 02:00, db3 at 02:25; rebuilds of 10 min; call-out 10 min. One DBA:
    // 02:10-02:20 db1, 02:20-02:30 db2, and db3 (asked at 02:25, the DBA still at work)
    // 02:30-02:40. Two DBAs: db1 and db2 02:10-02:20, both stand down; db3 is called out
    // again: 02:35-02:45.
    const s = (size: number) =>
      scenario({
        components: ['db1', 'db2', 'db3'].map((id) => component(id, { recovery: 'rebuild' })),
        services: [service('records', ref('db1'))],
        plans: [{ id: 'rebuild', name: 'rebuild', steps: [step('rebuild', 10, 'dba')] }],
        teams: [dba({ size, callOut: { type: 'fixed', value: minutes(10) } })],
        injects: [fail('db1', at(1, 2)), fail('db2', at(1, 2)), fail('db3', at(1, 2, 25))],
      });
    for (const path of ['actor', 'fast'] as const) {
      expect(completions(s(1), path).db3).toEqual([at(1, 2, 40)]);
      expect(completions(s(2), path).db3).toEqual([at(1, 2, 45)]);
    }
  });
});

describe('more people can make one plan with prerequisites complete later (Graham, 1969)', () => {
  it('four DBAs finish the classic nine-step plan in 2 h 30 min, three in 2 h', () => {
    // Durations in tens of minutes: t1 3, t2-t4 2, t5-t8 4, t9 9; t9 after t1, t5-t8 after t4.
    // Three: t1 t2 t3 at 0, t4 at 2, t9 at 3 (when t1 ends), t5 t6 at 4, t7 t8 at 8: done at 12.
    // Four: t1-t4 at 0, t5 t6 t7 at 2, t8 at 3 (asked before t9), t9 only at 6: done at 15.
    const durations = [3, 2, 2, 2, 4, 4, 4, 4, 9];
    const after = (k: number): string[] => (k === 8 ? ['t1'] : k >= 4 ? ['t4'] : []);
    const s = (size: number) =>
      scenario({
        components: [component('db', { recovery: 'rebuild' })],
        services: [service('records', ref('db'))],
        plans: [
          {
            id: 'rebuild',
            name: 'rebuild',
            steps: durations.map((d, k) => step(`t${k + 1}`, d * 10, 'dba', after(k))),
          },
        ],
        teams: [
          dba({
            size,
            hours: {
              weekly: Array.from({ length: 7 }, () => [{ from: ms(0), to: minutes(24 * 60) }]),
              exceptions: [],
            },
          }),
        ],
        injects: [fail('db', at(0, 10))],
      });
    for (const path of ['actor', 'fast'] as const) {
      expect(completions(s(3), path)).toEqual({ db: [at(0, 12)] });
      expect(completions(s(4), path)).toEqual({ db: [at(0, 12, 30)] });
    }
  });
});

/** One database failing once; its plan's every step done by the one team. */
interface Case {
  readonly steps: readonly { readonly m: number; readonly after: readonly number[] }[];
  readonly size: number;
  readonly hours: Calendar;
  readonly callOut: number;
  readonly failAt: number;
  readonly detection: number;
}

const cases = (independent: boolean): fc.Arbitrary<Case> =>
  fc.record({
    steps: fc
      .array(
        fc.record({
          m: fc.integer({ min: 1, max: 240 }),
          after: fc.array(fc.nat(), { maxLength: independent ? 0 : 3 }),
        }),
        { minLength: 1, maxLength: 7 },
      )
      .map((steps) =>
        steps.map((s, k) => ({
          m: s.m,
          after: k === 0 ? [] : [...new Set(s.after.map((p) => p % k))],
        })),
      ),
    size: fc.integer({ min: 1, max: 3 }),
    hours: teamHours,
    callOut: fc.integer({ min: 0, max: 600 }),
    failAt: fc.integer({ min: 0, max: days(6) }),
    detection: fc.integer({ min: 0, max: 60 }),
  });

function caseScenario(c: Case, team: Partial<Team> = {}): Scenario {
  const plan: RecoveryPlan = {
    id: 'rebuild',
    name: 'rebuild',
    steps: c.steps.map((s, k) =>
      step(
        `s${k}`,
        s.m,
        'dba',
        s.after.map((p) => `s${p}`),
      ),
    ),
  };
  return scenario({
    horizon: days(14),
    components: [component('db', { recovery: 'rebuild', detection: minutes(c.detection) })],
    services: [service('records', ref('db'))],
    plans: [plan],
    teams: [
      dba({
        size: c.size,
        hours: c.hours,
        callOut: { type: 'fixed', value: minutes(c.callOut) },
        ...team,
      }),
    ],
    injects: [fail('db', ms(c.failAt))],
  });
}

/** When the plan completed (Infinity: not within the horizon). */
const completed = (s: Scenario): number => completions(s).db?.[0] ?? Infinity;

describe('for one incident of a plan the one team does, never later (generated cases)', () => {
  it('with a shorter call-out', () => {
    fc.assert(
      fc.property(cases(false), fc.integer({ min: 0, max: 600 }), (c, shorter) => {
        const callOut = Math.min(c.callOut, shorter);
        expect(completed(caseScenario({ ...c, callOut }))).toBeLessThanOrEqual(
          completed(caseScenario(c)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('with longer working hours (the same hours and more)', () => {
    const extra = fc.constantFrom(
      { weekly: Array.from({ length: 7 }, () => [{ from: minutes(0), to: minutes(24 * 60) }]) },
      { weekly: Array.from({ length: 7 }, () => [{ from: minutes(6 * 60), to: minutes(9 * 60) }]) },
      {
        weekly: Array.from({ length: 7 }, (_, d) =>
          d >= 5 ? [{ from: minutes(10 * 60), to: minutes(16 * 60) }] : [],
        ),
      },
    );
    fc.assert(
      fc.property(cases(false), extra, (c, more) => {
        // The union of both calendars, day by day (windows may overlap: agreedIntervals merges).
        const hours: Calendar = {
          weekly: c.hours.weekly.map((w, d) => [...w, ...more.weekly[d]!]),
          // A closed date stays closed only if the extra hours add nothing that weekday.
          exceptions: c.hours.exceptions.filter((e) => {
            const weekday = (new Date(`${e.date}T00:00Z`).getUTCDay() + 6) % 7;
            return more.weekly[weekday]!.length === 0;
          }),
        };
        expect(completed(caseScenario({ ...c, hours }))).toBeLessThanOrEqual(
          completed(caseScenario(c)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('with more people, when its steps are independent (none after another)', () => {
    fc.assert(
      fc.property(cases(true), fc.integer({ min: 1, max: 3 }), (c, more) => {
        expect(completed(caseScenario({ ...c, size: c.size + more }))).toBeLessThanOrEqual(
          completed(caseScenario(c)),
        );
      }),
      { numRuns: 300 },
    );
  });
});
