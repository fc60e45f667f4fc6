import type { Backend } from './backend.ts';
import { memoryBackend } from './memory.ts';
import type { StoreName, StoreRecords } from './records.ts';

/** Bump when the stores change, and add a step to `upgrade` for it. */
const DB_VERSION = 1;

/** Creates the stores an older database lacks, one step per version, so every path ends the same. */
function upgrade(db: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore('scenarios', { keyPath: 'id' });
    const versions = db.createObjectStore('versions', { keyPath: 'id' });
    versions.createIndex('scenarioId', 'scenarioId', { unique: false });
    db.createObjectStore('meta', { keyPath: 'id' });
  }
}

/**
 * The library's storage in this browser's IndexedDB (stores 'scenarios', 'versions' indexed by
 * scenarioId, and 'meta'). Where the browser refuses it (some private modes, storage disabled), the
 * library is kept in memory instead and the backend says `persistent: false`, so the page can warn
 * that changes will be lost when the tab closes.
 */
export async function indexedDbBackend(
  dbName = 'continuity-simulator',
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<Backend> {
  try {
    if (!factory) throw new Error('IndexedDB is not available');
    return backendOver(await openDatabase(factory, dbName));
  } catch {
    return memoryBackend();
  }
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, DB_VERSION);
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
    request.onsuccess = () => {
      const db = request.result;
      // Let a newer version of the app, open in another tab, upgrade the database.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error(`Could not open ${name}`));
  });
}

/** A read and a write in one readwrite transaction: IndexedDB runs no other tab's write between them. */
function updateIn<S extends StoreName>(
  db: IDBDatabase,
  store: S,
  id: string,
  change: (record: StoreRecords[S] | undefined) => StoreRecords[S] | undefined,
): Promise<StoreRecords[S] | undefined> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    const objects = tx.objectStore(store);
    const read = objects.get(id) as IDBRequest<StoreRecords[S] | undefined>;
    let result: StoreRecords[S] | undefined;
    let refused: Error | null = null;
    read.onsuccess = () => {
      const before = read.result;
      try {
        const after = change(before);
        result = after ?? before;
        if (after !== undefined && after !== before) objects.put(after);
      } catch (error) {
        refused = error instanceof Error ? error : new Error(String(error));
        tx.abort();
      }
    };
    const failed = () => reject(refused ?? tx.error ?? new Error(`Could not use ${store}`));
    tx.oncomplete = () => resolve(result);
    tx.onabort = failed;
    tx.onerror = failed;
  });
}

function backendOver(db: IDBDatabase): Backend {
  /** Runs one request in its own transaction; resolves once the transaction has committed. */
  function run<T>(
    store: StoreName,
    mode: IDBTransactionMode,
    makeRequest: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const request = makeRequest(tx.objectStore(store));
      const failed = () => reject(tx.error ?? request.error ?? new Error(`Could not use ${store}`));
      tx.oncomplete = () => resolve(request.result);
      tx.onabort = failed;
      tx.onerror = failed;
    });
  }

  return {
    persistent: true,
    get: <S extends StoreName>(store: S, id: string) =>
      run(store, 'readonly', (s) => s.get(id) as IDBRequest<StoreRecords[S] | undefined>),
    put: async <S extends StoreName>(store: S, record: StoreRecords[S]) => {
      await run(store, 'readwrite', (s) => s.put(record));
    },
    delete: (store: StoreName, id: string) => run(store, 'readwrite', (s) => s.delete(id)),
    update: <S extends StoreName>(
      store: S,
      id: string,
      change: (record: StoreRecords[S] | undefined) => StoreRecords[S] | undefined,
    ) => updateIn(db, store, id, change),
    list: <S extends StoreName>(store: S, scenarioId?: string) =>
      run(store, 'readonly', (s) => {
        const source = scenarioId === undefined ? s : s.index('scenarioId');
        return source.getAll(scenarioId) as IDBRequest<StoreRecords[S][]>;
      }),
  };
}
