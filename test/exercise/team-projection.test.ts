import { describe, expect, it } from 'vitest';
import type { Inject, Scenario, Team } from '../../src/core/model.ts';
import { minutes } from '../../src/core/time.ts';
import { recoveryStatus } from '../../src/exercise/recovery-status.ts';
import { teamProjection } from '../../src/exercise/team-projection.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { at, component, ref, scenario, service, weekdays } from '../support/model-builder.ts';

/** One DBA, office hours Mon-Fri 08:00-18:00, called out in 30 min to 1 h. */
const dba: Team = {
  id: 'dba',
  name: 'Database administrators',
  size: 1,
  hours: weekdays(8, 18),
  callOut: { type: 'uniform', min: minutes(30), max: minutes(60) },
  contacts: [],
  escalation: null,
};
const rebuild = (id: string) => ({
  id: `rebuild-${id}`,
  name: `Rebuild ${id}`,
  steps: [
    {
      id: 'rebuild',
      name: 'Rebuild the lost node',
      duration: { type: 'fixed' as const, value: minutes(60) },
      owner: 'dba',
      after: [],
    },
  ],
});
const fail = (c: string, t: number): Inject => ({
  at: t as Inject['at'],
  action: 'fail',
  component: c,
});

function bankOfTwo(injects: Inject[], teams: Team[] = [dba]): Scenario {
  return scenario({
    components: ['db1', 'db2'].map((id) => component(id, { recovery: `rebuild-${id}` })),
    services: [service('records', ref('db1'))],
    plans: [rebuild('db1'), rebuild('db2')],
    teams,
    injects,
  });
}
const hhmm = (t: number) => new Date(Date.UTC(2026, 0, 5) + t).toISOString().slice(11, 16);
const ends = (e: { low: number; likely: number; high: number } | undefined) =>
  e && [hhmm(e.low), hhmm(e.likely), hhmm(e.high)];

describe('teamProjection: the plans under way as the team works them out, people and hours included', () => {
  it('a failure at 02:00 calls the DBA out: at 02:10 the 1 h rebuild is expected after the call-out’s 30 min / 45 min / 1 h', () => {
    const s = bankOfTwo([fail('db1', at(1, 2))]);
    const trace = simulate(s, 'night');
    const now = at(1, 2, 10);
    const known = trace.events.filter((e) => e.t <= now);
    expect(known.some((e) => e.type === 'call-out')).toBe(true);
    expect(ends(teamProjection(s, known, 0, now)!.get('db1'))).toEqual(['03:30', '03:45', '04:00']);
  });

  it('a call-out later than its likely delay: the rebuild is expected no earlier than now + 1 h', () => {
    const s = bankOfTwo([fail('db1', at(1, 2))]);
    // a seed whose drawn call-out takes more than 50 min
    const late = Array.from({ length: 40 }, (_, k) => simulate(s, `night-${k}`)).find((trace) => {
      const started = trace.events.find((e) => e.type === 'step-started');
      return started !== undefined && started.t > at(1, 2, 50);
    });
    expect(late).toBeDefined();
    const now = at(1, 2, 50);
    const known = late!.events.filter((e) => e.t <= now);
    expect(ends(teamProjection(s, known, 0, now)!.get('db1'))).toEqual(['03:50', '03:50', '04:00']);
  });

  it('inside working hours, two failures at once: the second plan waits for the first rebuild (11:00, then 12:00)', () => {
    const s = bankOfTwo([fail('db1', at(1, 10)), fail('db2', at(1, 10))]);
    const trace = simulate(s, 'day');
    const now = at(1, 10, 5);
    const known = trace.events.filter((e) => e.t <= now);
    const p = teamProjection(s, known, 0, now)!;
    expect(ends(p.get('db1'))).toEqual(['11:00', '11:00', '11:00']);
    expect(ends(p.get('db2'))).toEqual(['12:00', '12:00', '12:00']);
    // and what the simulation did
    const done = trace.events.filter((e) => e.type === 'plan-completed').map((e) => hhmm(e.t));
    expect(done).toEqual(['11:00', '12:00']);
  });

  it('a bigger team never makes an expected end later: two DBAs rebuild both at once', () => {
    const s = bankOfTwo([fail('db1', at(1, 10)), fail('db2', at(1, 10))], [{ ...dba, size: 2 }]);
    const trace = simulate(s, 'day');
    const now = at(1, 10, 5);
    const p = teamProjection(
      s,
      trace.events.filter((e) => e.t <= now),
      0,
      now,
    )!;
    expect(ends(p.get('db2'))).toEqual(['11:00', '11:00', '11:00']);
  });

  it('is null when no step needs a declared team (the plans’ own durations say it all)', () => {
    const s = bankOfTwo([fail('db1', at(1, 10))], []);
    expect(teamProjection(s, simulate(s, 'x').events, 0, at(1, 10, 5))).toBeNull();
  });

  it('feeds the participants’ status: the waiting step is named with its team', () => {
    const s = bankOfTwo([fail('db1', at(1, 10)), fail('db2', at(1, 10))]);
    const trace = simulate(s, 'day');
    const status = recoveryStatus(s, trace, 0, at(1, 10, 5));
    expect(status.plans.map((p) => p.waiting)).toEqual([
      [],
      [{ step: 'Rebuild the lost node', team: 'Database administrators' }],
    ]);
  });
});
