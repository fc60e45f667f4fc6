import type { StoreName, StoreRecords } from './records.ts';

/**
 * The key-value storage under the scenario library: records keyed by their `id`, in named stores.
 * A write either happens whole or fails (with the previous record kept); a failure because the
 * browser ran out of room is a `QuotaExceededError` (see errors.ts).
 */
export interface Backend {
  /** False when everything is kept in memory only and is lost when the tab closes. */
  readonly persistent: boolean;
  get<S extends StoreName>(store: S, id: string): Promise<StoreRecords[S] | undefined>;
  put<S extends StoreName>(store: S, record: StoreRecords[S]): Promise<void>;
  delete(store: StoreName, id: string): Promise<void>;
  /**
   * Reads a record and writes what `change` makes of it in one step that no other tab can come
   * between (one IndexedDB transaction). `change` returning its argument (or undefined) writes
   * nothing; what `change` throws is thrown as is and nothing is written. Resolves to the record
   * as stored afterwards.
   */
  update<S extends StoreName>(
    store: S,
    id: string,
    change: (record: StoreRecords[S] | undefined) => StoreRecords[S] | undefined,
  ): Promise<StoreRecords[S] | undefined>;
  /** Every record in a store; for 'versions', only one scenario's when `scenarioId` is given. */
  list<S extends StoreName>(store: S, scenarioId?: string): Promise<StoreRecords[S][]>;
}
