import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src/ui/storage/backend.ts';
import { indexedDbBackend } from '../../../src/ui/storage/indexeddb.ts';
import { memoryBackend } from '../../../src/ui/storage/memory.ts';
import type { SavePoint, StoredScenario } from '../../../src/ui/storage/records.ts';
import { testLibrary } from './support.ts';

const scenario = (id: string, text = 'text'): StoredScenario => ({
  id,
  name: id,
  text,
  createdAt: 1,
  updatedAt: 2,
  source: { kind: 'file', name: `${id}.yaml` },
  lastExercised: { at: 3, note: 'drill' },
  revision: 1,
  savedBy: 'tab-1',
});
const version = (id: string, scenarioId: string): SavePoint => ({
  id,
  scenarioId,
  number: 1,
  at: 4,
  note: '',
  text: 'v',
});

const backends: [string, () => Promise<Backend>][] = [
  ['memoryBackend()', () => Promise.resolve(memoryBackend())],
  ['indexedDbBackend()', () => indexedDbBackend('test', new IDBFactory())],
];

describe.each(backends)('%s', (_name, open) => {
  it('put then get returns an equal record, and a missing id gives undefined', async () => {
    const backend = await open();
    await backend.put('scenarios', scenario('a'));
    expect(await backend.get('scenarios', 'a')).toEqual(scenario('a'));
    expect(await backend.get('scenarios', 'nope')).toBeUndefined();
  });

  it('put replaces the record with the same id; delete removes it', async () => {
    const backend = await open();
    await backend.put('scenarios', scenario('a', 'one'));
    await backend.put('scenarios', scenario('a', 'two'));
    expect(await backend.list('scenarios')).toEqual([scenario('a', 'two')]);
    await backend.delete('scenarios', 'a');
    expect(await backend.list('scenarios')).toEqual([]);
  });

  it("list('versions', scenarioId) gives only that scenario's versions", async () => {
    const backend = await open();
    await backend.put('versions', version('v1', 'a'));
    await backend.put('versions', version('v2', 'b'));
    await backend.put('versions', version('v3', 'a'));
    const ids = (await backend.list('versions', 'a')).map((v) => v.id).sort();
    expect(ids).toEqual(['v1', 'v3']);
    expect(await backend.list('versions')).toHaveLength(3);
  });

  it('a record changed after put or get does not change what is stored', async () => {
    const backend = await open();
    const record = { ...scenario('a') };
    await backend.put('scenarios', record);
    (record as { text: string }).text = 'changed';
    const read = (await backend.get('scenarios', 'a')) as { text: string };
    read.text = 'changed too';
    expect((await backend.get('scenarios', 'a'))?.text).toBe('text');
  });

  it('a write that fails rejects and keeps the record stored before', async () => {
    const backend = await open();
    await backend.put('scenarios', scenario('a'));
    const uncloneable = { ...scenario('a'), text: (() => 'no') as unknown as string };
    await expect(backend.put('scenarios', uncloneable)).rejects.toThrow();
    expect(await backend.get('scenarios', 'a')).toEqual(scenario('a'));
  });

  it('update(store, id, change) writes what change makes of the record and returns it', async () => {
    const backend = await open();
    await backend.put('scenarios', scenario('a', 'one'));
    const after = await backend.update('scenarios', 'a', (s) => s && { ...s, text: 'two' });
    expect(after?.text).toBe('two');
    expect((await backend.get('scenarios', 'a'))?.text).toBe('two');
  });

  it('update(store, id, change) writes nothing when change returns its record or throws', async () => {
    const backend = await open();
    await backend.put('scenarios', scenario('a', 'one'));
    expect(await backend.update('scenarios', 'a', (s) => s)).toEqual(scenario('a', 'one'));
    expect(await backend.update('scenarios', 'missing', (s) => s)).toBeUndefined();
    const refusal = new Error('refused');
    await expect(
      backend.update('scenarios', 'a', () => {
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(await backend.get('scenarios', 'a')).toEqual(scenario('a', 'one'));
  });

  it("update(...) calls made at once each see the other's write: none is lost", async () => {
    const backend = await open();
    await backend.put('scenarios', scenario('a', ''));
    const append = (letter: string) =>
      backend.update('scenarios', 'a', (s) => s && { ...s, text: s.text + letter });
    await Promise.all([append('x'), append('y'), append('z')]);
    expect((await backend.get('scenarios', 'a'))?.text).toBe('xyz');
  });

  it('the library removes and restores a scenario with its versions on it', async () => {
    const { library } = testLibrary(await open());
    const bank = await library.create('Bank', 'v1', { kind: 'new' });
    await library.saveVersion(bank.id);
    await library.save(bank.id, 'v2');
    const versions = await library.versions(bank.id);
    await library.undoRemove(await library.remove(bank.id));
    expect(await library.versions(bank.id)).toEqual(versions);
    expect((await library.get(bank.id))?.text).toBe('v2');
  });
});

describe('indexedDbBackend(dbName)', () => {
  it('keeps scenarios across reopening the database, and says it is persistent', async () => {
    const factory = new IDBFactory();
    const first = await indexedDbBackend('continuity-simulator', factory);
    expect(first.persistent).toBe(true);
    await first.put('scenarios', scenario('a'));
    const again = await indexedDbBackend('continuity-simulator', factory);
    expect(await again.get('scenarios', 'a')).toEqual(scenario('a'));
  });

  it('creates the scenarios, versions (by scenarioId) and meta stores', async () => {
    const factory = new IDBFactory();
    await indexedDbBackend('stores', factory);
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open('stores');
      request.onsuccess = () => resolve(request.result);
    });
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'scenarios', 'versions']);
    expect([...db.transaction('versions').objectStore('versions').indexNames]).toEqual([
      'scenarioId',
    ]);
    db.close();
  });

  it('falls back to memory, not persistent, when the browser refuses IndexedDB', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const backend = await indexedDbBackend('x', refusing);
    expect(backend.persistent).toBe(false);
    await backend.put('scenarios', scenario('a'));
    expect(await backend.get('scenarios', 'a')).toEqual(scenario('a'));
  });

  it('falls back to memory when the open request fails or IndexedDB is missing', async () => {
    const failing = {
      open: () => {
        const request = { error: new DOMException('denied', 'UnknownError') } as {
          error: DOMException;
          onerror?: () => void;
        };
        queueMicrotask(() => request.onerror?.());
        return request;
      },
    } as unknown as IDBFactory;
    expect((await indexedDbBackend('x', failing)).persistent).toBe(false);
    expect((await indexedDbBackend('x', undefined)).persistent).toBe(false);
  });
});
