/**
 * The command line keeps the holiday closures it works out in a file per build
 * (src/cli/holiday-store.ts): closures found there are used as they are (date-holidays is not
 * asked again), those worked out are written there at exit, a missing or damaged file only
 * means working them out again, and the built simulate prints the same report with the store
 * empty, filled, or damaged.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closureStoreFile, fileClosureStore } from '../../src/cli/holiday-store.ts';
import { holidayClosures, setClosureStore } from '../../src/scenario/holidays.ts';
import { PROJECT_ROOT, runCli } from '../support/cli.ts';

const HESSE = {
  code: 'DE-HE',
  country: 'DE',
  state: 'HE',
  region: undefined,
  label: 'Hesse, Germany',
} as const;

const folder = () => mkdtempSync(join(tmpdir(), 'holiday-store-'));

afterEach(() => setClosureStore(null));

describe("the command line's store of holiday closures", () => {
  it('gives the closures it holds without asking date-holidays', () => {
    const file = join(folder(), 'holidays.json');
    const made = { date: '2031-06-01', from: 0, to: 86_400_000, name: 'Made up', set: 'DE-HE' };
    writeFileSync(file, JSON.stringify({ 'DE-HE:2031': [made] }));
    setClosureStore(fileClosureStore(file));
    expect(holidayClosures(HESSE, 2031)).toEqual([made]);
  });

  it('keeps the closures worked out, as they are, and writes them at exit', () => {
    const dir = folder();
    const script = [
      `import { fileClosureStore } from ${JSON.stringify(join(PROJECT_ROOT, 'src/cli/holiday-store.ts'))};`,
      `import { holidayClosures, setClosureStore } from ${JSON.stringify(join(PROJECT_ROOT, 'src/scenario/holidays.ts'))};`,
      `setClosureStore(fileClosureStore(${JSON.stringify(join(dir, 'holidays.json'))}));`,
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
    const kept = JSON.parse(readFileSync(join(dir, 'holidays.json'), 'utf8')) as object;
    expect(kept).toEqual({ 'DE-HE:2032': worked });
  });

  it('works the closures out again when its file is missing or damaged', () => {
    const dir = folder();
    writeFileSync(join(dir, 'damaged.json'), '{"DE-HE:20');
    for (const file of ['missing.json', 'damaged.json']) {
      const store = fileClosureStore(join(dir, file));
      expect(store.get('DE-HE:2033')).toBeUndefined();
    }
  });

  it('names its file by build and TZ', () => {
    expect(closureStoreFile('/b', '123', 'Europe/Berlin')).toBe(
      join('/b', 'holidays.123.Europe%2FBerlin.json'),
    );
  });

  it('leaves the report of the built simulate as it is: store empty, filled, or damaged', () => {
    const args = ['scenarios/bank-money-transfer.yaml', '--json'];
    const first = runCli('simulate', ...args);
    expect(first.code).toBe(0);
    const build = join(PROJECT_ROOT, 'build/cli');
    const stores = () => readdirSync(build).filter((f) => /^holidays\..*\.json$/.test(f));
    expect(stores().length).toBeGreaterThan(0);
    const store = join(build, stores()[0]!);
    expect(readFileSync(store, 'utf8')).toContain('"DE-HE:2026"');
    expect(runCli('simulate', ...args).stdout).toBe(first.stdout);
    const kept = readFileSync(store, 'utf8');
    try {
      writeFileSync(store, '{"DE-HE:2026": [');
      expect(runCli('simulate', ...args).stdout).toBe(first.stdout);
    } finally {
      writeFileSync(store, kept);
    }
  });
});
