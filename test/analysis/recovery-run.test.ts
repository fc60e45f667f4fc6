import { describe, expect, it } from 'vitest';
import {
  recoveryRuns,
  runPath,
  segmentMinutes,
  segmentText,
  waitedFor,
} from '../../src/analysis/recovery-run.ts';
import type { TraceEvent } from '../../src/core/trace.ts';

const M = 60_000;
const H = 60 * M;
const T0 = 2 * H; // the failure is noticed and the plan starts at 02:00
const started = (t: number, plan = 'db-rebuild', component = 'db-1'): TraceEvent => ({
  t,
  type: 'plan-started',
  plan,
  component,
  incident: 1,
});
const waiting = (t: number, step: string, team: string, plan = 'db-rebuild', component = 'db-1') =>
  ({ t, type: 'step-waiting', plan, component, incident: 1, step, team }) as const;
const stepStarted = (
  t: number,
  step: string,
  duration: number,
  plan = 'db-rebuild',
  component = 'db-1',
) =>
  ({
    t,
    type: 'step-started',
    plan,
    component,
    incident: 1,
    step,
    owner: 'dba',
    duration,
  }) as const;
const finished = (t: number, step: string, plan = 'db-rebuild', component = 'db-1') =>
  ({ t, type: 'step-finished', plan, component, incident: 1, step }) as const;
const names = {
  step: (id: string) =>
    ({ rebuild: 'Rebuild the database', verify: 'Verify', check: 'Check' })[id] ?? id,
  team: (id: string) => (id === 'dba' ? 'Database administrators' : id),
};

describe('recoveryRuns reads what a plan did from its trace', () => {
  it('a night failure: the rebuild waits 45 min for the DBA call-out, then runs 3 h', () => {
    const trace: TraceEvent[] = [
      started(T0),
      waiting(T0, 'rebuild', 'dba'),
      { t: T0, type: 'call-out', team: 'dba', arrives: T0 + 45 * M },
      stepStarted(T0 + 45 * M, 'rebuild', 3 * H),
      finished(T0 + 45 * M + 3 * H, 'rebuild'),
      {
        t: T0 + 45 * M + 3 * H,
        type: 'plan-completed',
        plan: 'db-rebuild',
        component: 'db-1',
        incident: 1,
      },
    ];
    const [run] = recoveryRuns(trace);
    expect(run!.steps).toEqual([
      {
        step: 'rebuild',
        ready: T0,
        team: 'dba',
        callOut: { from: T0, to: T0 + 45 * M },
        start: T0 + 45 * M,
        end: T0 + 45 * M + 3 * H,
      },
    ]);
    expect(run!.completed).toBe(T0 + 225 * M);
    const path = runPath(run!, () => []);
    expect(path.length).toBe(225 * M);
    expect(path.segments.map((g) => [segmentText(g, names), segmentMinutes(g)])).toEqual([
      ['call-out of Database administrators', 45],
      ['Rebuild the database', 180],
    ]);
    // the longest part of the path is the work (3 h of 3 h 45 min), not the 45 min call-out
    expect(path.dominant?.kind).toBe('work');
    expect(path.dominant?.share).toBeCloseTo(0.8, 10);
    expect(waitedFor(run!, 'dba')).toEqual({ callOut: 45 * M, person: 0 });
  });

  it('a call-out longer than the work dominates: 3 h until the team arrives, then a 1 h rebuild', () => {
    const trace: TraceEvent[] = [
      started(5 * H),
      waiting(5 * H, 'rebuild', 'dba'),
      { t: 5 * H, type: 'call-out', team: 'dba', arrives: 8 * H },
      stepStarted(8 * H, 'rebuild', H),
      finished(9 * H, 'rebuild'),
    ];
    const path = runPath(recoveryRuns(trace)[0]!, () => []);
    expect(path.dominant).toMatchObject({ kind: 'call-out', team: 'dba', share: 0.75 });
    expect(segmentText(path.dominant!, names)).toBe('call-out of Database administrators');
  });

  it('one DBA and two plans at once: the second waits exactly the first rebuild (3 h 30 min)', () => {
    const trace: TraceEvent[] = [
      started(10 * H, 'p1', 'db-1'),
      stepStarted(10 * H, 'rebuild', 210 * M, 'p1', 'db-1'),
      started(10 * H, 'p2', 'db-2'),
      waiting(10 * H, 'rebuild', 'dba', 'p2', 'db-2'),
      finished(10 * H + 210 * M, 'rebuild', 'p1', 'db-1'),
      stepStarted(10 * H + 210 * M, 'rebuild', 210 * M, 'p2', 'db-2'),
      finished(10 * H + 420 * M, 'rebuild', 'p2', 'db-2'),
    ];
    const [first, second] = recoveryRuns(trace);
    expect(first!.steps[0]!.team).toBeNull();
    expect(waitedFor(second!, 'dba')).toEqual({ callOut: 0, person: 210 * M });
    const path = runPath(second!, () => []);
    expect(path.segments.map((g) => [segmentText(g, names), segmentMinutes(g)])).toEqual([
      ['waiting for Database administrators', 210],
      ['Rebuild the database', 210],
    ]);
  });

  it('a step that joins the queue during a call-out waits for the rest of it, then for a person', () => {
    // check waits at 02:00 and calls the team out (arrives 02:30); verify is ready at 02:10 and
    // waits for the same call-out; with one person, it then waits for check to finish (02:50).
    const trace: TraceEvent[] = [
      started(T0),
      waiting(T0, 'check', 'dba'),
      { t: T0, type: 'call-out', team: 'dba', arrives: T0 + 30 * M },
      waiting(T0 + 10 * M, 'verify', 'dba'),
      stepStarted(T0 + 30 * M, 'check', 20 * M),
      finished(T0 + 50 * M, 'check'),
      stepStarted(T0 + 50 * M, 'verify', 10 * M),
      finished(T0 + 60 * M, 'verify'),
    ];
    const run = recoveryRuns(trace)[0]!;
    const verify = run.steps.find((s) => s.step === 'verify')!;
    expect(verify.callOut).toEqual({ from: T0 + 10 * M, to: T0 + 30 * M });
    expect(waitedFor(run, 'dba')).toEqual({ callOut: 50 * M, person: 20 * M });
    const path = runPath(run, () => []);
    expect(path.segments.map((g) => [g.kind, segmentMinutes(g)])).toEqual([
      ['call-out', 20],
      ['waiting', 20],
      ['work', 10],
    ]);
  });

  it('the path follows the prerequisite that finished last, and a step that never waited has no wait', () => {
    const trace: TraceEvent[] = [
      started(0),
      stepStarted(0, 'a', 10 * M),
      stepStarted(0, 'b', 30 * M),
      finished(10 * M, 'a'),
      finished(30 * M, 'b'),
      waiting(30 * M, 'c', 'dba'),
      { t: 30 * M, type: 'call-out', team: 'dba', arrives: 40 * M },
      stepStarted(40 * M, 'c', 5 * M),
      finished(45 * M, 'c'),
    ];
    const path = runPath(recoveryRuns(trace)[0]!, (id) => (id === 'c' ? ['a', 'b'] : []));
    expect(path.segments.map((g) => `${g.kind}:${g.step}`)).toEqual([
      'work:b',
      'call-out:c',
      'work:c',
    ]);
    expect(path.length).toBe(45 * M);
    expect(path.dominant).toMatchObject({ kind: 'work', step: 'b' });
  });
});
