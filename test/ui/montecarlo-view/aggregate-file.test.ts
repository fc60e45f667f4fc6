// @vitest-environment happy-dom
/**
 * Download aggregate (JSON) saves the very bytes the command line writes with --out for the
 * same study: the app's study (its session, pool and chunks) against `npm run montecarlo`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReactiveControllerHost } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { readStudyFile } from '../../../src/analysis/montecarlo/index.ts';
import { aggregateFile } from '../../../src/ui/montecarlo-view/aggregate-file.ts';
import { MonteCarloSession } from '../../../src/ui/montecarlo-view/session.ts';
import { inlineWorker } from '../../../src/workers/montecarlo-serve.ts';
import { bundled } from '../../support/bundled.ts';

const root = join(import.meta.dirname, '..', '..', '..');

function cliStudy(out: string): Promise<number | null> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/montecarlo.ts', 'scenarios/bank-money-transfer.yaml'].concat([
        '--runs',
        '60',
        '--seed',
        'download',
        '--workers',
        '1',
        '--out',
        out,
      ]),
      { cwd: root, env: { ...process.env, TZ: 'UTC' } },
      (error) => resolve(error ? (error.code as number) : 0),
    );
  });
}

describe('aggregateFile (Download aggregate)', () => {
  it('is byte for byte the file npm run montecarlo -- --out writes for the same study', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'download-')), 'cli.json');
    const cli = cliStudy(out);
    const host: ReactiveControllerHost = {
      addController: () => {},
      removeController: () => {},
      requestUpdate: () => {},
      updateComplete: Promise.resolve(true),
    };
    // Three workers and the pool's chunks, where the command line has one worker.
    const session = new MonteCarloSession(host, 3, inlineWorker);
    session.study(bundled('bank-money-transfer'), '', 60, 'download');
    await vi.waitFor(() => expect(session.results.study).toBeDefined(), { timeout: 20_000 });
    const file = aggregateFile(session.results.study!);
    expect(file.name).toBe('montecarlo-download-60.json');
    expect(await cli).toBe(0);
    expect(file.text).toBe(readFileSync(out, 'utf8'));
    // One line, sealed: it merges with the command line's shards.
    expect(file.text).toMatch(/^\{[^\n]*"digest":"sha256:[0-9a-f]{64}"\}\n$/);
    expect(readStudyFile(file.text).study.runs).toBe(60);
  }, 60_000);
});
