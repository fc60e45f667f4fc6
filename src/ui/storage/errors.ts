import type { Backend } from './backend.ts';

/** Storage failures as messages a person can act on. */

/** The browser has no room left for this site's data. */
export class StorageFullError extends Error {
  constructor(options?: ErrorOptions) {
    super(
      "Your browser's storage is full: export your scenarios as files, then delete old versions " +
        'or scenarios you no longer need. Your last saved text is still there.',
      options,
    );
    this.name = 'StorageFullError';
  }
}

/** True for the ways browsers report running out of room (Firefox has its own name). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Turns a failed write into an error that says what to do; the stored record is unchanged. */
export function writeError(error: unknown): Error {
  if (isQuotaError(error)) return new StorageFullError({ cause: error });
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(
    `Could not save to this browser's storage (${reason}). Your last saved text is still there; ` +
      'export the scenario as a file to keep your changes, then reload the page.',
    { cause: error },
  );
}

/** The same backend, with every failed write turned into an error from `writeError`. */
export function withActionableErrors(backend: Backend): Backend {
  const guard = async (write: () => Promise<void>): Promise<void> => {
    try {
      await write();
    } catch (error) {
      throw writeError(error);
    }
  };
  return {
    persistent: backend.persistent,
    get: (store, id) => backend.get(store, id),
    list: (store, scenarioId) => backend.list(store, scenarioId),
    put: (store, record) => guard(() => backend.put(store, record)),
    delete: (store, id) => guard(() => backend.delete(store, id)),
    update: async (store, id, change) => {
      // What `change` throws (a refusal such as a conflict) is the caller's, not a storage failure.
      let refused: { error: unknown } | null = null;
      try {
        return await backend.update(store, id, (record) => {
          try {
            return change(record);
          } catch (error) {
            refused = { error };
            throw error;
          }
        });
      } catch (error) {
        if (refused) throw (refused as { error: unknown }).error;
        throw writeError(error);
      }
    },
  };
}
