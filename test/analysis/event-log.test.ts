import { describe, expect, it } from 'vitest';
import { eventLog, formatCount, humanDuration } from '../../src/analysis/event-log.ts';
import type { Inject, RecoveryPlan, Scenario } from '../../src/core/model.ts';
import { hours, minutes } from '../../src/core/time.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { bank } from '../support/bank-model.ts';
import { at, plan } from '../support/model-builder.ts';

const fail = (t: number, component: string): Inject => ({
  at: t as never,
  action: 'fail',
  component,
});
const rebuild: RecoveryPlan = {
  id: 'app-rebuild',
  name: 'Rebuild an app server',
  steps: [
    {
      id: 'provision',
      name: 'Provision a new VM',
      duration: { type: 'fixed', value: minutes(42) },
      owner: 'platform-team',
      after: [],
    },
  ],
};

/** The hand-built bank with the names a trainee sees. */
function namedBank(options: Parameters<typeof bank>[0] = {}): Scenario {
  const s = bank({
    monthEndSurge: false,
    horizonDays: 7,
    plans: [rebuild, plan('db-rebuild', [['promote', 15]])],
    ...options,
    components: {
      'app-1': { name: 'App server 1', ...options.components?.['app-1'] },
      'app-2': { name: 'App server 2', ...options.components?.['app-2'] },
      'db-1': { name: 'Database 1' },
    },
  });
  return { ...s, services: s.services.map((x) => ({ ...x, name: 'Money transfer' })) };
}
const log = (s: Scenario) => eventLog(s, simulate(s, 'hand'));
const lines = (s: Scenario) => log(s).map((e) => `${e.when} ${e.severity} ${e.text}`);

describe('eventLog(scenario, trace)', () => {
  it('tells both app servers failing at 15:30, their rebuild and the outage, in trace order', () => {
    expect(
      lines(namedBank({ injects: [fail(at(2, 15, 30), 'app-1'), fail(at(2, 15, 30), 'app-2')] })),
    ).toEqual([
      '2026-01-07 15:30 info Inject: fail App server 1',
      '2026-01-07 15:30 critical App server 1 failed: scripted inject',
      '2026-01-07 15:30 info Inject: fail App server 2',
      '2026-01-07 15:30 critical App server 2 failed: scripted inject',
      '2026-01-07 15:30 info Failure of App server 1 detected; recovery plan “Rebuild an app server” started',
      '2026-01-07 15:30 info Step “Provision a new VM” started for App server 1 (owner: platform-team, planned 42 min)',
      '2026-01-07 15:30 info Failure of App server 2 detected; recovery plan “Rebuild an app server” started',
      '2026-01-07 15:30 info Step “Provision a new VM” started for App server 2 (owner: platform-team, planned 42 min)',
      '2026-01-07 15:30 critical Money transfer is DOWN: capacity 0 of 1,200 tpm, demand 800 tpm',
      '2026-01-07 16:12 info Step “Provision a new VM” finished for App server 1',
      '2026-01-07 16:12 info App server 1 recovered: plan “Rebuild an app server” completed',
      '2026-01-07 16:12 info Step “Provision a new VM” finished for App server 2',
      '2026-01-07 16:12 info App server 2 recovered: plan “Rebuild an app server” completed',
      '2026-01-07 16:12 info Money transfer is up again',
    ]);
  });

  it('tells a switch-over to the standby database as nothing served, then the standby active', () => {
    const s = namedBank({
      injects: [fail(at(0, 10), 'db-1')],
      dbStandby: { switchover: minutes(12) },
    });
    const switchover = log(s).filter((e) => e.kind === 'switchover');
    expect(switchover.map((e) => `${e.when} ${e.severity} ${e.text}`)).toEqual([
      '2026-01-05 10:00 warning Switch-over from Database 1 to db-2 started: nothing serves for 12 min',
      '2026-01-05 10:12 info Switch-over completed: db-2 is now active instead of Database 1',
    ]);
    expect(switchover[0]!.subject).toBe('db-1/db-2');
    expect(lines(s)).toContain(
      '2026-01-05 10:00 critical Money transfer is DOWN: capacity 0 of 1,200 tpm, demand 900 tpm',
    );
  });

  it('gives each entry its time, kind and subject', () => {
    const [first, failed] = log(namedBank({ injects: [fail(at(0, 10), 'app-1')] }));
    expect(first).toEqual({
      t: at(0, 10),
      when: '2026-01-05 10:00',
      kind: 'inject',
      text: 'Inject: fail App server 1',
      subject: 'app-1',
      severity: 'info',
    });
    expect(failed).toMatchObject({ kind: 'component', subject: 'app-1', severity: 'critical' });
  });

  it('says the service is degraded, with capacity left, when one app server fails', () => {
    const entries = log(namedBank({ injects: [fail(at(0, 10), 'app-1')] }));
    expect(entries.filter((e) => e.kind === 'service')).toMatchObject([
      {
        text: 'Money transfer is degraded: demand 900 tpm exceeds capacity 600 tpm',
        severity: 'warning',
        subject: 'transfers',
      },
      { text: 'Money transfer is up again', severity: 'info', when: '2026-01-05 10:42' },
    ]);
  });

  it('names sustained overload as the cause of a failure', () => {
    const limit = { overloadFailAfter: minutes(30) };
    const s = namedBank({
      injects: [fail(at(0, 11), 'app-1')],
      components: { 'app-1': limit, 'app-2': limit },
      plans: [
        {
          ...rebuild,
          steps: [{ ...rebuild.steps[0]!, duration: { type: 'fixed', value: hours(4) } }],
        },
      ],
    });
    const app2 = log(s).filter((e) => e.subject === 'app-2' && e.kind === 'component');
    expect(app2.slice(0, 2).map((e) => [e.when, e.severity, e.text])).toEqual([
      [
        '2026-01-05 11:00',
        'warning',
        'App server 2 is overloaded: demand above its 600 tpm capacity',
      ],
      ['2026-01-05 11:30', 'critical', 'App server 2 failed: sustained overload'],
    ]);
  });

  it('reports data lost beyond the RPO as critical, after the corruption inject', () => {
    const s = namedBank({ injects: [{ at: at(0, 10, 40), action: 'corrupt', component: 'db-1' }] });
    expect(lines(s).slice(0, 3)).toEqual([
      '2026-01-05 10:40 info Inject: corrupt Database 1',
      '2026-01-05 10:40 critical Database 1 failed: data corruption',
      '2026-01-05 10:40 critical Data loss on Database 1: 40 min of data (RPO 15 min)',
    ]);
  });

  it('reports a loss within the RPO as info and skips a loss of nothing', () => {
    const within = log(namedBank({ injects: [fail(at(0, 10, 40), 'db-1')] }));
    expect(within.find((e) => e.kind === 'data-loss')).toMatchObject({
      text: 'Data loss on Database 1: 1 min of data (RPO 15 min)',
      severity: 'info',
    });
    const none = log(namedBank({ injects: [fail(at(0, 10), 'db-1')] })); // the hourly backup ran at 10:00
    expect(none.filter((e) => e.kind === 'data-loss')).toEqual([]);
  });

  it('tells a surge and the degradation it causes', () => {
    const surge: Inject = {
      at: at(1, 13, 20),
      action: 'surge',
      service: 'transfers',
      factor: 1.5,
      duration: minutes(40),
    };
    expect(lines(namedBank({ injects: [surge] }))).toEqual([
      '2026-01-06 13:20 info Inject: demand surge on Money transfer x1.5 for 40 min',
      '2026-01-06 13:20 warning Money transfer is degraded: demand 1,350 tpm exceeds capacity 1,200 tpm',
      '2026-01-06 13:20 warning App server 1 is overloaded: demand above its 600 tpm capacity',
      '2026-01-06 13:20 warning App server 2 is overloaded: demand above its 600 tpm capacity',
      '2026-01-06 14:00 info Money transfer is up again',
      '2026-01-06 14:00 info App server 1 is no longer overloaded',
      '2026-01-06 14:00 info App server 2 is no longer overloaded',
    ]);
  });

  it('tells a degradation, its detection, and a manual restore that abandons the plan', () => {
    const s = namedBank({
      injects: [
        { at: at(0, 10), action: 'degrade', component: 'app-1', capacity: 0.5, for: null },
        { at: at(0, 10, 20), action: 'restore', component: 'app-1' },
      ],
      components: { 'app-1': { detection: minutes(5) } },
    });
    // 300 + 600 tpm left serve all of the 900 asked at 10:00: the service stays up.
    expect(lines(s).filter((l) => !l.includes('Step'))).toEqual([
      '2026-01-05 10:00 info Inject: degrade App server 1 to 50% capacity',
      '2026-01-05 10:00 warning App server 1 degraded to 50% capacity: scripted inject',
      '2026-01-05 10:05 info Degradation of App server 1 detected; recovery plan “Rebuild an app server” started',
      '2026-01-05 10:20 info Inject: restore App server 1',
      '2026-01-05 10:20 info App server 1 restored by hand (inject)',
      '2026-01-05 10:20 info Recovery plan “Rebuild an app server” for App server 1 abandoned',
    ]);
  });
});

describe('event log formatting', () => {
  it('formatCount groups thousands and humanDuration speaks minutes, hours and days', () => {
    expect(formatCount(1200)).toBe('1,200');
    expect(formatCount(1350.0000001)).toBe('1,350');
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(humanDuration(minutes(42))).toBe('42 min');
    expect(humanDuration(hours(2))).toBe('2 h');
    expect(humanDuration(minutes(90))).toBe('1 h 30 min');
    expect(humanDuration(hours(52))).toBe('2 d 4 h');
    expect(humanDuration(0)).toBe('0 min');
  });
});
