import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AREAS, diffScenarios } from '../../src/scenario/diff.ts';
import { deleteAt, editText, insertAt, moveItem } from '../../src/scenario/document/index.ts';
import { BANK, BUNDLED_BANK, leaves, parsed } from './document/helpers.ts';

const bank = parsed(BANK);
const baseline = bank.scenario;
const sentences = (text: string) =>
  diffScenarios(baseline, parsed(text).scenario).map((c) => c.text);
const variant = (name: string) => {
  const found = bank.variants.find((v) => v.name === name);
  if (found === undefined) throw new Error(`no variant ${name}`);
  return found.scenario;
};

describe("diffScenarios(before, after) on the bank's variants", () => {
  it('hours-08-18: the agreed hours of Monday to Friday', () => {
    expect(diffScenarios(baseline, variant('hours-08-18'))).toEqual([
      {
        kind: 'changed',
        area: 'calendar',
        subject: 'agreed hours',
        field: 'agreedHours.mon-fri',
        before: '09:00-16:00',
        after: '08:00-18:00',
        text: 'Agreed hours, Monday to Friday: 09:00-16:00 → 08:00-18:00',
      },
    ]);
  });

  it('rto-1h: the RTO of the money transfer', () => {
    expect(diffScenarios(baseline, variant('rto-1h'))).toEqual([
      {
        kind: 'changed',
        area: 'objective',
        subject: 'Money transfer (transfers)',
        field: 'objectives.rto',
        before: '2h',
        after: '1h',
        text: "Service 'Money transfer': RTO 2h → 1h",
      },
    ]);
  });

  it('one-database: the topology of the service, the removed database, then what the exercise no longer does to it', () => {
    expect(diffScenarios(baseline, variant('one-database')).map((c) => c.text)).toEqual([
      "Service 'Money transfer' requires: all of [lb, 1 of [app-1, app-2], 1 of [db-1, db-2]] → all of [lb, 1 of [app-1, app-2], 1 of [db-1]]",
      "Component 'Database 2 (replica)' (db-2) removed",
      "Exercise 'Month-end database corruption': manualInvocation db-1, db-2 → db-1",
      "Exercise 'Month-end database corruption', inject 'replica': effect corrupt db-2 → none",
      "Exercise 'Month-end database corruption', decision 'invocation': options invoke-now (invoke db-1; invoke db-2), diagnose (after 45m, invoke db-1; after 45m, invoke db-2), workaround (invoke db-1; after 45m, restore db-2; after 45m, degrade db-2 to 50%), standby (after 1h30m, restore db-1; after 1h30m, restore db-2), escalate, wait → invoke-now (invoke db-1), diagnose (after 45m, invoke db-1), workaround (invoke db-1), standby (after 1h30m, restore db-1), escalate, wait",
    ]);
  });

  it('the exercise: its settings, injects and decisions by id', () => {
    const edited = BANK.replace('  pace: 10 #', '  pace: 20 #')
      .replace('timeLimit: 15m', 'timeLimit: 10m')
      .replace('    - id: regulator\n', '    - id: press\n');
    expect(diffScenarios(baseline, parsed(edited).scenario).map((c) => c.text)).toEqual([
      "Exercise 'Month-end database corruption': pace 10 → 20",
      "Exercise 'Month-end database corruption': inject 'regulator' removed",
      "Exercise 'Month-end database corruption': inject 'press' added",
      "Exercise 'Month-end database corruption', decision 'invocation': timeLimit 15m → 10m",
    ]);
  });

  it('identical scenarios give no changes', () => {
    expect(diffScenarios(baseline, baseline)).toEqual([]);
    expect(diffScenarios(baseline, parsed(BANK).scenario)).toEqual([]);
  });
});

describe('diffScenarios(before, after) on the standby groups of the bundled bank', () => {
  const bundled = parsed(BUNDLED_BANK);
  it('one-database: the database pair becomes the primary alone, with no switch-over', () => {
    const oneDb = bundled.variants.find((v) => v.name === 'one-database')!.scenario;
    expect(
      diffScenarios(bundled.scenario, oneDb)
        .map((c) => c.text)
        .slice(0, 2),
    ).toEqual([
      "Service 'Money transfer' requires: all of [lb-a with standby lb-b (switch-over 5m-15m, failback stay), 1 of [app-1, app-2], db-1 with standby db-2 (switch-over 10m-20m, failback stay)] → all of [lb-a with standby lb-b (switch-over 5m-15m, failback stay), 1 of [app-1, app-2], db-1]",
      "Component 'Database 2 (replica)' (db-2) removed",
    ]);
  });

  it('a switch-over time and a failback, edited in the file', () => {
    let text = editText(BUNDLED_BANK, ['services', 0, 'requires', 'series', 2, 'switchover'], '5m');
    text = editText(text, ['services', 0, 'requires', 'series', 2, 'failback'], 'return');
    expect(diffScenarios(bundled.scenario, parsed(text).scenario).map((c) => c.text)).toEqual([
      "Service 'Money transfer' requires: all of [lb-a with standby lb-b (switch-over 5m-15m, failback stay), 1 of [app-1, app-2], db-1 with standby db-2 (switch-over 10m-20m, failback stay)] → all of [lb-a with standby lb-b (switch-over 5m-15m, failback stay), 1 of [app-1, app-2], db-1 with standby db-2 (switch-over 5m, failback return)]",
    ]);
  });
});

describe('diffScenarios(before, after) on edits of the bank file', () => {
  it('a step duration', () => {
    expect(
      diffScenarios(
        baseline,
        parsed(editText(BANK, ['plans', 2, 'steps', 1, 'duration'], '5m-10m')).scenario,
      ),
    ).toEqual([
      {
        kind: 'changed',
        area: 'step',
        subject: 'Promote the replica (db-failover)',
        field: 'duration',
        before: '10m-20m',
        after: '5m-10m',
        text: "Step 'Promote the replica' of 'Promote the replica and rebuild': duration 10m-20m → 5m-10m",
      },
    ]);
  });

  it('a new step, a removed one, and steps that moved', () => {
    const added = insertAt(BANK, ['plans', 2, 'steps'], 4, {
      id: 'verify',
      name: 'Verify with test transfers',
      duration: { min: '5m', likely: '10m', max: '30m' },
      owner: 'app-team',
      after: ['repoint', 'rebuild'],
    });
    expect(sentences(added)).toEqual([
      "Step 'Verify with test transfers' of 'Promote the replica and rebuild' added (5m-30m, most likely 10m, owner app-team, after repoint, rebuild)",
    ]);
    const removed = deleteAt(BANK, ['plans', 1, 'steps', 3]);
    expect(sentences(removed)).toEqual([
      "Step 'Verify with test transfers' of 'Rebuild an app server' removed (10m, owner app-team, after deploy)",
    ]);
    expect(sentences(moveItem(BANK, ['plans', 1, 'steps'], 0, 2))).toEqual([
      "Step 'Diagnose' of 'Rebuild an app server': moved from position 1 → 3",
    ]);
  });

  it('owner and prerequisites of a step, and the name of a plan', () => {
    let text = editText(BANK, ['plans', 2, 'steps', 2, 'owner'], undefined);
    text = editText(text, ['plans', 2, 'steps', 3, 'after'], ['promote', 'repoint']);
    text = editText(text, ['plans', 2, 'name'], 'Fail over the database');
    expect(sentences(text)).toEqual([
      "Plan db-failover: name 'Promote the replica and rebuild' → 'Fail over the database'",
      "Step 'Repoint the app servers' of 'Fail over the database': owner app-team → none",
      "Step 'Rebuild the lost node' of 'Fail over the database': prerequisites promote → promote, repoint",
    ]);
  });

  it('the RTO halved and the agreed hours extended, in the documented order (calendar first)', () => {
    let text = editText(BANK, ['services', 0, 'objectives', 'rto'], '1h');
    text = editText(text, ['calendar', 'agreedHours', 'mon-fri'], '08:00-18:00');
    expect(sentences(text)).toEqual([
      'Agreed hours, Monday to Friday: 09:00-16:00 → 08:00-18:00',
      "Service 'Money transfer': RTO 2h → 1h",
    ]);
  });

  it('calendar exceptions: consecutive dates with the same change read as one range', () => {
    let text = editText(BANK, ['calendar', 'exceptions', 2], {
      date: '2026-08-03',
      to: '2026-08-05',
      closed: true,
      note: 'Works',
    });
    text = editText(text, ['calendar', 'exceptions', 1, 'hours'], '09:00-13:00');
    text = deleteAt(text, ['calendar', 'exceptions', 0]);
    text = editText(text, ['calendar', 'agreedHours', 'sat'], '10:00-12:00, 13:00-14:00');
    expect(sentences(text)).toEqual([
      'Agreed hours, Saturday: closed → 10:00-12:00, 13:00-14:00',
      'Agreed hours, exception on 2026-08-03 to 2026-08-05 added: closed (Works)',
      'Agreed hours, exception on 2026-12-25 removed: closed (Christmas Day)',
      "Agreed hours, exception on 2026-12-31: 09:00-12:00 (New Year's Eve, short day) → 09:00-13:00 (New Year's Eve, short day)",
    ]);
  });

  it("a service's own agreed hours, impact, demand and objectives", () => {
    let text = editText(BANK, ['services', 0, 'calendar'], {
      agreedHours: { 'mon-fri': '09:00-16:00' },
    });
    text = editText(text, ['services', 0, 'impact', 'costPerHour'], 55000.5);
    text = editText(text, ['services', 0, 'objectives', 'availability'], '99.95%');
    text = editText(text, ['services', 0, 'objectives', 'mbco'], '60%');
    text = editText(text, ['services', 0, 'demand', 'tpm'], 1200);
    text = editText(text, ['services', 0, 'demand', 'hourly', 11], 1.2);
    text = editText(text, ['services', 0, 'demand', 'weekdays'], { 'mon-fri': 1, 'sat-sun': 0.2 });
    text = editText(text, ['services', 0, 'demand', 'surges', 0, 'factor'], 2);
    text = insertAt(text, ['services', 0, 'demand', 'surges'], 1, {
      name: 'payday',
      every: 'fri',
      at: '12:00',
      duration: '2h',
      factor: 1.5,
    });
    expect(sentences(text)).toEqual([
      "Agreed hours of 'Money transfer', exception on 2026-12-25 removed: closed (Christmas Day)",
      "Agreed hours of 'Money transfer', exception on 2026-12-31 removed: 09:00-12:00 (New Year's Eve, short day)",
      "Service 'Money transfer': cost per hour 40,000 EUR → 55,000.5 EUR",
      "Service 'Money transfer': availability 99.5% → 99.95%",
      "Service 'Money transfer': MBCO 50% → 60%",
      "Demand of 'Money transfer': 1,000 transactions per minute → 1,200 transactions per minute",
      "Demand of 'Money transfer' at 11:00: factor 1 → 1.2",
      "Demand of 'Money transfer', Saturday to Sunday: factor 0.1 → 0.2",
      "Demand of 'Money transfer': surge 'month-end' at each month end at 11:00 for 3h, ×1.8 → at each month end at 11:00 for 3h, ×2",
      "Demand of 'Money transfer': surge 'payday' added (every Friday at 12:00 for 2h, ×1.5)",
    ]);
  });

  it('every field of a component', () => {
    let text = editText(BANK, ['components', 1, 'name'], 'App server A');
    text = editText(text, ['components', 1, 'kind'], 'other');
    text = editText(text, ['components', 1, 'capacity'], 900);
    text = editText(text, ['components', 1, 'failure'], {
      lognormal: { median: '500h', sigma: 1 },
    });
    text = editText(text, ['components', 1, 'detection'], '1m');
    text = deleteAt(text, ['components', 1, 'overload']);
    text = deleteAt(text, ['components', 1, 'recovery']);
    text = editText(text, ['components', 1, 'dependsOn'], ['lb']);
    text = editText(text, ['components', 1, 'data'], { backupEvery: '4h', backupOffset: '30m' });
    expect(sentences(text)).toEqual([
      "Component app-1: name 'App server 1' → 'App server A'",
      "Component 'App server A': kind server → other",
      "Component 'App server A': capacity 600 tpm → 900 tpm",
      "Component 'App server A': failure exponential, MTBF 2500h → lognormal, median 500h, sigma 1",
      "Component 'App server A': detection 5m → 1m",
      "Component 'App server A': overload fails after 4h → only saturates",
      "Component 'App server A': recovery plan app-rebuild → none",
      "Component 'App server A': depends on none → lb",
      "Component 'App server A': data protection none → backups every 4h from 30m, no replica",
    ]);
  });

  it('the scenario itself, injects, and added components, services and plans', () => {
    let text = editText(BANK, ['name'], 'Bank 2027');
    text = editText(text, ['horizon'], '180d');
    text = editText(text, ['start'], '2026-01-05T06:00');
    text = editText(text, ['description'], 'Shorter.');
    text = deleteAt(text, ['injects', 0]);
    text = insertAt(text, ['injects'], 2, {
      at: '+1d',
      action: 'surge',
      factor: 2,
      duration: '3h',
    });
    text = insertAt(text, ['components'], 5, { id: 'site', kind: 'site' });
    text = insertAt(text, ['plans'], 3, { id: 'dc', steps: [{ id: 'move', duration: '4h' }] });
    text = insertAt(text, ['services'], 1, {
      ...(parse(BANK) as { services: object[] }).services[0],
      id: 'batch',
      name: 'Batch',
    });
    expect(
      diffScenarios(baseline, parsed(text).scenario).map((c) => [c.kind, c.area, c.text]),
    ).toEqual([
      ['changed', 'scenario', "Scenario: name 'Bank money transfer' → 'Bank 2027'"],
      ['changed', 'scenario', 'Scenario description changed'],
      ['changed', 'scenario', 'Scenario: start 2026-01-05 00:00 → 2026-01-05 06:00'],
      ['changed', 'scenario', 'Scenario: horizon 365d → 180d'],
      ['added', 'service', "Service 'Batch' (batch) added"],
      ['added', 'component', "Component 'site' (site) added"],
      ['added', 'plan', "Plan 'dc' (dc) added"],
      ['removed', 'inject', 'Inject removed: 2026-01-05 10:00, fail db-1'],
      ['added', 'inject', 'Inject added: 2026-01-06 06:00, demand ×2 for 3h (every service)'],
    ]);
  });
});

describe('diffScenarios is deterministic and ordered', () => {
  const numbers = leaves(parse(BANK)).filter(
    (l) => typeof l.value === 'number' && l.path[0] !== 'variants' && !l.path.includes('requires'),
  );

  it('any set of numeric edits gives the same list twice, sorted by area, nothing for unchanged leaves', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...numbers), {
          minLength: 1,
          maxLength: 4,
          selector: (l) => l.path.join('.'),
        }),
        (picked) => {
          let text = BANK;
          for (const leaf of picked) text = editText(text, leaf.path, (leaf.value as number) + 1);
          const after = parsed(text).scenario;
          const first = diffScenarios(baseline, after);
          expect(diffScenarios(baseline, after)).toEqual(first);
          expect(first.length).toBeGreaterThan(0);
          const ranks = first.map((c) => AREAS.indexOf(c.area));
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
          expect(diffScenarios(after, after)).toEqual([]);
          for (const change of first) expect(change.before).not.toBe(change.after);
        },
      ),
      { numRuns: 60, seed: 20260310 },
    );
  });
});
