import { describe, expect, it } from 'vitest';
import { advise, applyEdit, type Finding } from '../../../src/analysis/advisor/index.ts';
import { biaConditions } from '../../../src/analysis/bia/conditions.ts';
import { runBia } from '../../../src/analysis/bia/index.ts';
import { recoveryRuns, waitedFor } from '../../../src/analysis/recovery-run.ts';
import { serviceMetrics } from '../../../src/core/metrics.ts';
import type { Scenario } from '../../../src/core/model.ts';
import { hours, minutes } from '../../../src/core/time.ts';
import { simulate } from '../../../src/simulator/simulate.ts';
import { parseScenario } from '../../../src/scenario/index.ts';
import { readFileSync } from 'node:fs';
import { teamBank } from '../../support/team-bank.ts';

function parseBank(): Scenario {
  const parsed = parseScenario(readFileSync('scenarios/bank-money-transfer.yaml', 'utf8'));
  if (!parsed.ok) throw new Error('the bank does not parse');
  return parsed.scenario;
}

const teamFindings = (s: Scenario): Finding[] =>
  advise(s, runBia(s)).filter((f) => f.rule === 'team-contention' || f.rule === 'night-call-out');
const byRule = (s: Scenario, rule: string) => teamFindings(s).filter((f) => f.rule === rule);

/** The cited run replayed as the timeline replays it: the whole scenario under the BIA's conditions (actor path). */
function replay(s: Scenario, f: Finding) {
  const c = f.simulated!;
  const trace = simulate(
    { ...biaConditions(s, c.bound), injects: c.injects, horizon: s.horizon },
    'replay',
  );
  const outage = serviceMetrics(s, s.services[0]!, trace).outages.find((o) => o.start >= c.t);
  return { runs: recoveryRuns(trace.events), outage };
}

describe('contention: two plans need a team of one at the same time', () => {
  // db-1 and db-2 fail together at Mon 00:00 (the BIA's worst moment of a flat 24x7 demand):
  // the DBA is called out (45 min), rebuilds one database (3 h); the other waits exactly that rebuild.
  const s = teamBank({ pair: true });

  it('the second plan waits exactly the first rebuild: 3 h, said in words, numbers from the run', () => {
    const [f] = byRule(s, 'team-contention');
    expect(f!.title).toBe(
      "Two plans need Database administrators' single person at the same time: the second waits 3 h",
    );
    expect(f!.evidence).toMatchObject({
      team: 'Database administrators',
      teamSize: 1,
      waitedMinutes: 180,
      failedAt: '2026-01-05T00:00',
    });
    expect(f!.explanation).toContain('When db-1 and db-2 fail at Mon 5 Jan 00:00');
    expect(f!.explanation).toContain('"Rebuild a database" for db-2 waits 3 h for a free person');
    expect(f!.simulated).toMatchObject({ disruption: 'fail:db-1+db-2', bound: 'likely' });
  });

  it('its numbers equal its replay on the actor path', () => {
    const [f] = byRule(s, 'team-contention');
    const { runs } = replay(s, f!);
    const waits = runs.map((r) => waitedFor(r, 'dba'));
    expect(waits).toEqual([
      { callOut: minutes(45), person: 0 },
      { callOut: minutes(45), person: minutes(f!.evidence.waitedMinutes as number) },
    ]);
  });

  it('suggests a second person, simulated on the same failure: applied, the finding goes', () => {
    const [f] = byRule(s, 'team-contention');
    expect(f!.suggestion.edits).toEqual([{ kind: 'set-team-size', team: 'dba', size: 2 }]);
    expect(f!.explanation).toContain('With 2 people, simulated on the same failure, no plan waits');
    const fixed = f!.suggestion.edits.reduce(applyEdit, s);
    expect(byRule(fixed, 'team-contention')).toEqual([]);
  });

  it('says when the wait does not lengthen the outage: the bank’s DBA queue delays only the replica (info, not a warning)', () => {
    const bank = parseBank();
    const [f] = byRule(bank, 'team-contention').filter((x) => x.id === 'team-contention:dba');
    expect(f!.severity).toBe('info');
    expect(f!.explanation).toContain(
      'The outage of Money transfer is the same either way (3 h 35 min): it is back with the first plan, but Database 2 (replica) is back 3 h 30 min later, and until then Money transfer runs without it.',
    );
  });

  it('no contention finding for a team of two, or for one plan alone', () => {
    expect(byRule(teamBank({ pair: true, team: { size: 2 } }), 'team-contention')).toEqual([]);
    expect(byRule(teamBank(), 'team-contention')).toEqual([]);
  });
});

describe('a call-out that breaks the RTO at night', () => {
  // db-1 fails at 02:00 Mon: 45 min call-out + 3 h rebuild = 3 h 45 min, RTO 3 h 30 min; by day 3 h.
  const s = teamBank();

  it('names the team, the call-out and the outage in words, the numbers from the night run', () => {
    const [f] = byRule(s, 'night-call-out');
    expect(f!.title).toBe(
      'At night the call-out of Database administrators makes "Rebuild a database" miss the 3 h 30 min RTO',
    );
    expect(f!.severity).toBe('warning'); // the service is needed round the clock
    expect(f!.evidence).toMatchObject({
      callOutMinutes: 45,
      outageMinutes: 225,
      rtoMinutes: 210,
      failedAt: '2026-01-05T02:00',
    });
    expect(f!.explanation).toContain(
      'When db-1 fails at Mon 5 Jan 02:00, outside the working hours of Database administrators, the plan waits 45 min for them: called out at 02:00, at work 02:45. The service is down 3 h 45 min, 15 min more than the 3 h 30 min RTO; without the call-out it would be 3 h, within it.',
    );
  });

  it('its numbers equal its replay on the actor path', () => {
    const [f] = byRule(s, 'night-call-out');
    const { runs, outage } = replay(s, f!);
    expect(waitedFor(runs[0]!, 'dba').callOut).toBe(minutes(f!.evidence.callOutMinutes as number));
    expect(outage!.durationMinutes).toBe(f!.evidence.outageMinutes);
    expect(outage!.rtoMet).toBe(false);
  });

  it('suggests a call-out of 30 min (the longest, in 5 min, that fits), verified; applied, the finding goes', () => {
    const [f] = byRule(s, 'night-call-out');
    expect(f!.suggestion.edits).toEqual([
      { kind: 'set-team-call-out', team: 'dba', callOut: { type: 'fixed', value: minutes(30) } },
    ]);
    expect(f!.evidence['fixedOutageMinutes']).toBe(210);
    expect(f!.suggestion.text).toContain('or have Database administrators at work round the clock');
    const fixed = f!.suggestion.edits.reduce(applyEdit, s);
    expect(byRule(fixed, 'night-call-out')).toEqual([]);
  });

  it('no finding when the plan fits the RTO even with the call-out, or when the team works 24x7', () => {
    expect(byRule(teamBank({ rtoMinutes: 240 }), 'night-call-out')).toEqual([]);
    const always = teamBank({
      team: {
        hours: {
          weekly: Array.from({ length: 7 }, () => [{ from: 0, to: hours(24) }]),
          exceptions: [],
        },
        callOut: { type: 'fixed', value: minutes(0) },
      },
    });
    expect(byRule(always, 'night-call-out')).toEqual([]);
  });

  it('no finding when the plan misses the RTO by day too (the call-out is not what breaks it)', () => {
    expect(byRule(teamBank({ rtoMinutes: 170 }), 'night-call-out')).toEqual([]);
  });
});
