import { describe, expect, it } from 'vitest';
import { placementsOf } from '../../../src/analysis/bia/index.ts';
import { recoveryRun } from '../../../src/analysis/plan-document/recovery-run.ts';
import type { Scenario, Team } from '../../../src/core/model.ts';
import { hours, minutes } from '../../../src/core/time.ts';
import { bankWithTeams } from './bank-teams.ts';

const bank = bankWithTeams();
const transfers = bank.services[0]!;
// Fri 30 Jan 2026 11:00 is the peak; 02:00 that day is nine hours before it
const peak = placementsOf(bank, transfers).worst.t;
const night = peak - hours(9);

const withDba = (change: Partial<Team>): Scenario => ({
  ...bank,
  teams: bank.teams!.map((t) => (t.id === 'dba' ? { ...t, ...change } : t)),
});
const dbRebuild = (s: Scenario, t: number) =>
  recoveryRun(s, transfers, 'db-rebuild', 'db-1', t, 'likely');

describe('recoveryRun: a plan simulated with its teams', () => {
  it('at the peak, inside the DBAs’ hours: detection 5 min + assess 10 + rebuild 180 + resync 20, no waiting', () => {
    const r = dbRebuild(bank, peak);
    expect(r.detectedMinutes).toBe(5);
    expect(r.recoveryMinutes).toBe(215);
    expect(r.steps.map((s) => [s.step, s.startMinutes, s.finishMinutes, s.waitedFor])).toEqual([
      ['assess', 5, 15, null],
      ['rebuild', 15, 195, null],
      ['resync', 195, 215, null],
    ]);
    expect(r.criticalPath).toEqual(['assess', 'rebuild', 'resync']);
  });

  it('at 02:00 the DBA is called out: 45 min after the plan starts at 02:05, so it completes at 06:20', () => {
    const r = dbRebuild(bank, night);
    expect(r.recoveryMinutes).toBe(260);
    expect(r.steps[0]).toEqual({
      step: 'assess',
      readyMinutes: 5,
      startMinutes: 50,
      finishMinutes: 60,
      waitedFor: 'dba',
      callOut: { team: 'dba', at: '2026-01-30T02:05', arrives: '2026-01-30T02:50' },
    });
    // the DBA stays at work while the plan has steps: no second call-out
    expect(r.steps.slice(1).map((s) => s.waitedFor)).toEqual([null, null]);
  });

  it('a shorter call-out, more people or 24x7 hours never make the recovery later', () => {
    const times = [90, 45, 15, 0].map(
      (m) =>
        dbRebuild(withDba({ callOut: { type: 'fixed', value: minutes(m) } }), night)
          .recoveryMinutes!,
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times).toEqual([305, 260, 230, 215]);
    const always = bank.teams!.find((t) => t.id === 'service-desk')!.hours;
    expect(dbRebuild(withDba({ hours: always }), night).recoveryMinutes).toBe(215);
    expect(dbRebuild(withDba({ size: 3 }), night).recoveryMinutes).toBeLessThanOrEqual(260);
  });
});
