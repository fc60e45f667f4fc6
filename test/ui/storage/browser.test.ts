import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openScenarioLibrary } from '../../../src/ui/storage/browser.ts';
import { LEGACY_FILE_PREFIX } from '../../../src/ui/storage/legacy.ts';

function fakeLocalStorage(items: Record<string, string>) {
  const keys = Object.keys(items);
  return {
    length: keys.length,
    key: (i: number) => keys[i] ?? null,
    getItem: (k: string) => items[k] ?? null,
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('openScenarioLibrary()', () => {
  it('opens the library in IndexedDB with the old localStorage files imported once', async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    vi.stubGlobal('localStorage', fakeLocalStorage({ [`${LEGACY_FILE_PREFIX}bank.yaml`]: 'bank' }));
    const library = await openScenarioLibrary();
    expect(library.persistent).toBe(true);
    expect((await library.list()).map((s) => s.name)).toEqual(['bank']);
    const reopened = await openScenarioLibrary();
    expect(await reopened.list()).toHaveLength(1);
  });

  it('works in memory, saying so, where the browser offers neither IndexedDB nor localStorage', async () => {
    vi.stubGlobal('indexedDB', undefined);
    vi.stubGlobal('localStorage', undefined);
    const library = await openScenarioLibrary();
    expect(library.persistent).toBe(false);
    const bank = await library.create('Bank', 'text', { kind: 'new' });
    expect(bank.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
