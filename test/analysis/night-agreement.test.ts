/**
 * One disruption at night with a call-out, told five ways, all the simulation's: the BIA's
 * night run of the plan, its RTO verdict in words, the advisor's finding, the Gantt of the plan
 * at night, and the replay of the same failure on the actor path (the timeline's run). db-1
 * fails Mon 02:00; the DBA is called out (45 min), rebuilds (3 h): 3 h 45 min against an RTO
 * of 3 h 30 min, 15 min over, in hours the service is needed.
 */
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/analysis/advisor/index.ts';
import { biaConditions, runBia } from '../../src/analysis/bia/index.ts';
import { planRunAt } from '../../src/analysis/bia/plan-run-at.ts';
import { rtoVerdictText } from '../../src/analysis/bia/verdict-text.ts';
import { humanDuration } from '../../src/analysis/event-log.ts';
import { recoveryRuns, runPath } from '../../src/analysis/recovery-run.ts';
import { planSummary, schedulePlan } from '../../src/charts/gantt.ts';
import { serviceMetrics } from '../../src/core/metrics.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { ganttRunOf } from '../../src/ui/editor/plans-section/gantt-moment.ts';
import { teamBank } from '../support/team-bank.ts';

describe('a night failure with a call-out: findings, verdicts and charts agree with its simulation', () => {
  const s = teamBank();
  const bia = runBia(s);
  const night = bia.plans[0]!.withTeams!.find((w) => w.when === 'night')!;
  const finding = advise(s, bia).find((f) => f.rule === 'night-call-out')!;
  const gantt = ganttRunOf(s, planRunAt(s, 'db-rebuild', 'night')!);
  const trace = simulate({ ...biaConditions(s, 'likely'), injects: night.injects }, 'replay');
  const outage = serviceMetrics(s, s.services[0]!, trace).outages.find((o) => o.start >= night.t)!;
  const path = runPath(recoveryRuns(trace.events)[0]!, () => []);

  it('all place it at Mon 5 Jan 02:00', () => {
    expect(night.at).toBe('2026-01-05T02:00');
    expect(finding.simulated!.at).toBe(night.at);
    expect(finding.simulated!.injects).toEqual(night.injects);
    expect(gantt.label).toBe("Failure at Mon 5 Jan 02:00 (night, outside its teams' hours)");
  });

  it('all give 3 h 45 min down, 45 min of it the call-out, 15 min over the RTO', () => {
    expect(outage.durationMinutes).toBe(225); // the replay
    expect(night.figures.outageMinutes).toBe(225); // the BIA
    expect(finding.evidence).toMatchObject({ outageMinutes: 225, callOutMinutes: 45 }); // the advisor
    expect(gantt.detection + gantt.length).toBe(225 * 60_000); // the chart
    expect(path.segments.map((g) => [g.kind, (g.to - g.from) / 60_000])).toEqual([
      ['call-out', 45],
      ['work', 180],
    ]);
    expect(night.recovery.path.map((p) => [p.kind, p.minutes])).toEqual([
      ['call-out', 45],
      ['work', 180],
    ]);
    expect(gantt.waitsOnPath).toEqual([
      { kind: 'call-out', team: 'Database administrators', ms: 45 * 60_000 },
    ]);
  });

  it('the verdict in words, the finding and the chart say the same breach', () => {
    const m = (x: number) => humanDuration(x * 60_000);
    expect(outage.rtoMet).toBe(false);
    expect(rtoVerdictText(night.figures, m)).toBe('breached +15 min');
    expect(finding.severity).toBe('warning');
    expect(finding.explanation).toContain(
      'The service is down 3 h 45 min, 15 min more than the 3 h 30 min RTO',
    );
    const summary = planSummary(schedulePlan(s.plans[0]!, 'likely', gantt), 210);
    expect(summary).toBe(
      "Failure at Mon 5 Jan 02:00 (night, outside its teams' hours): Plan takes 3 h 45 min (likely, 45 min call-out of Database administrators) against an RTO of 3 h 30 min: 15 min over",
    );
  });
});
