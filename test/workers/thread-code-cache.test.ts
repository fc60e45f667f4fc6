import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedThread } from '../../src/workers/thread-code-cache.ts';

/** A bundle as build-cli.mjs writes one: the build's id first, CommonJS, serving on the port. */
const BUNDLE = `// build 42
"use strict";
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (n) => {
  parentPort.postMessage({ type: 'progress', n });
  parentPort.postMessage({ type: 'aggregate', sum: n + 1, file: __filename });
});
`;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function bundleIn(): string {
  const folder = mkdtempSync(join(tmpdir(), 'thread-cache-'));
  folders.push(folder);
  writeFileSync(join(folder, 'thread.js'), BUNDLE);
  return join(folder, 'thread.js');
}

/** Starts the bundle's thread, sends it `n`, and resolves with the aggregate it answers. */
async function ask(bundle: string, n: number): Promise<{ sum: number; file: string }> {
  const worker = cachedThread(pathToFileURL(bundle), {});
  try {
    return await new Promise((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (m: { type: string; sum: number; file: string }) => {
        if (m.type === 'aggregate') resolve(m);
      });
      worker.postMessage(n);
    });
  } finally {
    await worker.terminate();
  }
}

const caches = (bundle: string) =>
  readdirSync(join(bundle, '..')).filter((f) => f.endsWith('.v8cache'));

describe('a worker thread running a built bundle through a V8 code cache', () => {
  it('runs the bundle as Node would (its own __filename) and writes the cache after its first aggregate', async () => {
    const bundle = bundleIn();
    expect(caches(bundle)).toEqual([]);
    expect(await ask(bundle, 2)).toEqual({ type: 'aggregate', sum: 3, file: bundle });
    const written = caches(bundle);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^thread\.js\.42\.[0-9a-z]+\.v8cache$/);
  });

  it('answers the same from the cache, and ignores a damaged cache (writing a good one again)', async () => {
    const first = bundleIn();
    await ask(first, 1);
    const name = caches(first)[0]!;
    const good = readFileSync(join(first, '..', name));
    const second = bundleIn();
    const cache = join(second, '..', name);
    writeFileSync(cache, Buffer.from('not a code cache'));
    expect((await ask(second, 7)).sum).toBe(8);
    expect(readFileSync(cache).length).toBe(good.length);
    expect((await ask(second, 5)).sum).toBe(6);
  });
});
