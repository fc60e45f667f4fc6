/**
 * The command line keeps the holiday closures and time zones it works out in a file per build
 * and Node (src/cli/derived-store.ts): what is found there is used as it is (date-holidays and
 * Intl are not asked again), what is worked out is written there at exit, a missing or damaged
 * file only means working it out again, and the built simulate prints the same report with the
 * store empty, filled, or damaged.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileStore, storeFile, useStore } from '../../src/cli/derived-store.ts';
import { holidayClosures, setClosureStore } from '../../src/scenario/holidays.ts';
import { parseTimeZoneName, resolveTimeZone, setZoneStore } from '../../src/scenario/time-zone.ts';
import { PROJECT_ROOT, runCli } from '../support/cli.ts';

const HESSE = {
  code: 'DE-HE',
  country: 'DE',
  state: 'HE',
  region: undefined,
  label: 'Hesse, Germany',
} as const;

const folder = () => mkdtempSync(join(tmpdir(), 'derived-store-'));

afterEach(() => {
  setClosureStore(null);
  setZoneStore(null);
});

describe("the command line's store of derived data", () => {
  it('gives the closures it holds without asking date-holidays', () => {
    const file = join(folder(), 'derived.json');
    const made = { date: '2031-06-01', from: 0, to: 86_400_000, name: 'Made up', set: 'DE-HE' };
    writeFileSync(file, JSON.stringify({ 'holidays:DE-HE:2031': [made] }));
    useStore(fileStore(file));
    expect(holidayClosures(HESSE, 2031)).toEqual([made]);
  });

  it('gives the zone names and rules it holds without asking Intl, and keeps those worked out', () => {
    const file = join(folder(), 'derived.json');
    const made = { name: 'Made/Up', offset: 3_600_000, changes: [{ at: 1, offset: 0 }] };
    writeFileSync(
      file,
      JSON.stringify({ 'zone:name:made/up': 'Made/Up', 'zone:rules:Made/Up:0:86400000': made }),
    );
    const store = fileStore(file);
    useStore(store);
    expect(parseTimeZoneName('made/up')).toEqual({ ok: true, value: 'Made/Up' });
    expect(resolveTimeZone('Made/Up', 0, 86_400_000)).toEqual(made);
    // Worked out once, then kept: the same value as Intl's.
    const berlin = resolveTimeZone('Europe/Berlin', Date.UTC(2026, 0, 5), 365 * 86_400_000);
    expect(berlin.changes).toHaveLength(2);
    expect(
      store.get(`zone:rules:Europe/Berlin:${Date.UTC(2026, 0, 5)}:${365 * 86_400_000}`),
    ).toEqual(berlin);
    expect(parseTimeZoneName('Europe/Berlin')).toEqual({ ok: true, value: 'Europe/Berlin' });
    expect(store.get('zone:name:Europe/Berlin')).toBe('Europe/Berlin');
    // Not a zone: not kept, and still refused.
    expect(parseTimeZoneName('Europe/Atlantis').ok).toBe(false);
    expect(store.get('zone:name:Europe/Atlantis')).toBeUndefined();
  });

  it('does not trust a value edited into another shape', () => {
    const file = join(folder(), 'derived.json');
    writeFileSync(
      file,
      JSON.stringify({
        'holidays:DE-HE:2034': 5,
        'zone:rules:Europe/Berlin:0:86400000': { name: 1 },
      }),
    );
    useStore(fileStore(file));
    expect(holidayClosures(HESSE, 2034).length).toBeGreaterThan(8);
    expect(resolveTimeZone('Europe/Berlin', 0, 86_400_000).name).toBe('Europe/Berlin');
  });

  it('keeps the closures worked out, as they are, and writes them at exit', () => {
    const dir = folder();
    const script = [
      `import { fileStore, useStore } from ${JSON.stringify(join(PROJECT_ROOT, 'src/cli/derived-store.ts'))};`,
      `import { holidayClosures } from ${JSON.stringify(join(PROJECT_ROOT, 'src/scenario/holidays.ts'))};`,
      `useStore(fileStore(${JSON.stringify(join(dir, 'derived.json'))}));`,
      `const hesse = ${JSON.stringify(HESSE)};`,
      'process.stdout.write(JSON.stringify(holidayClosures(hesse, 2032)));',
    ].join('\n');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    const worked = JSON.parse(r.stdout) as unknown[];
    expect(worked.length).toBeGreaterThan(8); // Hesse has ten public holidays a year
    const kept = JSON.parse(readFileSync(join(dir, 'derived.json'), 'utf8')) as object;
    expect(kept).toEqual({ 'holidays:DE-HE:2032': worked });
  });

  it('works the closures out again when its file is missing or damaged', () => {
    const dir = folder();
    writeFileSync(join(dir, 'damaged.json'), '{"DE-HE:20');
    for (const file of ['missing.json', 'damaged.json']) {
      useStore(fileStore(join(dir, file)));
      expect(holidayClosures(HESSE, 2033).length).toBeGreaterThan(8);
    }
  });

  it('names its file by build, Node, zone data and TZ', () => {
    const host = (version: string, tz: string, TZ: string) =>
      ({ version, versions: { tz, icu: '78.2' }, env: { TZ } }) as unknown as NodeJS.Process;
    const a = storeFile('/b', '123', host('v20.20.2', '2025c', 'UTC'));
    expect(a).toMatch(/^\/b\/derived\.123\.[0-9a-z]+\.json$/);
    expect(storeFile('/b', '124', host('v20.20.2', '2025c', 'UTC'))).not.toBe(a);
    expect(storeFile('/b', '123', host('v22.1.0', '2025c', 'UTC'))).not.toBe(a);
    expect(storeFile('/b', '123', host('v20.20.2', '2026a', 'UTC'))).not.toBe(a);
    expect(storeFile('/b', '123', host('v20.20.2', '2025c', 'Asia/Tokyo'))).not.toBe(a);
  });

  it('leaves the report of the built simulate as it is: store empty, filled, or damaged', () => {
    const args = ['scenarios/bank-money-transfer.yaml', '--json'];
    const first = runCli('simulate', ...args);
    expect(first.code).toBe(0);
    const build = join(PROJECT_ROOT, 'build/cli');
    const stores = () => readdirSync(build).filter((f) => /^derived\..*\.json$/.test(f));
    expect(stores().length).toBeGreaterThan(0);
    const store = join(build, stores()[0]!);
    expect(readFileSync(store, 'utf8')).toContain('"holidays:DE-HE:2026"');
    expect(readFileSync(store, 'utf8')).toContain('"zone:name:Europe/Berlin"');
    expect(runCli('simulate', ...args).stdout).toBe(first.stdout);
    const kept = readFileSync(store, 'utf8');
    try {
      writeFileSync(store, '{"holidays:DE-HE:2026": [');
      expect(runCli('simulate', ...args).stdout).toBe(first.stdout);
    } finally {
      writeFileSync(store, kept);
    }
  });
});
