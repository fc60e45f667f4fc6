import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/model.ts';
import type { Trace, TraceEvent } from '../../src/core/trace.ts';
import { simulateFast } from '../../src/simulator/fast/simulate-fast.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { at, ref, service } from '../support/model-builder.ts';
import { always, dba, fail, restore, teamScenario } from '../support/team-scenario.ts';

const paths: [string, (s: Scenario) => Trace][] = [
  ['actor path', (s) => simulate(s, 'hand')],
  ['fast path', (s) => simulateFast(s, 'hand', { trace: true }).trace!],
];

/** The people side of a trace: waits, call-outs, starts and ends of steps, plan ends. */
function people(trace: Trace): string[] {
  const hhmm = (t: number) => {
    const d = new Date(Date.UTC(2026, 0, 5) + t);
    return `${'MTWTFSS'[(d.getUTCDay() + 6) % 7]} ${d.toISOString().slice(11, 16)}`;
  };
  return trace.events.flatMap((e: TraceEvent) => {
    switch (e.type) {
      case 'step-waiting':
        return [`${hhmm(e.t)} ${e.component}.${e.step} waits for ${e.team}`];
      case 'call-out':
        return [`${hhmm(e.t)} ${e.team} called out, at work ${hhmm(e.arrives).slice(2)}`];
      case 'step-started':
        return [`${hhmm(e.t)} ${e.component}.${e.step} started`];
      case 'step-finished':
        return [`${hhmm(e.t)} ${e.component}.${e.step} finished`];
      case 'plan-completed':
      case 'plan-aborted':
        return [`${hhmm(e.t)} ${e.component} ${e.type}`];
      default:
        return [];
    }
  });
}

describe.each(paths)('recovery teams (%s)', (_path, run) => {
  it('one DBA, two databases failing at once: the second rebuild waits exactly the first one (60 min)', () => {
    const trace = run(
      teamScenario({
        teams: [dba({ hours: always })],
        databases: [
          ['db1', 60],
          ['db2', 90],
        ],
        injects: [fail('db1', at(0, 10)), fail('db2', at(0, 10))],
      }),
    );
    expect(people(trace)).toEqual([
      'M 10:00 db1.rebuild started',
      'M 10:00 db2.rebuild waits for dba',
      'M 11:00 db1.rebuild finished',
      'M 11:00 db1 plan-completed',
      'M 11:00 db2.rebuild started',
      'M 12:30 db2.rebuild finished',
      'M 12:30 db2 plan-completed',
    ]);
  });

  it('a failure at 02:00 detected after 10 min calls the DBA out: 45 min, the rebuild starts at 02:55', () => {
    const trace = run(
      teamScenario({
        teams: [dba()],
        databases: [['db1', 60]],
        detection: 10,
        injects: [fail('db1', at(1, 2))],
      }),
    );
    expect(people(trace)).toEqual([
      'T 02:10 db1.rebuild waits for dba',
      'T 02:10 dba called out, at work 02:55',
      'T 02:55 db1.rebuild started',
      'T 03:55 db1.rebuild finished',
      'T 03:55 db1 plan-completed',
    ]);
  });

  it('a failure inside working hours needs no call-out: the rebuild starts once detected (10:10)', () => {
    const trace = run(
      teamScenario({
        teams: [dba()],
        databases: [['db1', 60]],
        detection: 10,
        injects: [fail('db1', at(1, 10))],
      }),
    );
    expect(people(trace)).toEqual([
      'T 10:10 db1.rebuild started',
      'T 11:10 db1.rebuild finished',
      'T 11:10 db1 plan-completed',
    ]);
  });

  it('serves the step of the higher-priority service first, though it asked later', () => {
    const s = (payments: number | undefined, reports: number | undefined) =>
      teamScenario({
        teams: [dba({ hours: always })],
        databases: [
          ['busy', 60],
          ['rep', 60],
          ['pay', 60],
        ],
        services: [
          service('payments', ref('pay'), payments === undefined ? {} : { priority: payments }),
          service('reports', ref('rep'), reports === undefined ? {} : { priority: reports }),
        ],
        injects: [fail('busy', at(0, 10)), fail('rep', at(0, 10, 10)), fail('pay', at(0, 10, 20))],
      });
    const byPriority = people(run(s(1, 2)));
    expect(byPriority.filter((l) => l.includes('started'))).toEqual([
      'M 10:00 busy.rebuild started',
      'M 11:00 pay.rebuild started',
      'M 12:00 rep.rebuild started',
    ]);
    // Without priorities, in order of request.
    const byRequest = people(run(s(undefined, undefined)));
    expect(byRequest.filter((l) => l.includes('started'))).toEqual([
      'M 10:00 busy.rebuild started',
      'M 11:00 rep.rebuild started',
      'M 12:00 pay.rebuild started',
    ]);
    // A service with a priority goes before one without.
    const oneRanked = people(run(s(5, undefined)));
    expect(oneRanked.filter((l) => l.includes('started'))[1]).toBe('M 11:00 pay.rebuild started');
  });

  it('a call-out at 07:30 is cut short by the start of working hours: at work at 08:00, not 08:15', () => {
    const trace = run(
      teamScenario({
        teams: [dba()],
        databases: [['db1', 60]],
        injects: [fail('db1', at(1, 7, 30))],
      }),
    );
    expect(people(trace)).toEqual([
      'T 07:30 db1.rebuild waits for dba',
      'T 07:30 dba called out, at work 08:00',
      'T 08:00 db1.rebuild started',
      'T 09:00 db1.rebuild finished',
      'T 09:00 db1 plan-completed',
    ]);
  });

  it('a team busy when its hours end keeps going: the waiting rebuild and its check follow without a call-out; later it stands down', () => {
    const trace = run(
      teamScenario({
        teams: [dba()],
        databases: [
          ['db1', 90],
          ['db2', 90, true],
          ['db3', 30],
        ],
        injects: [fail('db1', at(1, 17)), fail('db2', at(1, 17, 30)), fail('db3', at(1, 21))],
      }),
    );
    expect(people(trace)).toEqual([
      'T 17:00 db1.rebuild started',
      'T 17:30 db2.rebuild waits for dba',
      'T 18:30 db1.rebuild finished',
      'T 18:30 db1 plan-completed',
      'T 18:30 db2.rebuild started',
      'T 20:00 db2.rebuild finished',
      'T 20:00 db2.check started',
      'T 20:15 db2.check finished',
      'T 20:15 db2 plan-completed',
      'T 21:00 db3.rebuild waits for dba',
      'T 21:00 dba called out, at work 21:45',
      'T 21:45 db3.rebuild started',
      'T 22:15 db3.rebuild finished',
      'T 22:15 db3 plan-completed',
    ]);
  });

  it('an aborted plan withdraws its waiting step and frees the person on its running one', () => {
    const trace = run(
      teamScenario({
        teams: [dba({ hours: always })],
        databases: [
          ['db1', 60],
          ['db2', 60],
          ['db3', 60],
          ['db4', 60],
        ],
        injects: [
          fail('db1', at(0, 10)),
          fail('db2', at(0, 10, 5)),
          fail('db3', at(0, 10, 10)),
          restore('db3', at(0, 10, 20)),
          restore('db1', at(0, 10, 30)),
          fail('db4', at(0, 10, 40)),
        ],
      }),
    );
    expect(people(trace)).toEqual([
      'M 10:00 db1.rebuild started',
      'M 10:05 db2.rebuild waits for dba',
      'M 10:10 db3.rebuild waits for dba',
      'M 10:20 db3 plan-aborted',
      'M 10:30 db1 plan-aborted',
      'M 10:30 db2.rebuild started',
      'M 10:40 db4.rebuild waits for dba',
      'M 11:30 db2.rebuild finished',
      'M 11:30 db2 plan-completed',
      'M 11:30 db4.rebuild started',
      'M 12:30 db4.rebuild finished',
      'M 12:30 db4 plan-completed',
    ]);
  });

  it('a step whose owner names no declared team starts at once, as before teams existed', () => {
    const s = teamScenario({
      teams: [dba({ hours: always })],
      databases: [
        ['db1', 60],
        ['db2', 60],
      ],
      injects: [fail('db1', at(0, 10)), fail('db2', at(0, 10))],
    });
    const unowned = {
      ...s,
      plans: s.plans.map((p) => ({ ...p, steps: p.steps.map((x) => ({ ...x, owner: 'dbas' })) })),
    };
    const lines = people(run(unowned));
    expect(lines.filter((l) => l.includes('started'))).toEqual([
      'M 10:00 db1.rebuild started',
      'M 10:00 db2.rebuild started',
    ]);
    // The trace is the one a file without teams gives.
    expect(JSON.stringify(run(unowned))).toBe(JSON.stringify(run({ ...unowned, teams: [] })));
  });
});
