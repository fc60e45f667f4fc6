import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import earlyThreads from '../../src/workers/montecarlo-early-threads.cjs';
import { threadsWanted } from '../../src/workers/montecarlo-early-threads.ts';

const cores = availableParallelism();
const perCore = cores >= 2 ? cores : 0;

describe('how many threads montecarlo starts before its bundle has loaded', () => {
  it('starts one per core when --workers is not given', () => {
    expect(threadsWanted(['model.yaml', '--runs', '10000', '--json'])).toBe(perCore);
  });

  it('starts as many as --workers says, in either spelling', () => {
    expect(threadsWanted(['model.yaml', '--workers', '3'])).toBe(3);
    expect(threadsWanted(['--workers=4', 'model.yaml'])).toBe(4);
  });

  it('starts none for one worker (the study runs in the main thread) or for --help', () => {
    expect(threadsWanted(['model.yaml', '--workers', '1'])).toBe(0);
    expect(threadsWanted(['--help'])).toBe(0);
    expect(threadsWanted(['model.yaml', '-h'])).toBe(0);
  });

  it('starts none for a value the command will refuse', () => {
    expect(threadsWanted(['model.yaml', '--workers', 'many'])).toBe(0);
    expect(threadsWanted(['model.yaml', '--workers', '0'])).toBe(0);
    expect(threadsWanted(['model.yaml', '--workers', '999'])).toBe(0);
    expect(threadsWanted(['model.yaml', '--workers'])).toBe(perCore);
  });

  it('ignores what follows --', () => {
    expect(threadsWanted(['--', '--workers', '7'])).toBe(perCore);
  });
});

describe('threads started early, for the pool to adopt', () => {
  const folder = mkdtempSync(join(tmpdir(), 'early-threads-'));
  const bundle = join(folder, 'thread.js');
  // A built thread entry: the build's id first, CommonJS, answering each message.
  writeFileSync(
    bundle,
    "// build 7\n'use strict';\nrequire('node:worker_threads').parentPort.on('message', (n) => require('node:worker_threads').parentPort.postMessage(n + 1));\n",
  );
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('starts only as many as are missing (launch.cjs may have started them), and hands each out once', async () => {
    earlyThreads.startEarlyThreads(bundle, 1);
    earlyThreads.startEarlyThreads(bundle, 1); // the bundle's own call: one waits already
    const adopted = earlyThreads.adoptEarlyThread();
    expect(adopted).toBeDefined();
    expect(earlyThreads.adoptEarlyThread()).toBeUndefined();
    const answer = new Promise((resolve) => adopted!.once('message', resolve));
    adopted!.postMessage(41);
    expect(await answer).toBe(42);
    await adopted!.terminate();
  });

  it('ends the threads nobody adopted (and only those)', async () => {
    earlyThreads.startEarlyThreads(bundle, 2);
    const adopted = earlyThreads.adoptEarlyThread()!;
    const key = Symbol.for('continuity-sim.montecarlo-early-threads');
    const waiting = [...(globalThis as unknown as Record<symbol, Worker[]>)[key]!];
    expect(waiting).toHaveLength(1);
    const exited = once(waiting[0]!, 'exit');
    earlyThreads.endEarlyThreads();
    expect(earlyThreads.adoptEarlyThread()).toBeUndefined();
    await exited;
    const answer = new Promise((resolve) => adopted.once('message', resolve));
    adopted.postMessage(1);
    expect(await answer).toBe(2);
    await adopted.terminate();
  });
});
