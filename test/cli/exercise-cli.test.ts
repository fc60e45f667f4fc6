import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliAsync } from '../support/cli.ts';

const exerciseCli = (...args: string[]) => runCli('exercise', ...args);
const exerciseCliAsync = (...args: string[]) => runCliAsync('exercise', ...args);
const BANK = 'scenarios/bank-money-transfer.yaml';

describe('npm run exercise', () => {
  it('plays the bank exercise from decisions given on the command line', () => {
    const r = exerciseCli(BANK, '--decide', 'invocation=standby@11:40');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('After-action report: Month-end database corruption');
    expect(r.stdout).toMatch(/RTO 2h\s+met\s+breached/);
    expect(r.stdout).toMatch(/11:30\s+11:40\s+10m of 15m\s+Fail over to the standby site/);
  }, 30_000);

  it('replays a report exported as JSON and finds the same run, and says when it differs', () => {
    const played = exerciseCli(
      BANK,
      '--seed',
      'class-7',
      '--decide',
      'invocation=diagnose@11:33',
      '--json',
    );
    expect(played.code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'exercise-'));
    const file = join(dir, 'report.json');
    writeFileSync(file, played.stdout);
    const replay = exerciseCli(BANK, '--replay', file);
    expect(replay.code).toBe(0);
    expect(replay.stderr).toMatch(/^Replayed: the same run \(fingerprint [0-9a-f]{16}\)\./);
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      log: { kind: string; option?: string }[];
    };
    for (const e of report.log) if (e.kind === 'decided') e.option = 'invoke-now';
    writeFileSync(file, JSON.stringify(report));
    const tampered = exerciseCli(BANK, '--replay', file);
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('The replay differs');
  }, 60_000);

  it('refuses a report it cannot replay with exit code 2, naming the entry and field', async () => {
    const played = exerciseCli(BANK, '--seed', 'class-7', '--json');
    expect(played.code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'exercise-bad-'));
    const variants: [string, (r: { log: unknown[]; notes?: unknown }) => void, string][] = [
      [
        'null-entry.json',
        (r) => r.log.splice(1, 0, null),
        'log[1]: expected a log entry (an object with t and kind), not null',
      ],
      [
        'unknown-kind.json',
        (r) => r.log.splice(2, 0, { t: 0, kind: 'exploded' }),
        'log[2].kind: "exploded" is not a kind of log entry',
      ],
      [
        'unknown-inject.json',
        (r) => r.log.splice(1, 0, { t: 0, kind: 'released', inject: 'nope', how: 'timed' }),
        'log[1].inject: the exercise has no inject "nope"',
      ],
      ['notes.json', (r) => (r.notes = 42), "notes: expected the facilitator's notes as text"],
    ];
    const files = variants.map(([name, edit]) => {
      const report = JSON.parse(played.stdout) as { log: unknown[]; notes?: unknown };
      edit(report);
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify(report));
      return file;
    });
    const results = await Promise.all(files.map((f) => exerciseCliAsync(BANK, '--replay', f)));
    results.forEach((r, k) => {
      const file = files[k]!;
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`${file}: ${variants[k]![2]}`);
      expect(r.stderr).toContain(`${file}: the report cannot be replayed; nothing was run.`);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    });
  }, 60_000);

  it('explains a malformed command and a command that did nothing', () => {
    const bad = exerciseCli(BANK, '--decide', 'invocation@11:40');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected ID=OPTION@TIME');
    const late = exerciseCli(BANK, '--decide', 'invocation=maybe@11:40');
    expect(late.code).toBe(0);
    expect(late.stderr).toContain(
      'its options are invoke-now, diagnose, workaround, standby, escalate, wait',
    );
  }, 30_000);

  it('refuses a scenario without an exercise, saying how to add one', () => {
    const r = exerciseCli('scenarios/hospital-records.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has no exercise; add an exercise: section');
  }, 30_000);
});
