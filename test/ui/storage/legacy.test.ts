import { describe, expect, it } from 'vitest';
import { importLegacyFiles, LEGACY_FILE_PREFIX } from '../../../src/ui/storage/legacy.ts';
import { memoryBackend } from '../../../src/ui/storage/memory.ts';
import { BANK, testLibrary } from './support.ts';

/** A localStorage stand-in holding the given items. */
function storageWith(items: Record<string, string>): Pick<Storage, 'length' | 'key' | 'getItem'> {
  const keys = Object.keys(items);
  return {
    length: keys.length,
    key: (i) => keys[i] ?? null,
    getItem: (k) => items[k] ?? null,
  };
}

const old = storageWith({
  [`${LEGACY_FILE_PREFIX}payroll.yml`]: 'payroll text',
  'continuity-simulator:theme': 'dark',
  [`${LEGACY_FILE_PREFIX}bank.yaml`]: BANK,
});

describe('importing the files earlier versions kept in localStorage', () => {
  it('creates one scenario per file, named after it, with a file source', async () => {
    const { library } = testLibrary();
    const created = await importLegacyFiles(old, library);
    expect(created.map((s) => [s.name, s.text, s.source])).toEqual([
      ['bank', BANK, { kind: 'file', name: 'bank.yaml' }],
      ['payroll', 'payroll text', { kind: 'file', name: 'payroll.yml' }],
    ]);
    expect(await library.list()).toHaveLength(2);
  });

  it('is idempotent: a second run imports nothing', async () => {
    const { library } = testLibrary();
    await importLegacyFiles(old, library);
    expect(await importLegacyFiles(old, library)).toEqual([]);
    expect(await library.list()).toHaveLength(2);
  });

  it('does not bring back an imported scenario the planner has deleted', async () => {
    const { library } = testLibrary();
    const [bank] = await importLegacyFiles(old, library);
    await library.remove(bank!.id);
    await importLegacyFiles(old, library);
    expect((await library.list()).map((s) => s.name)).toEqual(['payroll']);
  });

  it('an import cut short by a full storage resumes without copying a file twice', async () => {
    const backend = memoryBackend({ capacity: 400 });
    const { library } = testLibrary(backend);
    const big = storageWith({
      [`${LEGACY_FILE_PREFIX}a.yaml`]: 'a',
      [`${LEGACY_FILE_PREFIX}b.yaml`]: 'b'.repeat(300),
    });
    await expect(importLegacyFiles(big, library)).rejects.toThrow(/storage is full/);
    expect((await library.list()).map((s) => s.name)).toEqual(['a']);

    const roomier = testLibrary(backend).library;
    await importLegacyFiles(storageWith({ [`${LEGACY_FILE_PREFIX}a.yaml`]: 'a' }), roomier);
    expect((await roomier.list()).map((s) => s.name)).toEqual(['a']);
  });
});
