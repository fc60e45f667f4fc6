/**
 * simulate and montecarlo load the scenario schemas (zod) and the YAML reader only when they read a scenario
 * afresh: a text it has read and checked before comes from the build's store
 * (src/cli/scenario-reuse.ts), and evaluating the schemas would cost ~40 ms of its start-up.
 * zod marks its first evaluation with a global registry, which a preloaded probe reports.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptNodeOptions } from '../../src/cli/script-options.ts';
import { PROJECT_ROOT, runCli } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'lazy-schemas-'));
const probe = join(dir, 'probe.cjs');
writeFileSync(
  probe,
  "process.on('exit', () => process.stderr.write(`schemas loaded: ${globalThis.__zod_globalRegistry !== undefined}\\n`));\n",
);

/** A tool's run of `file` with the probe: its stderr's last line and its stdout. */
function runWithProbe(
  file: string,
  tool = 'simulate',
  args = ['--json'],
): { loaded: string; stdout: string } {
  const r = spawnSync(
    process.execPath,
    [
      ...scriptNodeOptions(tool, PROJECT_ROOT),
      '--require',
      probe,
      'src/cli/launch.cjs',
      tool,
      file,
      ...args,
    ],
    { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } },
  );
  expect(r.status).toBe(0);
  return { loaded: r.stderr.trim().split('\n').at(-1)!, stdout: r.stdout };
}

describe('the command line and the scenario schemas', () => {
  it('loads the schemas for a file read afresh, and not for the same text read before', () => {
    const file = join(dir, `bank-${process.pid}-${Date.now()}.yaml`);
    copyFileSync(join(PROJECT_ROOT, 'scenarios/bank-money-transfer.yaml'), file);
    runCli('simulate', '--help'); // builds the tools if a source changed
    const first = runWithProbe(file);
    expect(first.loaded).toBe('schemas loaded: true');
    const again = runWithProbe(file);
    expect(again.loaded).toBe('schemas loaded: false');
    expect(again.stdout).toBe(first.stdout);
    // A Monte Carlo study of the same text needs no schema either (its --out file's does).
    const study = ['--runs', '20', '--workers', '1', '--json'];
    expect(runWithProbe(file, 'montecarlo', study).loaded).toBe('schemas loaded: false');
  });
});
