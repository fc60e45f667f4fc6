import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, immutableAssets, isHashedAsset } from '../../src/build/immutable-assets.ts';

describe("the build's content-hashed files", () => {
  it('are the files under assets/ named with a hash, at any base path, with or without a query', () => {
    expect(isHashedAsset('/assets/app-RR5t6kTI.js')).toBe(true);
    expect(isHashedAsset('/sub/path/assets/holiday-engine-B2PEUXvS.js?v=1')).toBe(true);
    expect(isHashedAsset('/assets/index-BO6kg4pe.css')).toBe(true);
    expect(isHashedAsset('/')).toBe(false);
    expect(isHashedAsset('/index.html')).toBe(false);
    expect(isHashedAsset('/assets/')).toBe(false);
    expect(isHashedAsset('/scenarios/bank-money-transfer.yaml')).toBe(false);
  });
});

describe('the preview server (npm start)', () => {
  let dir: string;
  let server: PreviewServer;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cs-immutable-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'assets', 'app-RR5t6kTI.js'), 'export {};');
    server = await preview({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [immutableAssets()],
      build: { outDir: dir },
      preview: { host: '127.0.0.1', port: 0 },
    });
    url = server.resolvedUrls?.local[0] ?? '';
  });

  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a hashed asset for a year, immutable, so a warm load does not ask for it again', async () => {
    const response = await fetch(`${url}assets/app-RR5t6kTI.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
  });

  it('serves index.html to be revalidated, so a new build is picked up at once', async () => {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });
});
