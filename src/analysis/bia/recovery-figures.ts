/**
 * The recovery plans of one BIA run as they ran with their teams: for each plan the
 * disruption started, its realised critical path (work, call-out, waiting for a person), the
 * longest part of it, and how long its steps waited for each team (recovery-run.ts reads them
 * off the trace). Minutes are rounded to the thousandth, as the BIA's other figures.
 */
import { formatLocal } from '../../core/civil.ts';
import type { Scenario } from '../../core/model.ts';
import { MS_PER_MINUTE } from '../../core/time.ts';
import { localAt } from '../../core/zone.ts';
import { runPath, waitedFor, type PathSegment, type RecoveryRun } from '../recovery-run.ts';
import type { PathPart, RecoveryFigures } from './types.ts';

const round = (x: number): number => Math.round(x * 1000) / 1000 || 0;
const minutesOf = (ms: number): number => round(ms / MS_PER_MINUTE);

const part = (g: PathSegment): PathPart => ({
  kind: g.kind,
  step: g.step,
  team: g.kind === 'work' ? null : g.team,
  minutes: minutesOf(g.to - g.from),
});

/** The figures of every run that started at or after `at` (simulated time of `scenario`). */
export function recoveryFigures(
  scenario: Scenario,
  runs: readonly RecoveryRun[],
  at: number,
  callOuts: readonly { team: string; t: number; arrives: number }[],
): RecoveryFigures[] {
  const local = (t: number) => formatLocal(localAt(scenario, t)).slice(0, 19);
  return runs
    .filter((r) => r.started >= at)
    .map((run) => {
      const plan = scenario.plans.find((p) => p.id === run.plan);
      const after = (id: string) => plan?.steps.find((s) => s.id === id)?.after ?? [];
      const path = runPath(run, after);
      const finished = run.steps.length > 0 && run.steps.every((s) => s.end !== null);
      const teams = [...new Set(run.steps.flatMap((s) => (s.team === null ? [] : [s.team])))];
      const used = new Set(
        run.steps.flatMap((s) =>
          s.callOut === null ? [] : [`${s.team}|${s.callOut.from}|${s.callOut.to}`],
        ),
      );
      const calls = callOuts.filter((c) =>
        run.steps.some(
          (s) =>
            s.team === c.team &&
            s.callOut !== null &&
            c.t <= s.ready &&
            s.ready < c.arrives &&
            used.has(`${s.team}|${s.callOut.from}|${s.callOut.to}`),
        ),
      );
      return {
        plan: run.plan,
        component: run.component,
        startMinutes: minutesOf(run.started - at),
        lengthMinutes: finished ? minutesOf(path.length) : null,
        path: path.segments.map(part),
        dominant: path.dominant
          ? { ...part(path.dominant), share: round(path.dominant.share) }
          : null,
        waits: teams.map((team) => {
          const w = waitedFor(run, team);
          return { team, callOutMinutes: minutesOf(w.callOut), personMinutes: minutesOf(w.person) };
        }),
        callOuts: calls.map((c) => ({
          team: c.team,
          calledAt: local(c.t),
          arrivesAt: local(c.arrives),
        })),
      };
    });
}
