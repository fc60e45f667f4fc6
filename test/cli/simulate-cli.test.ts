import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { runReport } from '../../src/core/report.ts';
import { simulate } from '../../src/simulator/simulate.ts';
import { bundled, bundledScenarios } from '../support/bundled.ts';
import { studyScenario } from '../../src/analysis/montecarlo/study-injects.ts';
import { STORM_FILE } from '../support/storm.ts';

const simulateCli = (...args: string[]) => runCli('simulate', ...args);

describe('npm run simulate', () => {
  it('prints a readable report of targets against results and the outage table', () => {
    const r = simulateCli('scenarios/bank-money-transfer.yaml', '--seed', '7');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Bank money transfer: seed 7');
    expect(r.stdout).toMatch(/Availability in agreed hours\s+99\.500 %/);
    expect(r.stdout).toMatch(/Outages\n\s+#\s+start\s+end/);
    expect(r.stdout).toContain('2026-01-07 15:30');
    expect(r.stderr).toBe('');
  }, 30_000);

  it('prints JSON with the agreed fields, the same for the same seed', () => {
    const a = simulateCli('scenarios/bank-money-transfer.yaml', '--seed', 'abc', '--json');
    const b = simulateCli('scenarios/bank-money-transfer.yaml', '--seed', 'abc', '--json');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout) as { seed: string; services: Record<string, unknown>[] };
    expect(report.seed).toBe('abc');
    const s = report.services[0]!;
    for (const key of [
      'service',
      'availabilityInAgreedHours',
      'target',
      'downtimeInAgreedHoursMinutes',
      'degradedInAgreedHoursMinutes',
      'outages',
      'unservedTransactions',
      'cost',
    ])
      expect(s).toHaveProperty(key);
    // DB-1 fails at 10:00: the replica's promotion (10-20 min) is an outage, wholly in agreed hours.
    const [promotion, apps] = s.outages as Record<string, unknown>[];
    expect(promotion).toMatchObject({
      start: '2026-01-05T10:00+01:00', // Frankfurt in winter: UTC+01:00
      rtoMet: true,
      unavailable: ['db-1'],
    });
    expect(promotion!['minutesInAgreedHours']).toBe(promotion!['durationMinutes']);
    expect(promotion!['durationMinutes']).toBeGreaterThanOrEqual(10);
    expect(promotion!['durationMinutes']).toBeLessThanOrEqual(20);
    expect(apps).toMatchObject({
      start: '2026-01-07T15:30+01:00',
      minutesInAgreedHours: 30,
      rtoMet: true,
    });
    expect(apps).toHaveProperty('end');
  }, 30_000);

  it('exits with code 2 and readable errors on stderr for an invalid scenario', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(
      file,
      'schema: continuity-scenario/2\nname: Broken\nstart: 2026-01-05T00:00\nhorizon: 7d\ncalendar: { agreedHours: { mon-fri: "09:00-16:00" } }\nservices: []\ncomponents:\n  - { id: db-1, kind: database, capacity: -3 }\nplans: []\n',
    );
    const r = simulateCli(file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/broken\.yaml:8:\d+ error components\[0\]\.capacity/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 30_000);

  it('exits with code 2 for a missing file or bad arguments, with usage', () => {
    expect(simulateCli('scenarios/missing.yaml')).toMatchObject({ code: 2, stdout: '' });
    const bad = simulateCli('--frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Usage: npm run simulate');
  }, 30_000);

  it('refuses the storm scenario before running: exit 2, db-1 and its figures, and the flag to raise the budget', () => {
    const r = simulateCli(STORM_FILE, '--json', '--trace');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('storm.yaml: Refused before running: about 10.6 million events');
    expect(r.stderr).toContain(
      'db-1 fails about every 3 min (up about 1 min, then about 2 min to detect and restore): about 3.5 million failures over 20 years',
    );
    expect(r.stderr).toContain('the budget is 1,000,000 events per run');
    expect(r.stderr).toMatch(/Or pass --max-events 14000000 to raise the budget\.\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('--max-events raises the budget: the bank is refused at 1,000 events and runs at the figure suggested', () => {
    const refused = simulateCli('scenarios/bank-money-transfer.yaml', '--max-events', '1000');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('the budget is 1,000 events per run');
    const suggested = /--max-events (\d+)/.exec(refused.stderr)?.[1];
    expect(Number(suggested)).toBeGreaterThan(5000);
    const ran = simulateCli('scenarios/bank-money-transfer.yaml', '--max-events', suggested!);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain('Bank money transfer: seed 1');
    for (const bad of ['0', '-5', '1e6', 'lots'])
      expect(simulateCli('scenarios/bank-money-transfer.yaml', '--max-events', bad)).toMatchObject({
        code: 2,
        stdout: '',
      });
  }, 60_000);

  it('streams --json --trace: the bytes are those of the whole report and trace serialized at once', () => {
    const r = simulateCli('scenarios/bank-money-transfer.yaml', '--seed', '7', '--json', '--trace');
    expect(r.code).toBe(0);
    const bank = bundled('bank-money-transfer');
    const trace = simulate(bank, '7');
    const whole = `${JSON.stringify({ ...runReport(bank, trace), trace }, null, 2)}\n`;
    expect(whole.length).toBeGreaterThan(64 * 1024); // more than a pipe holds: stdout had to drain
    expect(r.stdout).toBe(whole);
  }, 30_000);

  it('prints the run of the XState actor path, for every bundled scenario, with and without injects', () => {
    for (const { id, scenario } of bundledScenarios())
      for (const injects of [[], ['--without-injects']]) {
        const r = simulateCli(
          `scenarios/${id}.yaml`,
          '--seed',
          's',
          '--json',
          '--trace',
          ...injects,
        );
        expect(r.code).toBe(0);
        const run = injects.length === 0 ? scenario : studyScenario(scenario, 'none');
        const trace = simulate(run, 's');
        expect(r.stdout, id).toBe(
          `${JSON.stringify({ ...runReport(run, trace), trace }, null, 2)}\n`,
        );
      }
  }, 120_000);
});
