/**
 * Runs one of the command-line tools (src/cli/NAME.ts) the way `npm run NAME` does: its built
 * bundle through src/cli/launch.cjs (which builds it first when a source changed), from the
 * project root in UTC, and gives back its exit code and output. `runCli` waits for it;
 * `runCliAsync` lets several run at once (a study and its shards, two CLIs in parallel).
 */
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { scriptNodeOptions } from '../../src/cli/script-options.ts';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

const command = (script: string, args: readonly string[]) =>
  [
    process.execPath,
    [...scriptNodeOptions(script, PROJECT_ROOT), 'src/cli/launch.cjs', script, ...args],
  ] as const;
const options = {
  cwd: PROJECT_ROOT,
  encoding: 'utf8',
  env: { ...process.env, TZ: 'UTC' },
  // A whole trace in JSON is several MB.
  maxBuffer: 256 * 1024 * 1024,
} as const;

let built = false;
/** Builds the tools first if a source changed, once per test file: no test sees the build's message. */
function ensureBuilt(): void {
  if (built) return;
  const r = spawnSync(process.execPath, ['src/cli/build-cli.mjs', '--if-stale'], options);
  if (r.status !== 0) throw new Error(`the command line could not be built:\n${r.stderr}`);
  built = true;
}

export function runCli(script: string, ...args: string[]): CliResult {
  ensureBuilt();
  const [node, argv] = command(script, args);
  const r = spawnSync(node, argv, options);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function runCliAsync(script: string, ...args: string[]): Promise<CliResult> {
  ensureBuilt();
  const [node, argv] = command(script, args);
  return new Promise((resolve) => {
    execFile(node, argv, options, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}
