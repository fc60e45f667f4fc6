import { indexedDbBackend } from './indexeddb.ts';
import { importLegacyFiles } from './legacy.ts';
import { ScenarioLibrary } from './library.ts';

/**
 * The library as the page uses it: in IndexedDB (or memory, when the browser refuses it), on the
 * wall clock, with the files earlier versions kept in localStorage brought in on first open.
 * Check `library.persistent` to warn that changes will be lost when the tab closes.
 */
export async function openScenarioLibrary(): Promise<ScenarioLibrary> {
  const library = new ScenarioLibrary(await indexedDbBackend(), {
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  });
  const storage = localStorageOrNull();
  if (storage) {
    try {
      await importLegacyFiles(storage, library);
    } catch {
      // Storage full: the old files stay in localStorage, and the import is tried on the next open.
    }
  }
  return library;
}

/** localStorage, or null where reading it throws (storage disabled for the site). */
function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
