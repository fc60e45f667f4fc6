import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, immutableAssets } from '../../src/build/immutable-assets.ts';
import {
  precompressedFile,
  servePrecompressed,
  worthCompressing,
} from '../../src/build/precompressed.ts';

describe('which built files get a gzip copy', () => {
  it('text files of 1 kB or more, never source maps', () => {
    expect(worthCompressing('assets/app-RR5t6kTI.js', 1024)).toBe(true);
    expect(worthCompressing('index.html', 5000)).toBe(true);
    expect(worthCompressing('assets/app-RR5t6kTI.js', 1023)).toBe(false);
    expect(worthCompressing('assets/app-RR5t6kTI.js.map', 90_000)).toBe(false);
    expect(worthCompressing('assets/logo-RR5t6kTI.png', 90_000)).toBe(false);
  });
});

describe('the preview server (npm start) with the gzip copies', () => {
  let dir: string;
  let server: PreviewServer;
  let url: string;
  const script = `export const text = ${JSON.stringify('x'.repeat(4000))};\n`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cs-gzip-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'assets', 'app-RR5t6kTI.js'), script);
    writeFileSync(join(dir, 'assets', 'app-RR5t6kTI.js.gz'), gzipSync(script, { level: 9 }));
    writeFileSync(join(dir, 'assets', 'plain-RR5t6kTI.js'), script);
    server = await preview({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [immutableAssets(), servePrecompressed()],
      build: { outDir: dir },
      preview: { host: '127.0.0.1', port: 0 },
    });
    url = server.resolvedUrls?.local[0] ?? '';
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a client that accepts gzip with the copy, as a script, immutable', async () => {
    const response = await fetch(`${url}assets/app-RR5t6kTI.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toBe('text/javascript');
    expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(await response.text()).toBe(script); // fetch undoes the gzip
  });

  it('sends the copy as it is on disk (not compressed again)', () => {
    const copy = precompressedFile(dir, '/assets/app-RR5t6kTI.js?v=1', 'gzip, deflate, br');
    expect(copy).toBe(join(dir, 'assets', 'app-RR5t6kTI.js.gz'));
    expect(gunzipSync(readFileSync(copy!)).toString()).toBe(script);
  });

  it('leaves a file without a copy, and a client without gzip, to the usual server', async () => {
    expect(precompressedFile(dir, '/assets/plain-RR5t6kTI.js', 'gzip')).toBeNull();
    expect(precompressedFile(dir, '/assets/app-RR5t6kTI.js', 'identity')).toBeNull();
    expect(precompressedFile(dir, '/assets/app-RR5t6kTI.js', undefined)).toBeNull();
    const response = await fetch(`${url}assets/plain-RR5t6kTI.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(script);
  });

  it('never answers a path outside the build', () => {
    expect(precompressedFile(join(dir, 'assets'), '/../index.html', 'gzip')).toBeNull();
    expect(precompressedFile(dir, '/%2e%2e/etc/passwd', 'gzip')).toBeNull();
    expect(precompressedFile(dir, '/%E0%A4%A', 'gzip')).toBeNull();
  });
});
