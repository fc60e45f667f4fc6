import { describe, expect, it } from 'vitest';
import {
  biaConditions,
  dominantText,
  partNames,
  pathText,
  runBia,
} from '../../../src/analysis/bia/index.ts';
import { recoveryRuns, runPath } from '../../../src/analysis/recovery-run.ts';
import { serviceMetrics } from '../../../src/core/metrics.ts';
import { minutes } from '../../../src/core/time.ts';
import { simulate } from '../../../src/simulator/simulate.ts';
import { teamBank } from '../../support/team-bank.ts';

describe("the BIA's critical path and dominant step include the waits for teams", () => {
  it('a night failure: call-out 45 min then rebuild 3 h; the path names the call-out, the rebuild dominates (80 %)', () => {
    const s = teamBank();
    const plan = runBia(s).plans[0]!;
    const night = plan.withTeams!.find((w) => w.when === 'night')!;
    expect(night.at).toBe('2026-01-05T02:00');
    expect(night.recovery.lengthMinutes).toBe(225);
    const names = partNames(s, plan.plan);
    expect(pathText(night.recovery, names)).toBe(
      'call-out of Database administrators (45 min) → Rebuild the database (3 h)',
    );
    expect(dominantText(night.recovery, names)).toBe('Rebuild the database (80 %)');
    expect(night.recovery.callOuts).toEqual([
      { team: 'dba', calledAt: '2026-01-05T02:00', arrivesAt: '2026-01-05T02:45' },
    ]);
    // the static critical path knows nothing of the team: 3 h
    expect(plan.paths.likely.lengthMinutes).toBe(180);
  });

  it('a plan dominated by its call-out: 4 h to be called out at night, 1 h 30 min of work', () => {
    const s = teamBank({
      team: { callOut: { type: 'fixed', value: minutes(240) } },
      rebuildMinutes: 90,
    });
    const plan = runBia(s).plans[0]!;
    const night = plan.withTeams!.find((w) => w.when === 'night')!;
    // 02:00 + 4 h = 06:00, before the team's hours begin (08:00): the call-out takes 4 h
    expect(dominantText(night.recovery, partNames(s, plan.plan))).toBe(
      'call-out of Database administrators (73 %)',
    );
    expect(night.recovery.dominant).toMatchObject({ kind: 'call-out', team: 'dba', minutes: 240 });
  });

  it('a call-out cut short by the start of working hours: at 06:00, a 4 h call-out ends at 08:00', () => {
    const s = teamBank({ team: { callOut: { type: 'fixed', value: minutes(240) } } });
    const trace = simulate(
      {
        ...biaConditions(s, 'likely'),
        injects: [{ at: (6 * 60 * 60_000) as never, action: 'fail', component: 'db-1' }],
      },
      'x',
    );
    const path = runPath(recoveryRuns(trace.events)[0]!, () => []);
    expect(path.segments.map((g) => [g.kind, (g.to - g.from) / 60_000])).toEqual([
      ['call-out', 120],
      ['work', 180],
    ]);
  });

  it('in working hours: no wait on the path, as the static critical path', () => {
    const s = teamBank();
    const t = 10 * 60 * 60_000; // Mon 10:00, the DBA at work
    const trace = simulate(
      {
        ...biaConditions(s, 'likely'),
        injects: [{ at: t as never, action: 'fail', component: 'db-1' }],
      },
      'x',
    );
    const run = recoveryRuns(trace.events)[0]!;
    expect(run.steps[0]).toMatchObject({ team: null, start: t });
    expect(runPath(run, () => []).length).toBe(minutes(180));
  });

  it("the BIA's night figures are its replay's: outage, RTO verdict and path, on the actor path", () => {
    const s = teamBank();
    const night = runBia(s).plans[0]!.withTeams!.find((w) => w.when === 'night')!;
    const trace = simulate({ ...biaConditions(s, 'likely'), injects: night.injects }, 'replay');
    const outage = serviceMetrics(s, s.services[0]!, trace).outages.find(
      (o) => o.start >= night.t,
    )!;
    expect(outage.durationMinutes).toBe(night.figures.outageMinutes);
    expect(outage.rtoMet).toBe(night.figures.rtoMet);
    const path = runPath(recoveryRuns(trace.events)[0]!, () => []);
    expect(path.segments.map((g) => [g.kind, (g.to - g.from) / 60_000])).toEqual(
      night.recovery.path.map((p) => [p.kind, p.minutes]),
    );
  });

  it('files without teams keep their BIA: no withTeams, no recovery figures', () => {
    const { teams: _, ...rest } = teamBank();
    const s = {
      ...rest,
      plans: rest.plans.map((p) => ({
        ...p,
        steps: p.steps.map((st) => ({ ...st, owner: 'ops' })),
      })),
    };
    const bia = runBia(s);
    expect(bia.plans[0]!.withTeams).toBeUndefined();
    expect(bia.disruptions[0]!.impacts[0]!.bounds.likely!.recovery).toBeUndefined();
  });
});
