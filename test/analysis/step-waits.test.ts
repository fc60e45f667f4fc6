import { describe, expect, it } from 'vitest';
import { eventLog } from '../../src/analysis/event-log.ts';
import { stepWaitsOf } from '../../src/analysis/step-waits.ts';
import { TimelineIndex } from '../../src/analysis/timeline-index.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { at } from '../support/model-builder.ts';
import { always, dba, fail, restore, teamScenario } from '../support/team-scenario.ts';

/** db1 fails on Tuesday at 02:00, detected at 02:10; the DBA is called out (45 min): 02:55. */
const night = teamScenario({
  teams: [dba()],
  databases: [['db1', 60]],
  detection: 10,
  injects: [fail('db1', at(1, 2))],
});

/** One DBA always at work; db1 and db2 fail at 10:00; db3 fails at 10:10 and is restored at 10:20. */
const contention = teamScenario({
  teams: [dba({ hours: always })],
  databases: [
    ['db1', 60],
    ['db2', 90],
    ['db3', 30],
  ],
  injects: [
    fail('db1', at(0, 10)),
    fail('db2', at(0, 10)),
    fail('db3', at(0, 10, 10)),
    restore('db3', at(0, 10, 20)),
  ],
});

describe('waiting for a team, in the analyses', () => {
  it('gives a plan step its wait: from 02:10, for Database administrators, called out 02:10, at work 02:55', () => {
    const index = new TimelineIndex(night, simulate(night, 'w'));
    const [run] = index.planRuns;
    const wait = {
      from: at(1, 2, 10),
      team: 'dba',
      teamName: 'Database administrators',
      callOut: { at: at(1, 2, 10), arrives: at(1, 2, 55) },
    };
    expect(run!.steps).toEqual([
      {
        step: 'rebuild',
        name: 'Rebuild the lost node',
        owner: 'dba',
        start: at(1, 2, 55),
        end: at(1, 3, 55),
        wait,
      },
    ]);
    expect(run!.waits).toEqual([
      {
        component: 'db1',
        incident: 1,
        plan: 'rebuild-db1',
        step: 'rebuild',
        name: 'Rebuild the lost node',
        team: 'dba',
        teamName: 'Database administrators',
        from: at(1, 2, 10),
        until: at(1, 2, 55),
        callOut: wait.callOut,
      },
    ]);
  });

  it('tells a wait behind a busy colleague (no call-out) from one that never got a person (aborted)', () => {
    const waits = stepWaitsOf(contention, simulate(contention, 'w'));
    expect(waits.map((w) => [w.component, w.from, w.until, w.callOut])).toEqual([
      ['db2', at(0, 10), at(0, 11), null],
      ['db3', at(0, 10, 10), null, null],
    ]);
    const index = new TimelineIndex(contention, simulate(contention, 'w'));
    expect(index.planRuns.find((r) => r.component === 'db1')!.waits).toBeUndefined();
    expect(index.planRuns.find((r) => r.component === 'db1')!.steps[0]!.wait).toBeUndefined();
  });

  it('names the wait in the event log in words: the step, how long, the team by name, prose times', () => {
    const log = eventLog(night, simulate(night, 'w')).map((e) => `${e.when} ${e.text}`);
    expect(log).toContain(
      '2026-01-06 02:10 Step “Rebuild the lost node” for db1 waits for Database administrators: called out, at work at 02:55',
    );
    expect(log).toContain(
      '2026-01-06 02:55 Rebuild the lost node waited 45 min for Database administrators: called out at 02:10, at work 02:55; started for db1 (owner: Database administrators, planned 1 h)',
    );
    const busy = eventLog(contention, simulate(contention, 'w')).map((e) => e.text);
    expect(busy).toContain(
      'Step “Rebuild the lost node” for db2 waits for Database administrators: its one person is busy',
    );
    expect(busy).toContain(
      'Rebuild the lost node waited 1 h for Database administrators; started for db2 (owner: Database administrators, planned 1 h 30 min)',
    );
  });
});
