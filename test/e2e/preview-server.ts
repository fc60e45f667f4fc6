/**
 * Builds the app and runs `vite preview` in its own process group, so that stopping it also
 * stops anything it started, whatever way the test run ends.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
/** The e2e build goes here, not to dist/, so it never races `npm start` or `npm run build`. */
export const outDir = join(root, 'test-results', 'e2e', 'dist');
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const host = '127.0.0.1';

export function buildApp(): void {
  const result = spawnSync(
    process.execPath,
    [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`vite build failed (${result.status ?? result.signal}):\n${result.stderr}`);
  }
}

/** A port that was free a moment ago (the preview server uses --strictPort and fails otherwise). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface PreviewServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Serves the e2e build (or another build's folder, `dir`) at `port`. */
export async function startPreview(port: number, dir = outDir): Promise<PreviewServer> {
  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', host, '--port', String(port), '--strictPort', '--outDir', dir],
    { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const killNow = (): void => killGroup(child, 'SIGKILL');
  process.once('exit', killNow);
  const onSignal = (signal: NodeJS.Signals): void => {
    killNow();
    // Only take over the exit if nobody else (vitest) handles the signal.
    if (process.listenerCount(signal) === 0) process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const url = `http://${host}:${port}/`;
  try {
    await waitUntilAnswering(url, child, () => output);
  } catch (error) {
    killNow();
    throw error;
  }

  return {
    url,
    async stop() {
      process.off('exit', killNow);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await stopGroup(child);
    },
  };
}

async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`vite preview exited early:\n${output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms:\n${output()}`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** SIGTERM to the whole group, then SIGKILL if it has not exited within a few seconds. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(child, 'SIGKILL'); // the leader is gone; make sure no stragglers remain
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  killGroup(child, 'SIGKILL');
}
