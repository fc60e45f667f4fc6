import type { Backend } from './backend.ts';
import type { StoreName, StoreRecords } from './records.ts';

export interface MemoryBackendOptions {
  /** Room in characters of JSON across all stores; a write beyond it fails as a full browser's would. */
  readonly capacity?: number;
}

type AnyRecord = StoreRecords[StoreName];

/** Runs `work` now; what it returns or throws becomes the promise's outcome. */
const settled = <T>(work: () => T): Promise<T> => new Promise((resolve) => resolve(work()));

/**
 * A backend kept in memory: for tests, and the fallback when the browser refuses IndexedDB
 * (`persistent: false`). Records are copied in and out, as IndexedDB does, so no caller can
 * change what is stored by holding on to an object.
 */
export function memoryBackend(options: MemoryBackendOptions = {}): Backend {
  const stores = new Map<StoreName, Map<string, AnyRecord>>();
  const storeOf = (name: StoreName): Map<string, AnyRecord> => {
    let store = stores.get(name);
    if (!store) stores.set(name, (store = new Map<string, AnyRecord>()));
    return store;
  };
  const sizeOf = (record: AnyRecord | undefined): number =>
    record === undefined ? 0 : JSON.stringify(record).length;
  let used = 0;

  const write = (name: StoreName, record: AnyRecord): void => {
    const store = storeOf(name);
    const copy = structuredClone(record);
    const after = used - sizeOf(store.get(record.id)) + sizeOf(copy);
    if (options.capacity !== undefined && after > options.capacity) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    store.set(record.id, copy);
    used = after;
  };

  return {
    persistent: false,
    get: <S extends StoreName>(name: S, id: string) =>
      settled(() => {
        const record = storeOf(name).get(id) as StoreRecords[S] | undefined;
        return record === undefined ? undefined : structuredClone(record);
      }),
    put: <S extends StoreName>(name: S, record: StoreRecords[S]) =>
      settled(() => write(name, record)),
    update: <S extends StoreName>(
      name: S,
      id: string,
      change: (record: StoreRecords[S] | undefined) => StoreRecords[S] | undefined,
    ) =>
      settled(() => {
        const stored = storeOf(name).get(id) as StoreRecords[S] | undefined;
        const before = stored === undefined ? undefined : structuredClone(stored);
        const after = change(before);
        if (after !== undefined && after !== before) write(name, after);
        return after === undefined ? before : structuredClone(after);
      }),
    delete: (name: StoreName, id: string) =>
      settled(() => {
        const store = storeOf(name);
        used -= sizeOf(store.get(id));
        store.delete(id);
      }),
    list: <S extends StoreName>(name: S, scenarioId?: string) =>
      settled(() => {
        const records = [...storeOf(name).values()] as StoreRecords[S][];
        const matching =
          scenarioId === undefined
            ? records
            : records.filter((r) => 'scenarioId' in r && r.scenarioId === scenarioId);
        return matching.map((r) => structuredClone(r));
      }),
  };
}
