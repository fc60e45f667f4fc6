import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hours, minutes } from '../../src/core/time.ts';
import { formatIssue, parseScenario, scenarioJsonSchemaText } from '../../src/scenario/index.ts';
import { BASE } from './fixtures.ts';

const bankText = readFileSync(
  new URL('../../scenarios/bank-money-transfer.yaml', import.meta.url),
  'utf8',
);

describe('the bank scenario', () => {
  const result = parseScenario(bankText, 'bank-money-transfer.yaml');
  if (!result.ok) throw new Error(result.errors.map((e) => formatIssue(e)).join('\n'));
  const scenario = result.scenario;

  it('parseScenario reads the bank file into the resolved model', () => {
    expect(scenario.schema).toBe('continuity-scenario/2');
    expect(scenario.start).toBe('2026-01-05T00:00');
    expect(scenario.startEpoch).toBe(Date.UTC(2026, 0, 5));
    expect(scenario.horizon).toBe(hours(365 * 24));
  });

  it('the calendar is a Monday-first week of windows with its exceptions', () => {
    expect(scenario.calendar.weekly[0]).toEqual([{ from: hours(9), to: hours(16) }]);
    expect(scenario.calendar.weekly[4]).toEqual([{ from: hours(9), to: hours(16) }]);
    expect(scenario.calendar.weekly[5]).toEqual([]);
    expect(scenario.calendar.weekly[6]).toEqual([]);
    expect(scenario.calendar.exceptions[0]).toEqual({
      date: '2026-12-25',
      windows: [],
      note: 'Christmas Day',
    });
    expect(scenario.calendar.exceptions[1]?.windows).toEqual([{ from: hours(9), to: hours(12) }]);
  });

  it('the transfer service has ms objectives, shares, a topology tree and the scenario calendar', () => {
    const transfers = scenario.services[0];
    expect(transfers?.objectives).toEqual({
      availability: 0.995,
      rto: hours(2),
      rpo: minutes(15),
      mtpd: hours(8),
      mbco: { kind: 'share', share: 0.5 },
    });
    expect(transfers?.requires).toEqual({
      type: 'series',
      of: [
        {
          type: 'standby',
          id: 'lb-a/lb-b',
          of: [
            { type: 'component', id: 'lb-a' },
            { type: 'component', id: 'lb-b' },
          ],
          switchover: { type: 'uniform', min: minutes(5), max: minutes(15) },
          failback: 'stay',
        },
        {
          type: 'group',
          atLeast: 1,
          of: [
            { type: 'component', id: 'app-1' },
            { type: 'component', id: 'app-2' },
          ],
        },
        {
          type: 'standby',
          id: 'db-1/db-2',
          of: [
            { type: 'component', id: 'db-1' },
            { type: 'component', id: 'db-2' },
          ],
          switchover: { type: 'uniform', min: minutes(10), max: minutes(20) },
          failback: 'stay',
        },
      ],
    });
    expect(transfers?.calendar).toEqual(scenario.calendar);
    expect(transfers?.demand.hourly).toHaveLength(24);
    expect(transfers?.demand.weekdays).toEqual([1, 1, 1, 1, 1, 0.1, 0.1]);
    expect(transfers?.demand.surges[0]).toEqual({
      name: 'month-end',
      every: { kind: 'month-end' },
      at: hours(11),
      duration: hours(3),
      factor: 1.8,
    });
  });

  it('components get their failure models, defaults and data protection', () => {
    const db1 = scenario.components.find((c) => c.id === 'db-1');
    expect(db1?.failure).toEqual({ type: 'weibull', shape: 1.5, scale: hours(4000) });
    expect(db1?.data).toEqual({
      backupEvery: hours(1),
      backupOffset: 0,
      replicationLag: minutes(1),
    });
    expect(db1?.dependsOn).toEqual([]);
    const app1 = scenario.components.find((c) => c.id === 'app-1');
    expect(app1?.overloadFailAfter).toBeGreaterThan(0);
    expect(app1?.detection).toBe(minutes(5));
  });

  it('plan steps keep uniform, fixed and triangular durations', () => {
    const db = scenario.plans.find((p) => p.id === 'db-rebuild');
    expect(db?.steps.find((s) => s.id === 'rebuild')?.duration).toEqual({
      type: 'triangular',
      min: hours(2),
      likely: hours(3),
      max: hours(6),
    });
    expect(db?.steps.find((s) => s.id === 'assess')?.duration).toEqual({
      type: 'uniform',
      min: minutes(5),
      max: minutes(15),
    });
    expect(db?.steps.find((s) => s.id === 'resync')?.duration).toEqual({
      type: 'fixed',
      value: minutes(20),
    });
  });

  it('the bank parses with no warnings: every step owner names one of its teams', () => {
    expect(result.warnings).toEqual([]);
    const teams = new Set(scenario.teams?.map((t) => t.id));
    for (const plan of scenario.plans)
      for (const step of plan.steps) expect(teams.has(step.owner ?? '')).toBe(true);
  });

  it('its teams are what the file says: the service desk 24x7, the DBAs and platform team office hours with call-out', () => {
    const byId = new Map(scenario.teams?.map((t) => [t.id, t]));
    expect(scenario.teams?.map((t) => [t.id, t.name, t.size])).toEqual([
      ['service-desk', 'Service desk', 2],
      ['dba', 'Database administrators', 1],
      ['platform-team', 'Platform team', 2],
      ['app-team', 'Transfer application team', 2],
      ['network-team', 'Network team', 1],
      ['duty-manager', 'IT operations duty manager', 1],
    ]);
    const allDay = [{ from: 0, to: hours(24) }];
    expect(byId.get('service-desk')?.hours).toEqual({
      weekly: Array.from({ length: 7 }, () => allDay),
      exceptions: [],
    });
    expect(byId.get('service-desk')?.callOut).toEqual({ type: 'fixed', value: 0 });
    const office = [{ from: hours(8), to: hours(18) }];
    const dba = byId.get('dba');
    expect(dba?.hours.weekly).toEqual([office, office, office, office, office, [], []]);
    expect(dba?.callOut).toEqual({ type: 'uniform', min: minutes(30), max: hours(1) });
    expect(byId.get('platform-team')?.callOut).toEqual({
      type: 'uniform',
      min: minutes(45),
      max: minutes(90),
    });
    expect(byId.get('app-team')?.callOut).toEqual({
      type: 'uniform',
      min: hours(1),
      max: hours(2),
    });
    // Hesse's holidays and the closed Christmas Day are the DBAs' days off; Christmas Eve closes at 14:00.
    const off = new Map(dba?.hours.exceptions.map((e) => [e.date, e.windows]));
    expect(off.get('2026-04-03')).toEqual([]); // Good Friday
    expect(off.get('2026-06-04')).toEqual([]); // Corpus Christi (Hesse)
    expect(off.get('2026-12-25')).toEqual([]); // closed: true in the calendar
    expect(off.get('2026-12-24')).toEqual([{ from: hours(8), to: hours(14) }]);
    expect(dba?.contacts[0]).toEqual({
      role: 'On-call DBA',
      name: 'Jana Weber',
      reach: '+49 69 5550 1234',
    });
    expect(scenario.teams?.map((t) => t.escalation)).toEqual([
      'duty-manager',
      'platform-team',
      'duty-manager',
      'platform-team',
      'duty-manager',
      null,
    ]);
  });

  it('transfers come first among the services and say how their plan is invoked; each plan has a review cycle', () => {
    expect(scenario.services[0]?.priority).toBe(1);
    expect(scenario.services[0]?.invocation).toMatchObject({
      decidedBy: 'duty-manager',
      assessment: minutes(15),
    });
    expect(scenario.plans.map((p) => [p.id, p.review?.every, p.review?.last])).toEqual([
      ['lb-repair', { unit: 'month', count: 12 }, '2024-11-28'],
      ['app-rebuild', { unit: 'month', count: 12 }, '2025-10-02'],
      ['db-rebuild', { unit: 'month', count: 6 }, '2025-09-15'],
    ]);
  });

  it('injects are in ms since the start', () => {
    expect(scenario.injects[0]).toEqual({ at: hours(10), action: 'fail', component: 'db-1' });
    expect(scenario.injects[1]).toEqual({
      at: hours(2 * 24 + 15.5),
      action: 'fail',
      component: 'app-1',
    });
  });
});

describe('JSON scenarios', () => {
  it('parseScenario reads JSON and reports line and column in it', () => {
    const ok = parseScenario(JSON.stringify(parseScenarioObject(BASE), null, 2), 'small.json');
    expect(ok.ok).toBe(true);
    const broken = parseScenarioObject(BASE) as { components: { capacity: number }[] };
    const comp = broken.components[1];
    if (comp) comp.capacity = -3;
    const text = JSON.stringify(broken, null, 2);
    const result = parseScenario(text, 'small.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"capacity": -3')) + 1;
    expect(result.errors[0]).toMatchObject({
      path: 'components[1].capacity',
      line,
      column: (lines[line - 1] ?? '').indexOf('-3') + 1,
    });
    expect(formatIssue(result.errors[0]!, 'small.json')).toBe(
      `small.json:${line}:${(lines[line - 1] ?? '').indexOf('-3') + 1} error components[1].capacity: expected a number of transactions per minute above 0, got -3. Hint: capacity: 900`,
    );
  });

  it('parseScenario picks JSON by the first character when there is no file name', () => {
    const result = parseScenario('{ "schema": "continuity-scenario/2", "name": 5 }');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.find((e) => e.path === 'name')).toMatchObject({ line: 1, column: 46 });
  });
});

describe('the JSON Schema file', () => {
  it('public/scenario.schema.json is what the zod schema produces now (run npm run schema)', () => {
    const onDisk = readFileSync(
      new URL('../../public/scenario.schema.json', import.meta.url),
      'utf8',
    );
    expect(onDisk).toBe(scenarioJsonSchemaText());
  });
});

function parseScenarioObject(text: string): unknown {
  // Local import keeps the fixture independent of the loader's internals.
  return JSON.parse(JSON.stringify(yamlParse(text)));
}
import { parse as yamlParse } from 'yaml';
