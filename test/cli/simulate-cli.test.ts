import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
function simulateCli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

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
      start: '2026-01-05T10:00',
      rtoMet: true,
      unavailable: ['db-1'],
    });
    expect(promotion!['minutesInAgreedHours']).toBe(promotion!['durationMinutes']);
    expect(promotion!['durationMinutes']).toBeGreaterThanOrEqual(10);
    expect(promotion!['durationMinutes']).toBeLessThanOrEqual(20);
    expect(apps).toMatchObject({
      start: '2026-01-07T15:30',
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
});
