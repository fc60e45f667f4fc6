import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const planCli = (...args: string[]) => runCli('plan', ...args);
const BANK = 'scenarios/bank-money-transfer.yaml';

describe('npm run plan', () => {
  it('prints the continuity plan of every service as Markdown, dated by --date', () => {
    const r = planCli(BANK, '--date', '2026-12-07');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Continuity plan: Bank money transfer\n/);
    expect(r.stdout).toContain('Date of this document: Mon 7 Dec 2026');
    for (const title of [
      '## 1. Purpose and scope',
      '## 3. Business impact over time',
      '## 7. Recovery plans',
      '## 10. Review cycle',
    ])
      expect(r.stdout).toContain(title);
    expect(r.stdout).toContain('## 8. Exercise history\n\nNot in this document');
  }, 60_000);

  it('--service gives one service’s plan, and writes it to --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
    const out = join(dir, 'plan.md');
    const r = planCli(BANK, '--service', 'transfers', '--date', '2026-12-07', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`The continuity plan is in ${out}.\n`);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^# Continuity plan: Money transfer\n/);
    expect(text).toContain('**Scope:** one service (Money transfer)');
  }, 60_000);

  it('refuses an unknown service with exit 2, listing the ids', () => {
    const r = planCli(BANK, '--service', 'payments');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('there is no service "payments"; its services are: transfers.');
  });

  it('refuses an invalid file with exit 2 and the usual errors, and a bad date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'schema: continuity-scenario/2\nname: Broken\nservices: 3\n');
    const r = planCli(bad);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad\.yaml.*services/);
    expect(r.stderr).toContain('the scenario was not run');
    const missing = planCli(join(dir, 'none.yaml'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const date = planCli(BANK, '--date', '7.12.2026');
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--date takes a date as YYYY-MM-DD');
  });
});
