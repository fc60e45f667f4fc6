import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const biaCli = (...args: string[]) => runCli('bia', ...args);

describe('npm run bia', () => {
  it('prints SPOFs, the BIA table, the plans and the findings, with no progress when stderr is not a terminal', () => {
    const r = biaCli('scenarios/bank-money-transfer.yaml');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Business impact analysis: Bank money transfer');
    // The load balancers and the databases are standby pairs: no single point of failure.
    expect(r.stdout).toMatch(/Single points of failure\n\s+none/);
    expect(r.stdout).toMatch(/#\s+disruption\s+service\s+state\s+restore.*1h\s+4h\s+24h\s+72h/);
    // One DBA, who finishes the primary's rebuild before the replica's: the service is back with
    // the primary (5 + 10 + 180 + 20 min), the replica 3 h 30 min later.
    expect(r.stdout).toMatch(
      /\d+\s+Database 1 \(primary\) and Database 2 \(replica\) fail\s+transfers\s+down\s+3h 35m/,
    );
    // The plans with their teams: at night the DBAs are called out first.
    expect(r.stdout).toMatch(
      /db-rebuild\s+Fri 30 Jan 02:00 \(night\)\s+4h 15m\s+call-out of Database administrators \(45 min\) → Assess the failure/,
    );
    expect(r.stdout).toMatch(
      /db-rebuild\s+2h 25m\s+3h 30m\s+6h 35m\s+assess > rebuild > resync\s+rebuild \(86 %\)/,
    );
    // Losing the primary costs the promotion: 15 min at the likely end.
    expect(r.stdout).toMatch(/Database 1 \(primary\) fails\s+transfers\s+down\s+15m\s+15m/);
    expect(r.stdout).not.toContain('single point of failure');
    expect(r.stdout).not.toMatch(/\[edit: add-redundant-member\]/);
  }, 30_000);

  it('prints { bia, findings } as JSON with the agreed fields', () => {
    const r = biaCli('scenarios/bank-money-transfer.yaml', '--json');
    expect(r.code).toBe(0);
    const { bia, findings } = JSON.parse(r.stdout) as {
      bia: {
        disruptions: Record<string, unknown>[];
        spofs: unknown[];
        plans: unknown[];
        placements: unknown[];
      };
      findings: Record<string, unknown>[];
    };
    expect(bia.spofs).toHaveLength(0);
    expect(bia.plans).toHaveLength(3);
    const top = bia.disruptions.find((d) => d.id === 'fail:db-1+db-2')!;
    expect(top).toMatchObject({ kind: 'pair', components: ['db-1', 'db-2'] });
    const impact = (top.impacts as { bounds: { likely: Record<string, unknown> } }[])[0]!;
    for (const key of [
      'timeToRestoreMinutes',
      'downMinutes',
      'degradedMinutes',
      'unservedTransactions',
      'cost',
      'rtoMet',
      'rtoExceededByMinutes',
      'mtpdBreached',
      'dataLostMinutes',
      'rpoMet',
      'costAfter',
    ])
      expect(impact.bounds.likely).toHaveProperty(key);
    for (const key of [
      'id',
      'severity',
      'title',
      'explanation',
      'evidence',
      'subject',
      'suggestion',
    ])
      expect(findings[0]).toHaveProperty(key);
  }, 30_000);

  it("adds each service's heatmap to the JSON on request, each cell with its replay injects", () => {
    const r = biaCli('scenarios/bank-money-transfer.yaml', '--json', '--heatmap');
    expect(r.code).toBe(0);
    const { bia } = JSON.parse(r.stdout) as {
      bia: {
        heatmaps: {
          service: string;
          day: string;
          rows: { disruption: string; cells: unknown[] }[];
        }[];
      };
    };
    expect(bia.heatmaps.map((h) => [h.service, h.day])).toEqual([['transfers', '2026-01-30']]);
    const dbs = bia.heatmaps[0]!.rows.find((x) => x.disruption === 'fail:db-1+db-2')!;
    expect(dbs.cells[11]).toMatchObject({
      at: '2026-01-30T11:00',
      injects: [
        { action: 'fail', component: 'db-1' },
        { action: 'fail', component: 'db-2' },
      ],
    });
    expect(biaCli('scenarios/bank-money-transfer.yaml', '--heatmap').code).toBe(2);
  }, 30_000);

  it('prints the BIA table as CSV, and analyses triples on request', () => {
    const r = biaCli('scenarios/bank-money-transfer.yaml', '--csv', '--triples');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^rank,disruption,kind,label,service,placement,at,bound,/);
    expect(lines[1]).toMatch(/^1,[^,]+,[^,]+,/);
    expect(lines.some((l) => /^\d+,fail:db-1\+db-2,pair,/.test(l))).toBe(true);
  }, 30_000);

  it('exits with code 2 and readable errors for an invalid scenario, a missing file or bad arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(
      file,
      'schema: continuity-scenario/2\nname: Broken\nstart: 2026-01-05T00:00\nhorizon: 7d\ncalendar: { agreedHours: { mon-fri: "09:00-16:00" } }\nservices: []\ncomponents:\n  - { id: db-1, kind: database, capacity: -3 }\nplans: []\n',
    );
    const r = biaCli(file);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/broken\.yaml:8:\d+ error components\[0\]\.capacity/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(biaCli('scenarios/missing.yaml')).toMatchObject({ code: 2, stdout: '' });
    const bad = biaCli('scenarios/bank-money-transfer.yaml', '--json', '--csv');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Usage: npm run bia');
    expect(biaCli('--frobnicate').code).toBe(2);
  }, 30_000);
});
