/**
 * The event budget on the command line beyond `simulate` (test/cli/simulate-cli.test.ts): a
 * Monte Carlo study whose runs are over it is refused before any run, `--max-events` raises
 * it, and a run that beats its estimate inside a worker thread stops the study with the same
 * kind of message; the BIA, whose runs have no random failures, still analyses the storm.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../support/cli.ts';
import { STORM_FILE } from '../support/storm.ts';

const dir = mkdtempSync(join(tmpdir(), 'budget-cli-'));

const cli = runCliAsync;

/** Load ten times its capacity: it fails after a minute of overload, restarts in one, again and again. */
const OVERLOADED = `schema: continuity-scenario/2
name: Overloaded
start: 2026-01-05T00:00
horizon: 2d
calendar: { agreedHours: { daily: "00:00-24:00" } }
services:
  - id: s
    name: S
    requires: { series: [a] }
    objectives: { availability: 99%, rto: 1h, rpo: 1h, mtpd: 4h, mbco: 50% }
    impact: { costPerHour: 1, currency: EUR }
    demand: { tpm: 1000, hourly: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }
components:
  - { id: a, name: A, kind: server, capacity: 100, overload: { failAfter: 1m }, recovery: restart }
plans:
  - id: restart
    name: Restart
    steps: [{ id: restart, name: Restart, duration: 1m }]
`;

describe('the event budget on the command line', () => {
  it('refuses a Monte Carlo study of the storm before any run, with the flag to raise the budget', async () => {
    const out = join(dir, 'storm-study.json');
    const r = await cli('montecarlo', STORM_FILE, '--runs', '10', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^.*storm\.yaml: Refused before running: about 10\.6 million events expected, over the budget, as db-1 fails about every 3 min .*the budget is 1,000,000 events per run\. .* Or pass --max-events 14000000 to raise the budget\.\n$/,
    );
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  it('--max-events raises the budget of each run of a study', async () => {
    const bank = 'scenarios/bank-money-transfer.yaml';
    const refused = await cli('montecarlo', bank, '--runs', '4', '--max-events', '1000');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('the budget is 1,000 events per run');
    const ran = await cli('montecarlo', bank, '--runs', '4', '--max-events', '10000', '--json');
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ runs: 4 });
    expect((await cli('montecarlo', bank, '--max-events', 'many')).code).toBe(2);
  }, 60_000);

  it('stops a study whose run beats its estimate in a worker thread, naming the run to replay', async () => {
    const file = join(dir, 'overloaded.yaml');
    writeFileSync(file, OVERLOADED);
    const r = await cli(
      'montecarlo',
      file,
      '--runs',
      '4',
      '--workers',
      '2',
      '--max-events',
      '1000',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /overloaded\.yaml: Run \d of the study \(npm run simulate -- FILE --seed 1:run:\d --without-injects\): Stopped after 2,000 events, twice the budget of 1,000 events per run, though about \d+ were expected: something the estimate leaves out, most likely overload failures/,
    );
    expect(r.stderr).not.toContain('internal error');
  }, 60_000);

  it('analyses the storm in the BIA, whose runs have no random failures', async () => {
    const r = await cli('bia', STORM_FILE, '--json');
    expect(r.code).toBe(0);
    const { bia } = JSON.parse(r.stdout) as { bia: { disruptions: unknown[] } };
    expect(bia.disruptions.length).toBeGreaterThan(0);
  }, 60_000);
});
