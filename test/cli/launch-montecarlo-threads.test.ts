/**
 * The launcher starts Monte Carlo's worker threads before it checks the build and reads the
 * tool's bundle, so the tool finds them waiting; a rebuild ends them first (they would run the
 * build before it). On a small project of its own in a temporary folder, as launch.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/cli.ts';

const launcher = pathToFileURL(join(PROJECT_ROOT, 'src/cli/launch.cjs')).href;

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/**
 * A project whose `montecarlo` tool prints how many early threads wait for it, and whose thread
 * entry answers 'ready' (the tool waits for each answer, so a thread that waits is a live one).
 */
function project(): { root: string; write: (file: string, text: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'launch-mc-'));
  roots.push(root);
  mkdirSync(join(root, 'src'));
  const write = (file: string, text: string): void => writeFileSync(join(root, 'src', file), text);
  write(
    'mc.ts',
    [
      "import type { Worker } from 'node:worker_threads';",
      "const key = Symbol.for('continuity-sim.montecarlo-early-threads');",
      'const waiting: Worker[] = [...((globalThis as Record<symbol, Worker[]>)[key] ?? [])];',
      'const answers = waiting.map(',
      "  (w) => new Promise((resolve) => w.once('message', resolve).once('error', () => resolve('failed'))),",
      ');',
      'void Promise.all(answers).then((a) => {',
      "  console.log(`waiting ${waiting.length}: ${a.join(' ')}`);",
      '  for (const w of waiting) void w.terminate();',
      '});',
      '',
    ].join('\n'),
  );
  write(
    'thread.ts',
    "import { parentPort } from 'node:worker_threads';\nparentPort?.postMessage('ready');\n",
  );
  return { root, write };
}

function montecarlo(root: string, ...args: string[]) {
  const options = {
    root,
    tools: { montecarlo: 'src/mc.ts' },
    threads: { 'montecarlo-thread': 'src/thread.ts' },
  };
  const script = `import(${JSON.stringify(launcher)}).then((m) => m.launch('montecarlo', ${JSON.stringify(args)}, ${JSON.stringify(options)}))`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the launcher and Monte Carlo’s worker threads', () => {
  it('starts them before the tool runs, one fewer than the workers (the main thread is one)', () => {
    const { root } = project();
    expect(montecarlo(root, 'model.yaml').code).toBe(0); // builds
    expect(montecarlo(root, 'model.yaml', '--workers', '2').stdout).toBe('waiting 1: ready\n');
    expect(montecarlo(root, 'model.yaml', '--workers=3').stdout).toBe('waiting 2: ready ready\n');
  });

  it('starts none for one worker or for --help', () => {
    const { root } = project();
    expect(montecarlo(root).code).toBe(0); // builds
    expect(montecarlo(root, 'model.yaml', '--workers', '1').stdout).toBe('waiting 0: \n');
    expect(montecarlo(root, '--help', '--workers', '2').stdout).toBe('waiting 0: \n');
  });

  it('ends them before a build (they would run the old one): the tool then finds none', () => {
    const { root, write } = project();
    const first = montecarlo(root, 'model.yaml', '--workers', '2');
    expect(first.stderr).toContain('Building the command line (it has not been built)');
    expect(first.stdout).toBe('waiting 0: \n');
    write(
      'thread.ts',
      "import { parentPort } from 'node:worker_threads';\nparentPort?.postMessage('new');\n",
    );
    const rebuilt = montecarlo(root, 'model.yaml', '--workers', '2');
    expect(rebuilt.stderr).toContain('Building the command line (src/thread.ts changed)');
    expect(rebuilt.stdout).toBe('waiting 0: \n');
    expect(montecarlo(root, 'model.yaml', '--workers', '2').stdout).toBe('waiting 1: new\n');
  });
});
